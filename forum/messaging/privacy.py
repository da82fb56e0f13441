"""Private messages in a member's export and in their account's erasure (registered with
``forum.privacy``'s registries, which name every table about members)."""

from __future__ import annotations

import json
from typing import Any

from forum import events
from forum.messaging.reading import readable_by
from forum.privacy.erasure import Erasure, anonymiser
from forum.privacy.export import exporter
from forum.storage.desk_tables import ReviewItem
from forum.storage.message_tables import Conversation, Message, Participant


@exporter("private_conversations")
async def _conversations(user_id: int) -> list[dict[str, Any]]:
    """Each conversation the member is or was in, with the messages they could read there
    (their own with the original text where the policy masked words)."""
    mine = await Participant.select(
        Participant.conversation.as_alias("id"),
        Participant.conversation.title.as_alias("title"),
        Participant.joined,
        Participant.left_at,
    ).where(Participant.user == user_id)
    for row in mine:
        people = await Participant.select(Participant.user.username.as_alias("username")).where(
            Participant.conversation == row["id"]
        )
        row["participants"] = sorted(p["username"] for p in people)
        messages = (
            await Message.select(
                Message.id,
                Message.author.username.as_alias("author"),
                Message.body,
                Message.status,
                Message.created,
                Message.original,
                Message.author.id.as_alias("author_id"),
            )
            .where(Message.conversation == row["id"], readable_by(user_id))
            .order_by(Message.id)
        )
        for message in messages:
            original = message.pop("original")
            if message.pop("author_id") == user_id and original:
                message["original"] = (
                    json.loads(original) if isinstance(original, str) else original
                )
        row["messages"] = messages
    return mine


@anonymiser("private_messages", before="users")
async def _private_messages(erasure: Erasure) -> None:
    """The member's messages are blanked (the rows keep the conversation's order), their open
    review items close, and their places in conversations go."""
    ids = [
        r["id"] for r in await Message.select(Message.id).where(Message.author == erasure.user_id)
    ]
    if ids:
        await ReviewItem.update({ReviewItem.findings: []}).where(ReviewItem.message.is_in(ids))
        closed = await ReviewItem.resolve(ReviewItem.message.is_in(ids), None, "author_deleted")
        erasure.after_commit += [
            (events.QUEUE_CHANNEL, {"type": "resolved", "id": i}) for i in closed
        ]
    await Message.erase_by(erasure.user_id)
    await Participant.delete().where(Participant.user == erasure.user_id)
    await Conversation.update({Conversation.started_by: None}).where(
        Conversation.started_by == erasure.user_id
    )
