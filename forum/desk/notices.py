"""Notifications to members: their content was held, approved or removed; a report's outcome."""

from __future__ import annotations

from contextvars import ContextVar
from datetime import UTC, datetime
from typing import Any

from forum.storage import db
from forum.storage.desk_tables import Notification

# Notices written in this task's transaction, to mail once it has committed.
_unmailed: ContextVar[list[tuple[int, str, str, str]] | None] = ContextVar(
    "unmailed_notices", default=None
)
SUBJECTS = {
    "held": "Your post is waiting for review",
    "approved": "Your post was approved",
    "removed": "Your post was removed",
    "restored": "Your post was restored",
    "redacted": "Personal information was masked in your post",
    "hidden": "Your post was hidden pending review",
    "muted": "You were muted",
    "suspended": "Your account was suspended",
    "report_upheld": "Your report: the post was removed",
    "report_dismissed": "Your report: no action was taken",
}


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
    pending = _unmailed.get()
    if pending is None:
        pending = []
        _unmailed.set(pending)
    pending.append((user_id, kind, message, link))


async def deliver() -> None:
    """After the commit: email the notices to members who chose moderation emails."""
    from forum.mail.mailings import notify

    pending = _unmailed.get()
    if not pending:
        return
    _unmailed.set([])
    for user_id, kind, message, link in pending:
        subject = SUBJECTS.get(kind, "A notice from the moderators")
        body = message + (f"\n\n{link}" if link else "")
        await notify(user_id, "moderation", subject, body)


async def for_member(user_id: int, limit: int = 100) -> list[dict[str, Any]]:
    """A member's notifications, newest first."""
    return (
        await Notification.select()
        .where(Notification.user == user_id)
        .order_by(Notification.id, ascending=False)
        .limit(limit)
    )


async def mark_read(user_id: int) -> None:
    """Mark every notification of a member as seen."""
    async with db.write_transaction():
        await Notification.update({Notification.read_at: datetime.now(UTC)}).where(
            Notification.user == user_id, Notification.read_at.is_null()
        )
