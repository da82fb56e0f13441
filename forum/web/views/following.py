"""Pages and forms for following the forum: notifications, watching, unread, blocking.

Every form is an ordinary POST with a CSRF token that redirects back: it all works without
JavaScript (``static/notifications.js`` only adds live delivery).
"""

from __future__ import annotations

import re

from litestar import Request, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath
from litestar.response import Redirect, Template

from forum.errors import ForumError
from forum.notifying import blocking, inbox, watching
from forum.reading import queries
from forum.web.guards import member
from forum.web.request import Id, form_data, settings_of, viewer

LOCAL_LINK = re.compile(r"/(?![/\\])[A-Za-z0-9/_.#?=&%-]*")
"""Where a notification may send the reader back to: a path on this site, never ``//host``."""


def _me(request: Request):
    account = viewer(request)
    assert account is not None  # the member guard ran
    return account


@get("/notifications", name="notifications", guards=[member])
async def notifications(request: Request) -> Template:
    """The member's notifications, newest first, unread ones marked (reading is explicit)."""
    me = _me(request)
    rows = await inbox.listing(me)
    return Template("forum/notifications.html", context={"items": rows})


@post("/notifications/read", name="notifications_read", guards=[member])
async def notifications_read(request: Request) -> Redirect:
    """Mark one notification (``id``) or all of them read, then go back to the list (or to
    the notification's page with ``go``)."""
    data = await form_data(request)
    ids = None
    if data.get("id"):
        try:
            ids = inbox.check_ids([int(data["id"])])
        except ValueError:
            ids = inbox.check_ids(["not a number"])
    await inbox.mark_read(_me(request).id, ids)
    go = data.get("go", "")
    target = go if LOCAL_LINK.fullmatch(go) else "/notifications"
    return Redirect(target, status_code=303)


def _form_level(data: dict[str, str]) -> str | None:
    level = data.get("level", "")
    if level in ("", "none"):
        return None
    if level not in watching.LEVELS:
        raise ForumError('Choose "watching", "muted" or "none".')
    return level


@post("/t/{topic_id:int}/watch", name="watch_topic_form", guards=[member])
async def watch_topic(request: Request, topic_id: Id) -> Redirect:
    """Watch, mute or forget a topic from its page."""
    if await queries.topic_by_id(topic_id, viewer(request)) is None:
        raise NotFoundException("There is no topic with that number.")
    level = _form_level(await form_data(request))
    await watching.set_level(_me(request).id, level, topic_id=topic_id)
    return Redirect(f"/t/{topic_id}", status_code=303)


@post("/s/{slug:str}/watch", name="watch_space_form", guards=[member])
async def watch_space(request: Request, slug: FromPath[str]) -> Redirect:
    """Watch, mute or forget a space from its page."""
    space = await queries.space_by_slug(slug)
    if space is None:
        raise NotFoundException(f"There is no space called {slug!r}.")
    level = _form_level(await form_data(request))
    await watching.set_level(_me(request).id, level, space_id=space["id"])
    return Redirect(f"/s/{slug}", status_code=303)


@get("/t/{topic_id:int}/unread", name="first_unread")
async def first_unread(request: Request, topic_id: Id) -> Redirect:
    """Jump to the first post the member has not seen (visitors: to the topic)."""
    me = viewer(request)
    if await queries.topic_by_id(topic_id, me) is None:
        raise NotFoundException("There is no topic with that number.")
    if me is None:
        return Redirect(f"/t/{topic_id}", status_code=303)
    ordered = [post_id for post_id, _ in await queries.topic_post_order(topic_id, me)]
    seen = await watching.last_read(me.id, topic_id)
    target = watching.first_unread_in(ordered, seen)
    if target is None:  # all read: the end of the topic
        per_page = settings_of(request).page_size
        last_page = max(1, -(-len(ordered) // per_page))
        suffix = f"?page={last_page}" if last_page > 1 else ""
        return Redirect(f"/t/{topic_id}{suffix}", status_code=303)
    return Redirect(f"/p/{target}", status_code=303)


@post("/u/{username:str}/block", name="block_form", guards=[member])
async def block(request: Request, username: FromPath[str]) -> Redirect:
    """Block (``action=block``) or unblock (``action=unblock``) a member from their profile."""
    found = await blocking.target_of(username)
    if found is None:
        raise NotFoundException(f"There is no member called {username!r}.")
    action = (await form_data(request)).get("action")
    if action == "unblock":
        await blocking.unblock(_me(request).id, found["id"])
    elif action == "block":
        await blocking.block(_me(request).id, found["id"])
    else:
        raise ForumError('Choose "block" or "unblock".')
    return Redirect(f"/u/{found['username']}", status_code=303)
