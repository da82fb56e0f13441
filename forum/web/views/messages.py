"""Private messages as pages: the list, one conversation, a new one, replying (both with
pictures: multipart forms), reporting one message and leaving. They work without JavaScript;
messages.js only adds new ones live."""

from __future__ import annotations

from litestar import Request, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.params import FromQuery
from litestar.response import Redirect, Template

from forum.desk.moderating import current_policy
from forum.errors import ForumError
from forum.messaging import reading, reporting, sending
from forum.messaging.checks import Caps
from forum.posting.pictures import Pictures
from forum.web.guards import member
from forum.web.request import Id, form_data, settings_of, viewer
from forum.web.uploads import compose_with_pictures


def caps_of(request: Request) -> Caps:
    """The sizes of conversations this app allows (from settings)."""
    settings = settings_of(request)
    return Caps(
        max_chars=settings.max_body_chars,
        max_recipients=settings.pm_max_recipients,
        max_recipients_new=settings.pm_max_recipients_new,
    )


@get("/messages", name="messages", guards=[member])
async def messages_page(request: Request) -> Template:
    """The member's conversations, newest activity first, unread ones marked."""
    rows = await reading.conversations_of(viewer(request))  # type: ignore[arg-type]
    return Template("messages/list.html", context={"conversations": rows})


@get("/messages/new", name="new_conversation", guards=[member])
async def new_form(to: FromQuery[str | None] = None) -> Template:
    """The form to write to one or more members (``?to=name`` fills it in)."""
    return Template("messages/new.html", context={"draft": {"to": to or ""}})


@post("/messages/new", name="start_conversation", guards=[member])
async def start(
    request: Request, channels: NamedDependency[ChannelsPlugin]
) -> Redirect | Template:  # not Any: Litestar would send a redrawn form as application/json
    """Start a conversation; on a problem, the form again with the text kept."""

    async def submit(draft: dict[str, str], confirm: bool, pics: Pictures) -> sending.Sent:
        return await sending.start_conversation(
            viewer(request), draft["to"], draft["title"], draft["body"], caps_of(request),
            confirm_disclosure=confirm, channels=channels, pictures=pics,
        )  # fmt: skip

    async def render(extra: dict, status: int) -> Template:
        return Template("messages/new.html", context=extra, status_code=status)

    fields = ("to", "title", "body")
    result = await compose_with_pictures(request, fields, sending.SURFACE, submit, render)  # type: ignore[arg-type]
    if isinstance(result, Template):
        return result
    return Redirect(f"/messages/{result.conversation_id}#m{result.message_id}", status_code=303)


async def _page(request: Request, conversation_id: int, extra: dict, status: int) -> Template:
    me = viewer(request)
    context = {
        "conversation": await reading.conversation(me, conversation_id),
        "categories": list(current_policy().reportable_categories),
        "draft": {},
        **extra,
    }
    # The header's badge was counted before this page marked the conversation read.
    state = request.scope.get("state")
    if me is not None and isinstance(state, dict) and "unread_conversations" in state:
        state["unread_conversations"] = await reading.unread_count(me)
    return Template("messages/conversation.html", context=context, status_code=status)


@get("/messages/{conversation_id:int}", name="conversation", guards=[member])
async def conversation_page(request: Request, conversation_id: Id) -> Template:
    """One conversation for its participants (a 404 for anyone else, staff included)."""
    return await _page(request, conversation_id, {}, 200)


@post("/messages/{conversation_id:int}", name="reply_privately", guards=[member])
async def reply(
    request: Request, conversation_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> Redirect | Template:
    """Send a message in the conversation."""
    await reading.participant_row(viewer(request), conversation_id)

    async def submit(draft: dict[str, str], confirm: bool, pics: Pictures) -> sending.Sent:
        return await sending.send_message(
            viewer(request), conversation_id, draft["body"], caps_of(request),
            confirm_disclosure=confirm, channels=channels, pictures=pics,
        )  # fmt: skip

    async def render(extra: dict, status: int) -> Template:
        return await _page(request, conversation_id, extra, status)

    fields = ("body",)
    result = await compose_with_pictures(request, fields, sending.SURFACE, submit, render)  # type: ignore[arg-type]
    if isinstance(result, Template):
        return result
    return Redirect(f"/messages/{conversation_id}#m{result.message_id}", status_code=303)


@post("/messages/{conversation_id:int}/report", name="report_private", guards=[member])
async def report(
    request: Request, conversation_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> Template:
    """Report one message of the conversation: it alone goes to the moderators."""
    data = await form_data(request)
    raw = data.get("message", "")
    try:
        await reporting.report_message(
            viewer(request),
            conversation_id,
            int(raw) if raw.isdigit() and len(raw) < 10 else raw,
            data.get("category"),
            data.get("note", ""),
            channels,
        )
    except ForumError as exc:
        return await _page(request, conversation_id, {"error": str(exc)}, exc.status_code)
    notice = "Thank you: the moderators will read that message (only it) and decide."
    return await _page(request, conversation_id, {"notice": notice}, 200)


@post("/messages/{conversation_id:int}/leave", name="leave_conversation", guards=[member])
async def leave(request: Request, conversation_id: Id) -> Redirect:
    """Leave the conversation; it disappears from the list."""
    await sending.leave(viewer(request), conversation_id)
    return Redirect("/messages", status_code=303)
