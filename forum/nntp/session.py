"""One newsreader's connection: its state, the command table and the general commands."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from litestar.channels import ChannelsPlugin

from forum.accounts.login import LoginThrottled, check_credentials
from forum.accounts.members import Account
from forum.nntp import reading, submitting
from forum.nntp.articles import OVERVIEW_FORMAT
from forum.nntp.protocol import (
    CommandError,
    Reply,
    check_wildmat,
    matches,
    split_command,
    syntax_error,
)
from forum.nntp.store import Group, list_groups
from forum.settings import Settings

log = logging.getLogger("forum.nntp")

MAX_AUTH_FAILURES = 3
AUTH_FAILURE_DELAY = 1.0  # seconds; slows password guessing on one connection
Handler = Callable[["Session", list[str]], Awaitable[Reply]]


def _describe(group: Group) -> str:
    title, about = " ".join(group.title.split()), " ".join(group.description.split())
    return f"{title} — {about}" if about else title


class Session:
    """What one connection has selected and who it is; answers one command at a time."""

    def __init__(
        self,
        settings: Settings,
        channels: ChannelsPlugin | None,
        *,
        may_authenticate: bool,
        peer: str = "",
    ) -> None:
        self.settings = settings
        self.peer = peer
        self.channels = channels
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
            handler = COMMANDS.get(keyword)
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
            return await submitting.receive(self, data)
        except CommandError as exc:
            return Reply(exc.code, exc.text)
        except Exception:
            log.exception("NNTP POST failed")
            return Reply(441, "Posting failed on our side; nothing was posted")

    async def capabilities(self, args: list[str]) -> Reply:
        """CAPABILITIES: what this server does for this connection."""
        lines = [
            "VERSION 2",
            "IMPLEMENTATION forum news server",
            "READER",
            "POST",
            "OVER MSGID",
            "HDR",
            "NEWNEWS",
            "LIST ACTIVE ACTIVE.TIMES NEWSGROUPS OVERVIEW.FMT HEADERS",
        ]
        if self.account is None:
            lines.append("AUTHINFO USER" if self.may_authenticate else "AUTHINFO")
        return Reply(101, "Capability list follows", lines)

    async def mode(self, args: list[str]) -> Reply:
        """MODE READER: we are always a reader server."""
        if [a.upper() for a in args] != ["READER"]:
            raise syntax_error("Only MODE READER is supported")
        return Reply(200, "Reader mode; members post after AUTHINFO")

    async def date(self, args: list[str]) -> Reply:
        """DATE: the server's clock in UTC."""
        return Reply(111, datetime.now(UTC).strftime("%Y%m%d%H%M%S"))

    async def help(self, args: list[str]) -> Reply:
        """HELP: the commands we understand."""
        return Reply(100, "Commands understood", sorted([*COMMANDS, "AUTHINFO"]))

    async def quit(self, args: list[str]) -> Reply:
        """QUIT: say goodbye and close."""
        return Reply(205, "Goodbye", close=True)

    async def list(self, args: list[str]) -> Reply:
        """LIST [ACTIVE|ACTIVE.TIMES|NEWSGROUPS [wildmat]] and LIST OVERVIEW.FMT|HEADERS."""
        keyword = args[0].upper() if args else "ACTIVE"
        if keyword == "OVERVIEW.FMT" and len(args) == 1:
            return Reply(215, "Order of fields in overview database", OVERVIEW_FORMAT)
        if keyword == "HEADERS" and len(args) <= 2:
            return Reply(215, "Headers and metadata items for HDR", [":", ":bytes", ":lines"])
        if keyword not in ("ACTIVE", "ACTIVE.TIMES", "NEWSGROUPS") or len(args) > 2:
            raise syntax_error("LIST supports ACTIVE, ACTIVE.TIMES, NEWSGROUPS, OVERVIEW.FMT")
        pattern = check_wildmat(args[1]) if len(args) == 2 else None
        groups = [g for g in await list_groups() if matches(pattern, g.slug)]
        if keyword == "NEWSGROUPS":
            lines = [f"{g.slug}\t{_describe(g)}" for g in groups]
            return Reply(215, "Descriptions of news groups", lines)
        if keyword == "ACTIVE.TIMES":
            lines = [f"{g.slug} {int(g.created.timestamp())} forum" for g in groups]
            return Reply(215, "Creation times of news groups", lines)
        return Reply(215, "List of news groups", [reading.active_line(g) for g in groups])

    async def post(self, args: list[str]) -> Reply:
        """POST: members only; the article follows the 340."""
        if args:
            raise syntax_error("POST takes no arguments")
        if self.account is None:
            raise CommandError(480, "Sign in with AUTHINFO USER and AUTHINFO PASS to post")
        return Reply(340, "Send the article; end it with a line holding a single dot",
                     wants_article=True)  # fmt: skip

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


COMMANDS: dict[str, Handler] = {
    "CAPABILITIES": Session.capabilities,
    "MODE": Session.mode,
    "DATE": Session.date,
    "HELP": Session.help,
    "QUIT": Session.quit,
    "LIST": Session.list,
    "POST": Session.post,
    **reading.COMMANDS,
}
