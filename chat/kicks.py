"""Removing a member from one chat room for a while: a row in ``room_bans``, logged.

A table (not a Redis key) so the ban holds with or without Redis, across processes and
restarts, and sits next to the moderation log row that explains it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from litestar.channels import ChannelsPlugin
from piccolo.query import WhereRaw

from forum import events
from forum.accounts.members import Account
from forum.desk import modlog, notices
from forum.desk.sanctions import check_hours, check_reason
from forum.errors import ForumError, Missing
from forum.storage import db
from forum.storage.desk_tables import RoomBan
from forum.storage.tables import AccountStatus, Role, User


async def member_named(username: str) -> dict[str, Any]:
    """The account called ``username`` (any case), or Missing."""
    row = (
        await User.select(User.id, User.username, User.role, User.status)
        .where(WhereRaw("lower(username) = {}", username.lower()))
        .first()
    )
    if row is None or row["status"] == AccountStatus.deleted.value:
        raise Missing(f"There is no member called {username!r}.")
    return row


def check_target(target: dict[str, Any], moderator: Account) -> None:
    """Staff are restricted only by admins, and nobody restricts themselves."""
    if target["id"] == moderator.id:
        raise ForumError("You cannot restrict your own account.")
    if target["role"] == Role.admin.value or (
        target["role"] == Role.moderator.value and not moderator.is_admin
    ):
        raise ForumError("Staff accounts can only be restricted by an admin.")


async def kick(
    moderator: Account,
    room: dict[str, Any],
    username: str,
    hours: object,
    reason: object,
    channels: ChannelsPlugin | None = None,
) -> datetime:
    """Close a member's sockets in the room and refuse their return until the ban ends."""
    length, why = check_hours(hours, default=1), check_reason(reason)
    target = await member_named(username)
    check_target(target, moderator)
    now = datetime.now(UTC)
    until = now + timedelta(hours=length)
    async with db.write_transaction():
        await RoomBan.insert(
            RoomBan(
                space=room["id"],
                user=target["id"],
                until=until,
                actor=moderator.id,
                reason=why,
                created=now,
            )
        )
        await modlog.record(
            "kick", actor=moderator.id, target=target["id"], reason=why,
            details={"room": room["slug"], "hours": length},
        )  # fmt: skip
        await notices.add(
            target["id"], "kicked",
            f"A moderator removed you from #{room['slug']} until {until:%Y-%m-%d %H:%M} UTC. "
            f"Reason: {why}",
            f"/s/{room['slug']}",
        )  # fmt: skip
    await events.publish(
        channels,
        events.space_channel(room["slug"]),
        {"type": "kicked", "user": target["id"], "until": until.isoformat()},
    )
    return until


async def banned_until(room_id: int, user_id: int) -> datetime | None:
    """When the member may come back into the room (None: they are not banned)."""
    row = (
        await RoomBan.select(RoomBan.until)
        .where(
            RoomBan.space == room_id,
            RoomBan.user == user_id,
            RoomBan.until > datetime.now(UTC),
        )
        .order_by(RoomBan.until, ascending=False)
        .first()
    )
    return row["until"] if row else None
