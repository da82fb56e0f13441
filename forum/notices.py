"""Notifications to members: their content was held, approved or removed; a report's outcome."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from forum import db
from forum.tables import Notification


async def add(user_id: int, kind: str, message: str, link: str = "") -> None:
    """Queue a notification (call inside the transaction that caused it)."""
    await Notification.insert(
        Notification(
            user=user_id,
            kind=kind,
            message=message,
            link=link[:200],
            created=datetime.now(UTC),
        )
    )


async def for_member(user_id: int, limit: int = 100) -> list[dict[str, Any]]:
    """A member's notifications, newest first."""
    return (
        await Notification.select()
        .where(Notification.user == user_id)
        .order_by(Notification.id, ascending=False)
        .limit(limit)
    )


async def unread_count(user_id: int) -> int:
    """How many notifications the member has not seen yet."""
    return await Notification.count().where(
        Notification.user == user_id, Notification.read_at.is_null()
    )


async def mark_read(user_id: int) -> None:
    """Mark every notification of a member as seen."""
    async with db.write_transaction():
        await Notification.update({Notification.read_at: datetime.now(UTC)}).where(
            Notification.user == user_id, Notification.read_at.is_null()
        )
