"""Notices from the moderators to members: their content was held, approved or removed; a
report's outcome. They land in the same list as other notifications (``forum.notifying``)."""

from __future__ import annotations

from contextvars import ContextVar
from datetime import UTC, datetime

from litestar.channels import ChannelsPlugin

from forum import events
from forum.mail.mailings import notify
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
    # Private messages have their own sentences: a member who sent one did not post anything.
    "message_held": "Your private message is waiting for review",
    "message_approved": "Your private message was approved",
    "message_removed": "Your private message was removed",
    "message_report_upheld": "Your report: the private message was removed",
    "message_report_dismissed": "Your report: no action was taken",
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


async def deliver(channels: ChannelsPlugin | None = None) -> None:
    """After the commit: the notices reach the members' open tabs, and their mailboxes when
    they chose moderation emails."""
    pending = _unmailed.get()
    if not pending:
        return
    _unmailed.set([])
    for user_id, kind, message, link in pending:
        event = events.notify_event([user_id], [user_id], kind, message, link)
        await events.publish(channels, events.NOTIFY_CHANNEL, event)
        subject = SUBJECTS.get(kind, "A notice from the moderators")
        body = message + (f"\n\n{link}" if link else "")
        await notify(user_id, "moderation", subject, body)
