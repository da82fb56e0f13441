"""The moderators' page of one held or reported private message: reading it (and each of its
pictures) writes the personal-data access log first; acting on it goes through the one
dispatcher."""

from __future__ import annotations

from litestar import Request, Response, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.response import Redirect, Template

from forum.desk import dispatch
from forum.desk.dispatch import MESSAGE_VERBS, Ask
from forum.desk.moderating import current_policy
from forum.errors import ForumError
from forum.messaging import reporting
from forum.web.guards import moderator
from forum.web.request import Id, form_data, viewer
from forum.web.views.images import PRIVATE_CACHE, picture_response


async def _page(request: Request, message_id: int, error: ForumError | None = None) -> Template:
    context = {
        "message": await reporting.staff_view(viewer(request), message_id),  # type: ignore[arg-type]
        "categories": list(current_policy().categories),
        "error": str(error) if error else None,
    }
    status = error.status_code if error else 200
    return Template("moderation/private_message.html", context=context, status_code=status)


@get("/moderation/messages/{message_id:int}", name="review_private", guards=[moderator])
async def review_page(request: Request, message_id: Id) -> Template:
    """One private message that was held or reported (any other: a 404); the view is logged."""
    return await _page(request, message_id)


@post("/moderation/messages/{message_id:int}", name="review_private_action", guards=[moderator])
async def review_action(
    request: Request, message_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> Redirect | Template:
    """approve / remove / dismiss the message, or mute / suspend its author."""
    data = await form_data(request)
    await reporting.review_item_of(message_id)  # only held or reported messages
    ask = Ask(
        viewer(request), 0, data.get("reason"), data.get("category"),  # type: ignore[arg-type]
        data.get("hours") or None, channels, message_id=message_id,
    )  # fmt: skip
    try:
        await dispatch.perform(ask, data.get("action"), tuple(MESSAGE_VERBS))
    except ForumError as exc:
        return await _page(request, message_id, exc)
    return Redirect("/moderation", status_code=303)


@get(
    "/moderation/messages/{message_id:int}/images/{image_id:int}",
    name="review_private_picture",
    guards=[moderator],
    include_in_schema=False,
)
async def review_picture(request: Request, message_id: Id, image_id: Id) -> Response:
    """A picture of a held or reported private message (any other: a 404); each fetch is
    written to the access log, and no cache keeps it."""
    data, fmt = await reporting.staff_picture(viewer(request), message_id, image_id)  # type: ignore[arg-type]
    return picture_response(data, fmt, PRIVATE_CACHE)
