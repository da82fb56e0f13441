"""The validate step of private messages: who may be written to, by whom, how often.

``check_*`` raise a ``forum.errors.ForumError`` with a sentence for the member; nothing here
changes stored data except the shared rate-limit counters (``counted_conversation``).
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime

from piccolo.query import WhereRaw

from forum import limits
from forum.accounts.members import Account
from forum.desk.moderating import NEW_ACCOUNT_AGE
from forum.errors import Forbidden, ForumError, Missing, RateLimited
from forum.posting.checks import check_title
from forum.storage.member_tables import Block
from forum.storage.tables import AccountStatus, User


@dataclass(frozen=True)
class Caps:
    """The sizes a conversation may have (from settings)."""

    max_chars: int = 20_000
    max_recipients: int = 20
    max_recipients_new: int = 3


def is_new(author: Account) -> bool:
    """An account younger than the policy's new-account age."""
    return datetime.now(UTC) - author.created < NEW_ACCOUNT_AGE


def check_conversation_title(title: object) -> str:
    """A conversation's title: as a topic's (one line, 3 to 200 characters)."""
    return check_title(title).strip()


async def check_recipients(author: Account, to: object, caps: Caps) -> list[dict]:
    """The members ``to`` names (id and username), or a ForumError that says what is wrong:
    no one named, only oneself, too many, unknown names, or members who block the author."""
    if isinstance(to, str):
        to = [part for part in to.replace(",", " ").split() if part]
    if not isinstance(to, list) or not all(isinstance(name, str) for name in to):
        raise ForumError('Send "to": a list of usernames.')
    names = list(dict.fromkeys(name.strip().lstrip("@").lower() for name in to if name.strip()))
    names = [name for name in names if name != author.username.lower()]
    if not names:
        raise ForumError(
            "Name at least one other member to write to (a conversation with yourself alone "
            "is not one)."
        )
    most = caps.max_recipients_new if is_new(author) else caps.max_recipients
    if len(names) > most:
        who = "new accounts" if is_new(author) else "members"
        raise ForumError(f"You can write to at most {most} members at once ({who}).")
    rows = await User.select(User.id, User.username).where(
        WhereRaw("lower(username) IN ({})".format(", ".join("{}" for _ in names)), *names),
        User.status != AccountStatus.deleted.value,
    )
    found = {row["username"].lower(): row for row in rows}
    unknown = [name for name in names if name not in found]
    if unknown:
        listed = ", ".join(repr(name) for name in unknown)
        raise Missing(f"There is no member called {listed}; check the spelling.")
    chosen = [found[name] for name in names]
    await check_not_blocked(author, chosen)
    return chosen


async def check_not_blocked(author: Account, members: list[dict]) -> None:
    """Refuse to add members who block the author (said plainly: they chose not to hear)."""
    ids = [m["id"] for m in members]
    rows = await Block.select(Block.blocker).where(
        Block.blocked == author.id, Block.blocker.is_in(ids)
    )
    blocking = {row["blocker"] for row in rows}
    if blocking:
        names = ", ".join(m["username"] for m in members if m["id"] in blocking)
        raise Forbidden(
            f"{names} blocked you: you cannot add them to a conversation. Leave them out to "
            "write to the others."
        )


@contextlib.asynccontextmanager
async def counted_conversation(author: Account) -> AsyncIterator[None]:
    """Count one new conversation against the author's limit (a day's worth for new accounts,
    shared by every process), given back when nothing was stored."""
    if limits.is_exempt():
        yield
        return
    rules = limits.rules()
    rule = rules.conversations_new if is_new(author) else rules.conversations
    key = f"conversation:{author.id}"
    if (wait := await limits.limiter().hit(key, rule)) is not None:
        await limits.limiter().give_back(key)
        who = "New accounts" if is_new(author) else "Members"
        raise RateLimited(
            f"{who} can start at most {rule.limit} conversations every "
            f"{_period(rule.window)}; {limits.wait_text(wait)}, or reply in one you have.",
            wait,
        )
    try:
        yield
    except BaseException:
        await limits.limiter().give_back(key)
        raise


def _period(seconds: int) -> str:
    if seconds % 86400 == 0:
        days = seconds // 86400
        return "day" if days == 1 else f"{days} days"
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return "hour" if hours == 1 else f"{hours} hours"
    return f"{seconds} seconds"
