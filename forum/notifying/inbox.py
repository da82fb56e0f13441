"""The one list of a member's notifications, their unread count, and marking them read.

A notification whose post or topic the member may no longer see (removed, held again) is
left out, and so is one caused by a member they have since blocked; the moderators' notices
have no actor and are always shown.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from piccolo.columns.combination import Or, WhereRaw

from forum.accounts.members import Account
from forum.errors import ForumError
from forum.storage import db
from forum.storage.desk_tables import Notification
from forum.storage.tables import PostStatus

MAX_IDS = 500
_COLUMNS = (
    Notification.id,
    Notification.kind,
    Notification.message,
    Notification.link,
    Notification.created,
    Notification.read_at,
    Notification.post,
    Notification.topic,
    Notification.actor,
)


def _seen_by(member: Account) -> list[Any]:
    where: list[Any] = [Notification.user == member.id]
    if not member.is_moderator:
        visible = PostStatus.visible.value
        where.append(Or(Notification.post.is_null(), Notification.post.status == visible))
        where.append(Or(Notification.topic.is_null(), Notification.topic.status == visible))
    where.append(
        WhereRaw(
            '("notifications"."actor" IS NULL OR "notifications"."actor" NOT IN '
            "(SELECT blocked FROM blocks WHERE blocker = {}))",
            member.id,
        )
    )
    return where


async def listing(member: Account, limit: int = 100, before: int | None = None) -> list[dict]:
    """The member's notifications, newest first (older than ``before`` when given)."""
    query = Notification.select(*_COLUMNS).where(*_seen_by(member))
    if before is not None:
        query = query.where(Notification.id < before)
    return await query.order_by(Notification.id, ascending=False).limit(limit)


async def unread_count(member: Account) -> int:
    """How many of the member's notifications are unread (the header's badge)."""
    return await Notification.count().where(*_seen_by(member), Notification.read_at.is_null())


def check_ids(raw: object) -> list[int]:
    """The ids of a mark-read request, or a ForumError that says what is wrong with them."""
    if not isinstance(raw, list) or not raw:
        raise ForumError('Send "ids": a list of notification numbers, or "all": true.')
    if len(raw) > MAX_IDS:
        raise ForumError(f"Mark at most {MAX_IDS} notifications read at once.")
    if not all(isinstance(i, int) and not isinstance(i, bool) and 0 < i < 2**31 for i in raw):
        raise ForumError("Notification numbers are whole numbers from 1 up.")
    return list(raw)


async def mark_read(member_id: int, ids: list[int] | None = None) -> int:
    """Mark the member's notifications read (these ids, or all); returns how many changed.
    Ids of other members' notifications are ignored, never touched."""
    where = [Notification.user == member_id, Notification.read_at.is_null()]
    if ids is not None:
        where.append(Notification.id.is_in(ids))
    async with db.write_transaction():
        rows = await Notification.select(Notification.id).where(*where)
        if rows:
            await Notification.update({Notification.read_at: datetime.now(UTC)}).where(
                Notification.id.is_in([row["id"] for row in rows])
            )
    return len(rows)
