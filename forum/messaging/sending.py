"""Sending private messages: validate → moderate (the ``private`` surface) → store → publish.

The same pipeline as posts (``desk.moderating.decide``, the posting limit, masked words kept
in ``original``, held messages in the review queue); only the surface differs, and the
policy file says what that changes. A disclosure the author confirmed in a conversation is
not asked about again there, for the categories whose confirmation allows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from litestar.channels import ChannelsPlugin

from forum import events
from forum.accounts.members import Account
from forum.desk import message_review, modlog, notices
from forum.desk.moderating import Decision, current_policy, decide
from forum.errors import Blocked, DisclosureRequired
from forum.messaging import pictures as message_pictures
from forum.messaging.checks import (
    Caps,
    check_conversation_title,
    check_recipients,
    counted_conversation,
)
from forum.messaging.reading import participant_row
from forum.notifying import private
from forum.posting import pictures as pics
from forum.posting.checks import check_body, check_can_post, counted_post
from forum.posting.drafts import kept_original
from forum.rendering import render_markdown
from forum.storage import db
from forum.storage.message_tables import Conversation, Message, Participant
from forum.storage.tables import PostStatus
from moderation import Action
from moderation.verdict import PERSONAL_INFORMATION

SURFACE = "private"
PRIVATE_DISCLOSURE = (
    "This looks like personal information. Only the members of this conversation will read "
    "it, but they can pass it on. Redact it, edit your message, or confirm that you want to "
    "send it; you will not be asked again in this conversation."
)


@dataclass(frozen=True)
class Sent:
    """What was stored: the conversation, the message and the status it got."""

    conversation_id: int
    message_id: int
    status: str
    decision: Decision


def _disclosed_now(decision: Decision) -> set[str]:
    """Personal-data categories this (confirmed) text was allowed to carry."""
    return {
        r.category
        for _, verdict in decision.verdicts
        for r in verdict.reasons
        if r.group == PERSONAL_INFORMATION and r.action == Action.ALLOW
    }


async def moderate_message(
    text: str, author: Account, disclosed: set[str], confirm: bool, title: str | None = None
) -> Decision:
    """The moderate step: a Decision to store, or DisclosureRequired / Blocked (logged)."""
    decision = await decide(text, author, SURFACE, confirm, title)
    if decision.action == Action.WARN and not confirm:
        warned = {f["category"] for f in decision.findings_acting(Action.WARN)}
        policy = current_policy()
        # Once per conversation: what the author confirmed here and the policy then allows.
        if warned <= disclosed and all(
            policy.category(c).confirmed_action == Action.ALLOW for c in warned
        ):
            decision = await decide(text, author, SURFACE, True, title)
    if decision.action == Action.WARN:
        raise DisclosureRequired(PRIVATE_DISCLOSURE, decision.findings_acting(Action.WARN))
    if decision.action == Action.BLOCK:
        first = decision.reasons_acting(Action.BLOCK)[0]
        async with db.write_transaction():
            # The log names the author and the clause; the private text itself stays out.
            await modlog.record(
                "block",
                target=author.id,
                category=first["category"],
                clause=first["clause"],
                reason=first["message"],
                details={"surface": SURFACE},
            )
        raise Blocked(f"This cannot be sent: {first['message']} Policy: {first['clause']}", [first])
    return decision


async def _store(
    conversation_id: int,
    author: Account,
    decision: Decision,
    body: str,
    disclosed: set[str],
    picture_ids: list[int],
) -> tuple[dict[str, Any], int | None]:
    """Inside the write transaction: the message and its pictures, the author's read mark and
    disclosures, and the review item when it is held."""
    now = datetime.now(UTC)
    message = Message(
        conversation=conversation_id,
        author=author.id,
        body=decision.body,
        html=render_markdown(decision.body),
        status=decision.status.value,
        original=kept_original(decision, body),
        created=now,
    )
    await message.save()
    await message_pictures.attach(picture_ids, author, message.id)
    row = {
        "id": message.id,
        "conversation": conversation_id,
        "author": author.id,
        "html": message.html,
        "created": now,
        "images": picture_ids,  # ids here; shaped for the live event once committed
    }
    await Participant.update(
        {Participant.last_read: message.id, Participant.disclosed: sorted(disclosed)}
    ).where(Participant.conversation == conversation_id, Participant.user == author.id)
    item = None
    if decision.status == PostStatus.pending:
        item = await message_review.hold(row, decision)
    else:
        await Conversation.update({Conversation.last_message_at: now}).where(
            Conversation.id == conversation_id
        )
    return row, item


async def _published(
    channels: ChannelsPlugin | None,
    row: dict[str, Any],
    author: Account,
    title: str,
    decision: Decision,
    item: int | None,
) -> Sent:
    """After the commit: a visible message reaches its participants (inbox and open tabs);
    a held one's notice goes to its author and its item to the queue."""
    if item is None:
        if row["images"]:  # the live event shows the pictures as the page does
            row["images"] = (await message_pictures.of_messages([row["id"]])).get(row["id"], [])
        await private.message_sent(channels, row, author.username, title)
    else:
        await notices.deliver(channels)
        await events.publish(channels, events.QUEUE_CHANNEL, {"type": "item", "id": item})
    return Sent(row["conversation"], row["id"], decision.status.value, decision)


