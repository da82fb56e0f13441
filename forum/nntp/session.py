"""One newsreader's connection: what it has selected, who it is, and answering a command.

The session is handed its command table (``forum.nntp.commands``) instead of importing it,
so the commands may use the session without a circle of imports.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from litestar.channels import ChannelsPlugin

from forum.accounts.login import LoginThrottled, check_credentials
from forum.accounts.members import Account
from forum.nntp.protocol import CommandError, Reply, split_command, syntax_error
from forum.nntp.store import Group
from forum.settings import Settings

log = logging.getLogger("forum.nntp")

MAX_AUTH_FAILURES = 3
AUTH_FAILURE_DELAY = 1.0  # seconds; slows password guessing on one connection
Handler = Callable[["Session", list[str]], Awaitable[Reply]]


@dataclass(frozen=True)
class Commands:
    """What a session answers: a handler per command keyword (AUTHINFO aside: it is the
    session's own), and what takes an article sent after POST's 340."""

    handlers: Mapping[str, Handler]
    receive_article: Callable[[Session, bytes], Awaitable[Reply]]


class Session:
    """What one connection has selected and who it is; answers one command at a time."""

    def __init__(
        self,
        settings: Settings,
        channels: ChannelsPlugin | None,
        commands: Commands,
        *,
        may_authenticate: bool,
        peer: str = "",
    ) -> None:
        self.settings = settings
        self.peer = peer
        self.channels = channels
        self.commands = commands
        self.may_authenticate = may_authenticate
        self.group: Group | None = None
        self.current: int | None = None
        self.account: Account | None = None
        self.username: str | None = None
        self.auth_failures = 0

    @property
    def domain(self) -> str:
        """The domain of our message-ids."""
        return self.settings.domain

    async def handle(self, line: str) -> Reply:
        """Answer one command line; errors become NNTP replies, never a dropped connection."""
        try:
            keyword, args = split_command(line)
            if keyword == "AUTHINFO":
                return await self.authinfo(line)
            handler = self.commands.handlers.get(keyword)
            if handler is None:
                return Reply(500, f"Unknown command {keyword[:20]!r}; HELP lists the commands")
            return await handler(self, args)
        except CommandError as exc:
            return Reply(exc.code, exc.text)
        except Exception:
            log.exception("NNTP command failed: %s", line.split(" ", 1)[0][:20])
            return Reply(403, "Internal fault; nothing was changed. Please try again later")

    async def receive_article(self, data: bytes) -> Reply:
        """Post an article sent after POST's 340."""
        try:
            return await self.commands.receive_article(self, data)
        except CommandError as exc:
            return Reply(exc.code, exc.text)
        except Exception:
            log.exception("NNTP POST failed")
            return Reply(441, "Posting failed on our side; nothing was posted")

    async def authinfo(self, line: str) -> Reply:
        """AUTHINFO USER name / AUTHINFO PASS password (RFC 4643), checked like the web login."""
        parts = line.strip("\r\n").split(None, 2)
        sub = parts[1].upper() if len(parts) > 1 else ""
        if sub not in ("USER", "PASS") or len(parts) < 3:
            if sub == "SASL":
                raise CommandError(503, "SASL is not supported; use AUTHINFO USER and PASS")
            raise syntax_error("Expected AUTHINFO USER name or AUTHINFO PASS password")
        if self.account is not None:
            raise CommandError(502, "You are already signed in")
        if not self.may_authenticate:
            raise CommandError(483, "Passwords are accepted only over TLS (the NNTPS port)")
        if sub == "USER":
            self.username = parts[2].strip()
            return Reply(381, "Now send AUTHINFO PASS")
        if self.username is None:
            raise CommandError(482, "Send AUTHINFO USER before AUTHINFO PASS")
        try:
            account = await check_credentials(
                self.username, parts[2], self.settings.password_profile, self.peer
            )
        except LoginThrottled as exc:
            return Reply(481, str(exc).rstrip("."), close=True)
        self.username = None
        if account is None:
            self.auth_failures += 1
            await asyncio.sleep(AUTH_FAILURE_DELAY)
            close = self.auth_failures >= MAX_AUTH_FAILURES
            return Reply(481, "That username and password do not match an account", close=close)
        self.account = account
        return Reply(281, f"Signed in as {account.username}")
