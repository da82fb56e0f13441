"""Who hears of a private message, and telling them: a notification in their inbox and the
message itself, live, in their open tabs.

Only the conversation's current participants hear of it (never anyone else: the event names
its members, each process hands it to their tabs only), minus the author and minus those who
block the author. Called after the message's commit, by messaging (sent) and by the desk
(a held message approved).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from litestar.channels import ChannelsPlugin

from forum import events
from forum.storage import db
from forum.storage.desk_tables import Notification
from forum.storage.member_tables import Block
from forum.storage.message_tables import Participant

KIND = "message"


async def listeners(conversation_id: int, author_id: int) -> tuple[list[int], list[int]]:
    """(everyone whose tabs show the message: current participants, author included; those
    who get a notification: the others, minus members who block the author)."""
    rows = await Participant.select(Participant.user).where(
        Participant.conversation == conversation_id, Participant.left_at.is_null()
    )
    present = [row["user"] for row in rows]
    blocking = {
        row["blocker"]
        for row in await Block.select(Block.blocker).where(
            Block.blocked == author_id, Block.blocker.is_in(present or [0])
        )
    }
    notified = [u for u in present if u != author_id and u not in blocking]
    return [u for u in present if u not in blocking], notified


def live_event(message: dict[str, Any], author: str, conversation_title: str) -> dict[str, Any]:
    """What an open conversation page appends: the message as its participants read it."""
    created = message["created"]
    return {
        "conversation": message["conversation"],
        "id": message["id"],
        "author": author,
        "title": conversation_title,
        "html": message["html"],
        # Shaped by images.attaching.image_out: URLs, thumbnail size, alt text (a held message
        # approved later comes without them; the page shows them on its next load).
        "images": message.get("images") or [],
        "created": created.astimezone(UTC).isoformat() if created else None,
    }


async def message_sent(
    channels: ChannelsPlugin | None,
    message: dict[str, Any],
    author: str,
    conversation_title: str,
) -> list[int]:
    """After the commit of a visible message: notifications for its recipients, then one
    live event; returns who was notified."""
    conversation_id, author_id = message["conversation"], message["author"]
    tabs, notified = await listeners(conversation_id, author_id)
    link = f"/messages/{conversation_id}"
    text = f"{author} sent you a private message in “{conversation_title}”."
    if notified:
        now = datetime.now(UTC)
        async with db.write_transaction():
            await Notification.insert(
                *[
                    Notification(
                        user=user, kind=KIND, message=text, link=link, created=now, actor=author_id
                    )
                    for user in notified
                ]
            )
    event = events.notify_event(tabs, notified, KIND, text, link)
    event["private"] = live_event(message, author, conversation_title)
    await events.publish(channels, events.NOTIFY_CHANNEL, event)
    return notified
