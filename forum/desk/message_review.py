"""Private messages on the moderators' desk: held by the policy or reported by a participant.

Only such a message ever reaches staff, and only it (never the rest of its conversation).
The queue shows who and why, not the text: reading it is a separate, logged view
(``forum.messaging.reporting``). The moderation log names the message by id and never
copies its text. The verbs (approve, remove, dismiss) go through ``desk.dispatch``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from litestar.channels import ChannelsPlugin

from forum import events
from forum.accounts.members import Account
from forum.desk import modlog, notices
from forum.desk.actions import check_removal
from forum.desk.moderating import Decision, current_policy
from forum.errors import DuplicateReport, ForumError, Missing
from forum.notifying import private
from forum.storage import db
from forum.storage.desk_tables import Report, ReviewItem
from forum.storage.message_tables import Message
from forum.storage.tables import PostStatus
from moderation import Action

_COLUMNS = (
    Message.id,
    Message.conversation,
    Message.conversation.title.as_alias("title"),
    Message.author,
    Message.author.username.as_alias("author_name"),
    Message.status,
    Message.html,
    Message.created,
)


async def load_message(message_id: int) -> dict[str, Any]:
    """A message with its conversation's title and author's name, or Missing."""
    row = await Message.select(*_COLUMNS).where(Message.id == message_id).first()
    if row is None:
        raise Missing(f"There is no message {message_id}.")
    return row


async def hold(message: dict[str, Any], decision: Decision) -> int:
    """Inside the write transaction: a message held by the policy gets its review item, a log
    row (without its text) and a notice to its author."""
    reasons = decision.reasons_acting(Action.HOLD)
    first = reasons[0] if reasons else {"category": "", "clause": "", "message": ""}
    # Findings quote the text: the queue keeps only what and where, not the words.
    findings = [{**f, "text": ""} for f in decision.findings]
    item = await ReviewItem.open_for(
        None, "auto", first["category"], findings, message_id=message["id"]
    )
    await modlog.record(
        "hold",
        target=message["author"],
        category=first["category"],
        clause=first["clause"],
        reason=first["message"],
        details={"message": message["id"], "reasons": reasons},
    )
    await notices.add(
        message["author"],
        "message_held",
        "Your private message is waiting for a moderator's review. "
        f"{first['message']} Policy: {first['clause']}".strip(),
        f"/messages/{message['conversation']}",
    )
    return item


async def report(message_id: int, reporter_id: int, category: str, note: str) -> int:
    """Inside the write transaction: a participant's report; the message (only it) enters
    the queue. Returns the review item."""
    if await Report.exists().where(Report.message == message_id, Report.reporter == reporter_id):
        raise DuplicateReport("You have already reported this message; moderators will look.")
    await Report.insert(
        Report(
            post=None,
            message=message_id,
            reporter=reporter_id,
            category=category,
            note=note,
            created=datetime.now(UTC),
        )
    )
    await Message.update({Message.reported: True}).where(Message.id == message_id)
    return await ReviewItem.open_for(None, "report", category, [], message_id=message_id)


async def _close(
    moderator: Account, message: dict[str, Any], resolution: str, outcome: str, text: str
) -> list[int]:
    items = await ReviewItem.resolve(ReviewItem.message == message["id"], moderator.id, resolution)
    reporters = await Report.select(Report.reporter).where(
        Report.message == message["id"], Report.outcome == ""
    )
    await Report.update({Report.outcome: outcome}).where(
        Report.message == message["id"], Report.outcome == ""
    )
    for reporter in {r["reporter"] for r in reporters}:
        await notices.add(
            reporter, f"message_report_{outcome}", text, f"/messages/{message['conversation']}"
        )
    return items


async def _published(channels: ChannelsPlugin | None, items: list[int]) -> None:
    await notices.deliver(channels)
    for item in items:
        await events.publish(channels, events.QUEUE_CHANNEL, {"type": "resolved", "id": item})


async def approve(moderator: Account, message_id: int, channels: ChannelsPlugin | None) -> None:
    """Let a held message through (its recipients hear of it now); reports: no action."""
    message = await load_message(message_id)
    if message["status"] == PostStatus.removed.value:
        raise ForumError("This message was removed; it cannot be approved.")
    was_held = message["status"] == PostStatus.pending.value
    async with db.write_transaction():
        await Message.update({Message.status: PostStatus.visible.value}).where(
            Message.id == message_id
        )
        text = f"A moderator reviewed the private message you reported (#{message_id}) and "
        items = await _close(moderator, message, "approved", "dismissed", text + "took no action.")
        await modlog.record(
            "approve", actor=moderator.id, target=message["author"], details={"message": message_id}
        )
        if was_held:
            await notices.add(
                message["author"],
                "message_approved",
                "A moderator approved your private message; its recipients can read it now.",
                f"/messages/{message['conversation']}",
            )
    await _published(channels, items)
    if was_held:
        await private.message_sent(channels, message, message["author_name"], message["title"])


async def remove(
    moderator: Account,
    message_id: int,
    category: object,
    reason: object,
    channels: ChannelsPlugin | None,
) -> None:
    """Remove a message from its conversation (kept, with the reason, for the record)."""
    category, reason = check_removal(category, reason)
    message = await load_message(message_id)
    clause = current_policy().category(category).clause
    async with db.write_transaction():
        await Message.update({Message.status: PostStatus.removed.value}).where(
            Message.id == message_id
        )
        text = f"A moderator removed the private message you reported (#{message_id})."
        items = await _close(moderator, message, "removed", "upheld", text)
        await modlog.record(
            "remove",
            actor=moderator.id,
            target=message["author"],
            category=category,
            clause=clause,
            reason=reason,
            details={"message": message_id},
        )
        await notices.add(
            message["author"],
            "message_removed",
            f"A moderator removed your private message: {reason} Policy: {clause}",
            f"/messages/{message['conversation']}",
        )
    await _published(channels, items)


async def dismiss(moderator: Account, message_id: int, channels: ChannelsPlugin | None) -> None:
    """Close the reports of a message without action (a held message stays held)."""
    message = await load_message(message_id)
    if message["status"] == PostStatus.pending.value:
        raise ForumError("This message is held by the policy: approve it or remove it.")
    async with db.write_transaction():
        text = f"A moderator reviewed the private message you reported (#{message_id}) and "
        items = await _close(moderator, message, "dismissed", "dismissed", text + "took no action.")
        await modlog.record(
            "dismiss", actor=moderator.id, target=message["author"], details={"message": message_id}
        )
    await _published(channels, items)
