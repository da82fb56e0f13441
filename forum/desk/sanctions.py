"""Measures against members and topics: mute, suspend, lock. Each is logged and announced."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from litestar.channels import ChannelsPlugin

from forum import events, page_cache
from forum.accounts.members import Account
from forum.accounts.sessions import end_all_sessions
from forum.desk import modlog, notices
from forum.errors import ForumError, Missing
from forum.storage import db
from forum.storage.tables import AccountStatus, Role, Topic, User

MAX_HOURS = 24 * 365


def check_hours(hours: object, default: int = 24) -> int:
    """A sanction's length in hours: a whole number from 1 to a year."""
    if hours in (None, ""):
        return default
    try:
        value = int(hours)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ForumError("Give the duration as a whole number of hours.") from None
    if not 1 <= value <= MAX_HOURS:
        raise ForumError(f"The duration must be between 1 and {MAX_HOURS} hours.")
    return value


def check_reason(reason: object) -> str:
    """A sanction needs a reason the member will read."""
    if not isinstance(reason, str) or not reason.strip():
        raise ForumError("Write the reason; the member will read it.")
    return reason.strip()[:2000]


async def _target(user_id: int, moderator: Account) -> dict:
    row = await User.select(User.id, User.role, User.status).where(User.id == user_id).first()
    if row is None or row["status"] == AccountStatus.deleted.value:
        raise Missing("There is no such member.")
    if row["role"] == Role.admin.value or (
        row["role"] == Role.moderator.value and not moderator.is_admin
    ):
        raise ForumError("Staff accounts can only be restricted by an admin.")
    if row["id"] == moderator.id:
        raise ForumError("You cannot restrict your own account.")
    return row


@dataclass(frozen=True)
class Measure:
    """A restriction of a member: what it sets, how long by default, what it is called in
    the log and the notice, and what it tells the other processes."""

    action: str
    notice: str
    sentence: str
    default_hours: int
    columns: Callable[[datetime], dict]
    signs_out: bool


MUTE = Measure(
    action="mute",
    notice="muted",
    sentence="A moderator muted you until {until:%Y-%m-%d %H:%M} UTC. Reason: {why}",
    default_hours=24,
    columns=lambda until: {User.muted_until: until},
    signs_out=False,
)
SUSPEND = Measure(
    action="suspend",
    notice="suspended",
    sentence="Your account is suspended until {until:%Y-%m-%d %H:%M} UTC. Reason: {why}",
    default_hours=24 * 7,
    columns=lambda until: {User.status: AccountStatus.suspended.value, User.suspended_until: until},
    signs_out=True,
)
MEASURES = {measure.action: measure for measure in (MUTE, SUSPEND)}


async def restrict(
    measure: Measure,
    moderator: Account,
    user_id: int,
    hours: object,
    reason: object,
    channels: ChannelsPlugin | None = None,
    post_id: int | None = None,
) -> datetime:
    """Mute (MUTE: they read but cannot post or chat) or suspend (SUSPEND: signed out
    everywhere, no signing in) a member for some hours, until the measure ends: logged,
    the member told, and every process hears of it after the commit."""
    length, why = check_hours(hours, measure.default_hours), check_reason(reason)
    await _target(user_id, moderator)
    until = datetime.now(UTC) + timedelta(hours=length)
    async with db.write_transaction():
        await User.update(measure.columns(until)).where(User.id == user_id)
        await modlog.record(
            measure.action, actor=moderator.id, target=user_id, post=post_id, reason=why,
            details={"hours": length},
        )  # fmt: skip
        await notices.add(user_id, measure.notice, measure.sentence.format(until=until, why=why))
    if measure.signs_out:
        await end_all_sessions(user_id)
    await notices.deliver(channels)
    if measure.signs_out:
        event = {"type": "closed", "user": user_id}
    else:
        event = {"type": "muted", "user": user_id, "until": until.isoformat()}
    await events.publish(channels, events.ACCOUNTS_CHANNEL, event)
    return until


async def lift_expired_suspensions() -> int:
    """Reactivate members whose suspension has ended; returns how many."""
    now = datetime.now(UTC)
    async with db.write_transaction():
        rows = await User.select(User.id).where(
            User.status == AccountStatus.suspended.value, User.suspended_until <= now
        )
        if rows:
            await User.update(
                {User.status: AccountStatus.active.value, User.suspended_until: None}
            ).where(User.id.is_in([r["id"] for r in rows]))
    return len(rows)


async def set_locked(
    moderator: Account, topic_id: int, locked: bool, channels: ChannelsPlugin | None = None
) -> None:
    """Lock (no new replies) or unlock a topic."""
    await _set_flag(moderator, topic_id, Topic.locked, locked, ("lock", "unlock"))


async def set_pinned(
    moderator: Account, topic_id: int, pinned: bool, channels: ChannelsPlugin | None = None
) -> None:
    """Pin a topic to the top of its space, or unpin it."""
    await _set_flag(moderator, topic_id, Topic.pinned, pinned, ("pin", "unpin"))


async def _set_flag(
    moderator: Account, topic_id: int, column: Any, value: bool, actions: tuple[str, str]
) -> None:
    """Set a topic's flag, logged as the first action (on) or the second (off)."""
    topic = (
        await Topic.select(Topic.id, column, Topic.author, Topic.space.slug)
        .where(Topic.id == topic_id)
        .first()
    )
    if topic is None:
        raise Missing(f"There is no topic {topic_id}.")
    if bool(topic[column._meta.name]) == value:
        return
    async with db.write_transaction():
        await Topic.update({column: value}).where(Topic.id == topic_id)
        await modlog.record(
            actions[0] if value else actions[1], actor=moderator.id, target=topic["author"],
            details={"topic": topic_id},
        )  # fmt: skip
    await page_cache.invalidate(
        page_cache.topic_scope(topic_id), page_cache.space_scope(topic["space.slug"])
    )
