"""Piccolo tables of the desk: review items, members' reports, the append-only moderation
log, notifications to members and chat-room bans."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from piccolo.columns import JSON, ForeignKey, Text, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from forum.storage.message_tables import Message
from forum.storage.tables import Post, Space, Topic, User


class ReviewStatus(StrEnum):
    """A review item is open until a moderator resolves it."""

    open = "open"
    resolved = "resolved"


class ReviewItem(Table, tablename="review_items"):
    """One post (or one private message: ``message``, then ``post`` is None) waiting for a
    moderator: held automatically or reported by members."""

    post = ForeignKey(Post, index=True)
    message = ForeignKey(Message, null=True, default=None)
    origin = Varchar(length=16, default="auto")  # "auto" (held by the policy) or "report"
    status = Varchar(length=16, choices=ReviewStatus, default=ReviewStatus.open, index=True)
    category = Varchar(length=64, default="")
    findings = JSON(default="[]")
    claimed_by = ForeignKey(User, null=True, default=None)
    claimed_at = Timestamptz(null=True, default=None)
    created = Timestamptz(default=TimestamptzNow())
    resolved_at = Timestamptz(null=True, default=None)
    resolved_by = ForeignKey(User, null=True, default=None)
    resolution = Varchar(length=32, default="")

    # An item is opened once per post and waiting (open), then resolved once, by a moderator
    # or by the author's erasure; nothing reopens it: a new report opens a new item.

    @classmethod
    async def open_for(
        cls,
        post_id: int | None,
        origin: str,
        category: str,
        findings: list[dict[str, Any]],
        *,
        message_id: int | None = None,
    ) -> int:
        """The open item of a post (or, with ``message_id``, of a private message), opened if
        there is none (in a write transaction)."""
        target = cls.post == post_id if message_id is None else cls.message == message_id
        existing = (
            await cls.select(cls.id).where(target, cls.status == ReviewStatus.open.value).first()
        )
        if existing:
            return existing["id"]
        item = cls(
            post=post_id,
            message=message_id,
            origin=origin,
            status=ReviewStatus.open.value,
            category=category,
            findings=findings,
            created=datetime.now(UTC),
        )
        await item.save()
        return item.id

    @classmethod
    async def claim(cls, item_id: int, moderator_id: int | None) -> None:
        """A moderator takes the item (None: lets it go again)."""
        await cls.update(
            {
                cls.claimed_by: moderator_id,
                cls.claimed_at: datetime.now(UTC) if moderator_id is not None else None,
            }
        ).where(cls.id == item_id)

    @classmethod
    async def resolve(cls, where: Any, by: int | None, resolution: str) -> list[int]:
        """Resolve the open items that ``where`` selects; returns their ids."""
        still_open = where & (cls.status == ReviewStatus.open.value)
        rows = await cls.select(cls.id).where(still_open)
        if rows:
            await cls.update(
                {
                    cls.status: ReviewStatus.resolved.value,
                    cls.resolved_at: datetime.now(UTC),
                    cls.resolved_by: by,
                    cls.resolution: resolution,
                }
            ).where(cls.id.is_in([r["id"] for r in rows]))
        return [r["id"] for r in rows]


class Report(Table, tablename="reports"):
    """A member's report of a post (or of a private message: ``message``) under one policy
    category (one per member per post or message)."""

    post = ForeignKey(Post, index=True)
    message = ForeignKey(Message, null=True, default=None)
    reporter = ForeignKey(User, index=True)
    category = Varchar(length=64)
    note = Text(default="")
    created = Timestamptz(default=TimestamptzNow())
    outcome = Varchar(length=32, default="")


class ModerationLog(Table, tablename="moderation_log"):
    """Append-only record of automatic holds and blocks and of every moderator action.

    Rows name people by id only, so anonymising an account leaves them intact; database
    triggers refuse UPDATE and DELETE.
    """

    created = Timestamptz(default=TimestamptzNow(), index=True)
    actor = ForeignKey(User, null=True, default=None)  # None: the automatic policy
    action = Varchar(length=32, index=True)
    post = ForeignKey(Post, null=True, default=None, index=True)
    target = ForeignKey(User, null=True, default=None, index=True)
    category = Varchar(length=64, default="")
    clause = Text(default="")
    reason = Text(default="")
    content = Text(default="")
    details = JSON(default="{}")


class Notification(Table, tablename="notifications"):
    """A message to one member: a reply, a mention, new posts where they watch; their content
    was held, approved or removed; a report's outcome. ``actor`` is the member who caused it
    (None for the moderators' notices, which blocking never hides)."""

    user = ForeignKey(User, index=True)
    kind = Varchar(length=32)
    message = Text()
    link = Varchar(length=200, default="")
    created = Timestamptz(default=TimestamptzNow())
    read_at = Timestamptz(null=True, default=None)
    actor = ForeignKey(User, null=True, default=None)
    post = ForeignKey(Post, null=True, default=None)
    topic = ForeignKey(Topic, null=True, default=None)
    mailed_at = Timestamptz(null=True, default=None)


class RoomBan(Table, tablename="room_bans"):
    """A member removed from a chat room by a moderator: no rejoining until ``until``."""

    space = ForeignKey(Space, index=True)
    user = ForeignKey(User, index=True)
    until = Timestamptz()
    actor = ForeignKey(User, null=True, default=None)
    reason = Text(default="")
    created = Timestamptz(default=TimestamptzNow())


DESK_TABLES: list[type[Table]] = [ReviewItem, Report, ModerationLog, Notification, RoomBan]