async def start_conversation(
    author: Account | None,
    to: object,
    title: object,
    body: object,
    caps: Caps,
    *,
    confirm_disclosure: bool = False,
    channels: ChannelsPlugin | None = None,
    pictures: pics.Pictures = pics.NONE,
) -> Sent:
    """Open a conversation with other members and send its first message."""
    author = check_can_post(author)
    title = check_conversation_title(title)
    body = check_body(body, caps.max_chars)
    recipients = await check_recipients(author, to, caps)
    async with counted_conversation(author), counted_post(author):
        decision = await moderate_message(body, author, set(), confirm_disclosure, title)
        decision, picture_ids = await pics.weigh(pictures, author, SURFACE, decision)
        title = decision.title or title
        disclosed = _disclosed_now(decision) if confirm_disclosure else set()
        now = datetime.now(UTC)
        async with db.write_transaction():
            conversation = Conversation(
                title=title, started_by=author.id, created=now, last_message_at=now
            )
            await conversation.save()
            await Participant.insert(
                *[
                    Participant(conversation=conversation.id, user=user_id, joined=now)
                    for user_id in [author.id, *(r["id"] for r in recipients)]
                ]
            )
            row, item = await _store(
                conversation.id, author, decision, body, disclosed, picture_ids
            )
    return await _published(channels, row, author, title, decision, item)


async def send_message(
    author: Account | None,
    conversation_id: int,
    body: object,
    caps: Caps,
    *,
    confirm_disclosure: bool = False,
    channels: ChannelsPlugin | None = None,
    pictures: pics.Pictures = pics.NONE,
) -> Sent:
    """Reply in a conversation the author takes part in (anyone else: a 404)."""
    author = check_can_post(author)
    me = await participant_row(author, conversation_id)
    body = check_body(body, caps.max_chars)
    disclosed = set(me["disclosed"])
    async with counted_post(author):
        decision = await moderate_message(body, author, disclosed, confirm_disclosure)
        decision, picture_ids = await pics.weigh(pictures, author, SURFACE, decision)
        if confirm_disclosure:
            disclosed |= _disclosed_now(decision)
        async with db.write_transaction():
            row, item = await _store(
                conversation_id, author, decision, body, disclosed, picture_ids
            )
    return await _published(channels, row, author, me["title"], decision, item)


async def leave(member: Account | None, conversation_id: int) -> None:
    """Leave a conversation: it is gone from the member's list and they hear no more of it."""
    me = await participant_row(member, conversation_id)
    async with db.write_transaction():
        await Participant.update({Participant.left_at: datetime.now(UTC)}).where(
            Participant.id == me["id"]
        )
