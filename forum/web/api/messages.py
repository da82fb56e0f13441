"""The private messages API: conversations of the signed-in member (messages may carry
pictures staged by ``POST /api/images``: ``"images": [id]``), and the moderators' logged view
of a held or reported message."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec
from litestar import Request, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.params import JSONBody

from forum.messaging import reading, reporting, sending
from forum.posting.pictures import Pictures
from forum.web.api.schemas import ImageIds, MaskedOut, PictureOut, masked_out, pictures_out
from forum.web.guards import member, moderator
from forum.web.request import Id, settings_of, viewer
from forum.web.views.messages import caps_of


class ConversationIn(msgspec.Struct):
    """A new conversation: the members to write to, a title and the first message."""

    to: list[str]
    title: str
    body: str
    confirm_disclosure: bool = False
    images: ImageIds = []
    confirm_image_metadata: bool = False


class PrivateMessageIn(msgspec.Struct):
    """A message in a conversation; ``images``: ids from ``POST /api/images``."""

    body: str
    confirm_disclosure: bool = False
    images: ImageIds = []
    confirm_image_metadata: bool = False


class PrivateReportIn(msgspec.Struct):
    """A report of one message: the policy category and an optional note."""

    category: str
    note: str = ""


class SentOut(msgspec.Struct):
    """What was stored: the conversation, the message, its status (visible, or pending
    review) and the words the policy masked."""

    id: int
    message_id: int
    status: str
    masked: list[MaskedOut]


class ConversationOut(msgspec.Struct):
    """A conversation in the member's list."""

    id: int
    title: str
    participants: list[str]
    unread: bool
    last_message_at: datetime


class PrivateMessageOut(msgspec.Struct):
    """One message as its conversation's participants read it."""

    id: int
    author: str
    body: str
    html: str
    status: str
    created: datetime
    images: list[PictureOut] = []


class ConversationDetailOut(msgspec.Struct):
    """A conversation with its participants and messages, oldest first."""

    id: int
    title: str
    participants: list[str]
    messages: list[PrivateMessageOut]


def _pictures(request: Request, data: ConversationIn | PrivateMessageIn) -> Pictures:
    """The staged images a message attaches, and whether the author saw what was removed."""
    limit = settings_of(request).images_per_post
    return Pictures(tuple(data.images), data.confirm_image_metadata, limit)


def _sent(sent: sending.Sent) -> SentOut:
    return SentOut(
        sent.conversation_id, sent.message_id, sent.status, masked_out(sent.decision.masked)
    )


@post("/api/conversations", guards=[member], status_code=201, tags=["messages"])
async def create_conversation(
    request: Request, data: JSONBody[ConversationIn], channels: NamedDependency[ChannelsPlugin]
) -> SentOut:
    """Start a conversation with other members (``to``: usernames) and send its first message."""
    sent = await sending.start_conversation(
        viewer(request), data.to, data.title, data.body, caps_of(request),
        confirm_disclosure=data.confirm_disclosure, channels=channels,
        pictures=_pictures(request, data),
    )  # fmt: skip
    return _sent(sent)


@get("/api/conversations", guards=[member], tags=["messages"])
async def list_conversations(request: Request) -> list[ConversationOut]:
    """The member's conversations, latest activity first."""
    rows = await reading.conversations_of(viewer(request))  # type: ignore[arg-type]
    return [
        ConversationOut(r["id"], r["title"], r["participants"], r["unread"], r["last_message_at"])
        for r in rows
    ]


@get("/api/conversations/{conversation_id:int}", guards=[member], tags=["messages"])
async def get_conversation(request: Request, conversation_id: Id) -> ConversationDetailOut:
    """One conversation, for its participants only (a 404 for anyone else, staff included)."""
    found = await reading.conversation(viewer(request), conversation_id)
    return ConversationDetailOut(
        id=found["id"],
        title=found["title"],
        participants=found["participants"],
        messages=[
            PrivateMessageOut(
                m["id"],
                m["author"],
                m["body"],
                m["html"],
                m["status"],
                m["created"],
                images=pictures_out(m["images"]),
            )
            for m in found["messages"]
        ],
    )


@post(
    "/api/conversations/{conversation_id:int}/messages",
    guards=[member],
    status_code=201,
    tags=["messages"],
)
async def send_message(
    request: Request,
    conversation_id: Id,
    data: JSONBody[PrivateMessageIn],
    channels: NamedDependency[ChannelsPlugin],
) -> SentOut:
    """Send a message in a conversation one takes part in."""
    sent = await sending.send_message(
        viewer(request), conversation_id, data.body, caps_of(request),
        confirm_disclosure=data.confirm_disclosure, channels=channels,
        pictures=_pictures(request, data),
    )  # fmt: skip
    return _sent(sent)


@post(
    "/api/conversations/{conversation_id:int}/leave",
    guards=[member],
    status_code=200,
    tags=["messages"],
)
async def leave_conversation(request: Request, conversation_id: Id) -> dict[str, Any]:
    """Leave a conversation: it is gone from one's list, and one hears no more of it."""
    await sending.leave(viewer(request), conversation_id)
    return {"id": conversation_id, "left": True}


@post(
    "/api/conversations/{conversation_id:int}/messages/{message_id:int}/report",
    guards=[member],
    status_code=201,
    tags=["messages"],
)
async def report_message(
    request: Request,
    conversation_id: Id,
    message_id: Id,
    data: JSONBody[PrivateReportIn],
    channels: NamedDependency[ChannelsPlugin],
) -> dict[str, Any]:
    """Report one message to the moderators: it alone enters the review queue."""
    await reporting.report_message(
        viewer(request), conversation_id, message_id, data.category, data.note, channels
    )
    return {"message_id": message_id, "reported": True}


@get("/api/moderation/messages/{message_id:int}", guards=[moderator], tags=["moderation"])
async def review_message(request: Request, message_id: Id) -> dict[str, Any]:
    """A held or reported private message for moderators; the view is written to the
    personal-data access log first. Any other message: a 404."""
    found = await reporting.staff_view(viewer(request), message_id)  # type: ignore[arg-type]
    return {
        "id": found["id"],
        "conversation_title": found["title"],
        "author": found["author_name"],
        "status": found["status"],
        "html": found["html"],
        # Each through the logged picture route, never /img/ (hidden from staff there).
        "images": [
            {"url": f"/moderation/messages/{message_id}/images/{i['id']}", "alt": i["alt"]}
            for i in found["images"]
        ],
        "created": found["created"].isoformat(),
        "review_item": found["item"]["id"],
        "reports": [
            {"category": r["category"], "note": r["note"], "reporter": r["reporter_name"]}
            for r in found["reports"]
        ],
    }
