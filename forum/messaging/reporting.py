"""A participant reports one private message; staff read that message (and only it), and its
pictures, through views that write the personal-data access log first."""

from __future__ import annotations

from typing import Any

from litestar.channels import ChannelsPlugin

from forum import events, limits
from forum.accounts.members import Account
from forum.desk import message_review
from forum.desk.reports import check_report
from forum.errors import ForumError, Missing, RateLimited
from forum.images import files
from forum.messaging.pictures import KIND, of_messages
from forum.messaging.reading import participant_row
from forum.privacy.personal_data import record_access
from forum.storage import db
from forum.storage.desk_tables import Report, ReviewItem
from forum.storage.image_tables import Image, ImageStatus
from forum.storage.message_tables import Message
from forum.storage.tables import PostStatus


async def report_message(
    reporter: Account | None,
    conversation_id: int,
    message_id: object,
    category: object,
    note: object = "",
    channels: ChannelsPlugin | None = None,
) -> int:
    """File a report of a message in a conversation the reporter is in; returns the review
    item. The message enters the queue; the rest of the conversation stays private."""
    await participant_row(reporter, conversation_id)  # a 404 for anyone else
    assert reporter is not None
    if not isinstance(message_id, int) or isinstance(message_id, bool):
        raise ForumError("Say which message you report (its number).")
    message = (
        await Message.select(Message.id, Message.author, Message.status)
        .where(Message.id == message_id, Message.conversation == conversation_id)
        .first()
    )
    if message is None or message["status"] != PostStatus.visible.value:
        raise Missing(f"There is no message {message_id} in this conversation to report.")
    as_post = {"author.id": message["author"], "status": message["status"]}
    note = check_report(reporter, as_post, category, note)
    assert isinstance(category, str)
    rule = limits.rules().reports
    if (wait := await limits.limiter().hit(f"report:{reporter.id}", rule)) is not None:
        raise RateLimited(f"You have sent many reports recently; {limits.wait_text(wait)}.", wait)
    async with db.write_transaction():
        item = await message_review.report(message_id, reporter.id, category, note)
    await events.publish(channels, events.QUEUE_CHANNEL, {"type": "item", "id": item})
    return item


async def review_item_of(message_id: int) -> dict[str, Any]:
    """The newest review item of a held or reported message; for any other message Missing
    (staff cannot reach private conversations)."""
    item = (
        await ReviewItem.select(ReviewItem.id, ReviewItem.origin, ReviewItem.status)
        .where(ReviewItem.message == message_id)
        .order_by(ReviewItem.id, ascending=False)
        .first()
    )
    if item is None:
        raise Missing(f"There is no message {message_id} for moderators to see.")
    return item


async def staff_view(staff: Account, message_id: int) -> dict[str, Any]:
    """A held or reported message for a moderator, after its access-log row is written."""
    item = await review_item_of(message_id)
    message = await message_review.load_message(message_id)
    why = "held by the policy" if item["origin"] == "auto" else "reported by a participant"
    await record_access(
        staff,
        message["author"],
        message["author_name"],
        f"private message {message_id}",
        f"Reviewing a private message {why} (review item {item['id']}).",
    )
    reports = await Report.select(
        Report.category, Report.note, Report.created, Report.outcome,
        Report.reporter.username.as_alias("reporter_name"),
    ).where(Report.message == message_id)  # fmt: skip
    # Served to staff only through staff_picture (each fetch logged), never by /img/.
    images = (await of_messages([message_id])).get(message_id, [])
    return {**message, "item": item, "reports": reports, "images": images}


async def staff_picture(staff: Account, message_id: int, image_id: int) -> tuple[bytes, str]:
    """A picture of a held or reported message for a moderator, after its access-log row is
    written: (the bytes, the format). Any other picture or message: Missing."""
    item = await review_item_of(message_id)
    row = (
        await Image.select(Image.sha256, Image.format, Image.owner, Image.owner.username)
        .where(
            Image.id == image_id,
            Image.target_kind == KIND,
            Image.target_id == message_id,
            Image.status.is_in([ImageStatus.attached.value, ImageStatus.removed.value]),
        )
        .first()
    )
    data = None if row is None else files.read(files.configured(), row["sha256"], row["format"])
    if row is None or data is None:
        raise Missing(f"There is no picture {image_id} of message {message_id}.")
    await record_access(
        staff,
        row["owner"],
        row["owner.username"],
        f"picture {image_id} of private message {message_id}",
        f"Reviewing a private message's picture (review item {item['id']}).",
    )
    return data, row["format"]
