"""What a participant reads of their conversations; to everyone else a conversation does
not exist (a 404, moderators and admins included: staff read a message only when it was
held or reported, through ``reporting.staff_view``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from piccolo.columns.combination import Or, WhereRaw
from piccolo.query.functions.aggregate import Max

from forum.accounts.members import Account
from forum.errors import Forbidden, Missing
from forum.messaging.pictures import of_messages
from forum.storage import db
from forum.storage.message_tables import Message, Participant
from forum.storage.tables import PostStatus

PAGE = 200


def _missing(conversation_id: int) -> Missing:
    return Missing(f"There is no conversation {conversation_id}.")


async def participant_row(member: Account | None, conversation_id: int) -> dict[str, Any]:
    """The member's place in a conversation they are still in (with its title), else a 404
    that says nothing of whether the conversation exists."""
    if member is None:
        raise Forbidden("Sign in to read your messages.")
    row = (
        await Participant.select(
            Participant.id,
            Participant.last_read,
            Participant.disclosed,
            Participant.conversation.title.as_alias("title"),
        )
        .where(
            Participant.conversation == conversation_id,
            Participant.user == member.id,
            Participant.left_at.is_null(),
        )
        .first()
    )
    if row is None:
        raise _missing(conversation_id)
    if isinstance(row["disclosed"], str):
        row["disclosed"] = json.loads(row["disclosed"] or "[]")
    return row


def readable_by(member_id: int) -> Any:
    """Visible messages, and the member's own held or removed ones (marked as such)."""
    return Or(Message.status == PostStatus.visible.value, Message.author == member_id)


async def conversations_of(member: Account) -> list[dict[str, Any]]:
    """The member's conversations, latest activity first, each with its participants and
    whether something new arrived since they last read it."""
    mine = await Participant.select(
        Participant.conversation,
        Participant.last_read,
        Participant.conversation.title.as_alias("title"),
        Participant.conversation.last_message_at.as_alias("last_message_at"),
    ).where(Participant.user == member.id, Participant.left_at.is_null())
    if not mine:
        return []
    ids = [row["conversation"] for row in mine]
    people = await Participant.select(
        Participant.conversation, Participant.user.username.as_alias("username")
    ).where(Participant.conversation.is_in(ids), Participant.left_at.is_null())
    latest = (
        await Message.select(Message.conversation, Max(Message.id, alias="newest"))
        .where(
            Message.conversation.is_in(ids),
            Message.status == PostStatus.visible.value,
            Message.author != member.id,
        )
        .group_by(Message.conversation)
    )
    newest = {row["conversation"]: row["newest"] for row in latest}
    for row in mine:
        cid = row["conversation"]
        row["id"] = cid
        row["participants"] = sorted(p["username"] for p in people if p["conversation"] == cid)
        row["unread"] = newest.get(cid, 0) > row["last_read"]
    mine.sort(key=lambda r: r["last_message_at"], reverse=True)
    return mine


async def unread_count(member: Account) -> int:
    """How many of the member's conversations have a message from someone else they have not
    read (the header's badge: one query, on the participants' and messages' indexes)."""
    return await Participant.count().where(
        Participant.user == member.id,
        Participant.left_at.is_null(),
        WhereRaw(
            "EXISTS (SELECT 1 FROM private_messages m WHERE "
            'm.conversation = "conversation_participants"."conversation" '
            'AND m.id > "conversation_participants"."last_read" AND m.status = {} '
            "AND m.author != {})",
            PostStatus.visible.value,
            member.id,
        ),
    )


async def conversation(member: Account | None, conversation_id: int) -> dict[str, Any]:
    """A conversation for one of its participants: title, participants and messages (oldest
    first); marks it read. Anyone else gets Missing."""
    me = await participant_row(member, conversation_id)
    assert member is not None
    people = await Participant.select(
        Participant.user.username.as_alias("username"), Participant.left_at
    ).where(Participant.conversation == conversation_id)
    messages = (
        await Message.select(
            Message.id,
            Message.author.username.as_alias("author"),
            Message.author.id.as_alias("author_id"),
            Message.body,
            Message.html,
            Message.status,
            Message.created,
        )
        .where(Message.conversation == conversation_id, readable_by(member.id))
        .order_by(Message.id, ascending=False)
        .limit(PAGE)
    )
    messages.reverse()
    pictures = await of_messages([m["id"] for m in messages])
    for message in messages:
        message["images"] = pictures.get(message["id"], [])
    newest = max((m["id"] for m in messages), default=0)
    if newest > me["last_read"]:
        async with db.write_transaction():
            await Participant.update({Participant.last_read: newest}).where(
                Participant.id == me["id"]
            )
    return {
        "id": conversation_id,
        "title": me["title"],
        "participants": sorted(p["username"] for p in people if p["left_at"] is None),
        "left": sorted(p["username"] for p in people if p["left_at"] is not None),
        "messages": messages,
        "read_at": datetime.now(UTC),
    }
