"""Topic pages, replies, and editing or deleting one's own posts."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.exceptions import PermissionDeniedException
from litestar.params import FromQuery
from litestar.response import Redirect, Template
from markupsafe import Markup

from forum import page_cache
from forum.images import attaching
from forum.notifying import blocking, watching
from forum.posting import editing, submitting
from forum.posting.pictures import Pictures
from forum.reading import queries
from forum.web import pages
from forum.web.request import (
    Id,
    form_data,
    not_found,
    optional_int,
    page_number,
    settings_of,
    viewer,
)
from forum.web.uploads import compose_with_pictures
from forum.web.views.composing import compose, posting_allowance


async def _topic(request: Request, topic_id: Id) -> dict[str, Any]:
    topic = await queries.topic_by_id(topic_id, viewer(request))
    if topic is None:
        raise not_found("topic with that number")
    return topic


async def _topic_context(request: Request, topic: dict[str, Any], page: int) -> dict[str, Any]:
    posts, pages = await queries.topic_posts(
        topic["id"], viewer(request), page, settings_of(request).page_size
    )
    originals = await queries.originals([p["id"] for p in posts], viewer(request))
    context = {"topic": topic, "posts": posts, "page": page, "pages": pages, "draft": {}}
    images = await attaching.for_targets("post", [p["id"] for p in posts])
    return context | {"originals": originals, "images": images}


@get("/t/{topic_id:int}", name="topic")
async def topic_page(
    request: Request, topic_id: Id, page: FromQuery[str | None] = None
) -> Response:
    """A topic with its replies in thread order, paginated (cached: see forum.web.pages)."""
    number = page_number(page)
    scopes = (page_cache.topic_scope(topic_id),)

    me = viewer(request)
    own: dict[str, Any] = {}
    if me is not None:
        own = {
            "last_read": await watching.last_read(me.id, topic_id),
            "blocked": await blocking.blocked_by(me.id),
        }

    async def thread() -> tuple[dict[str, Any], Markup, int]:
        topic = await _topic(request, topic_id)
        context = await _topic_context(request, topic, number)
        shown = max((post["id"] for post in context["posts"]), default=0)
        return topic, pages.fragment(request, "forum/_thread.html", {**context, **own}), shown

    async def build() -> tuple[str, dict[str, Any]]:
        if me is None:
            topic = await _topic(request, topic_id)
            return "forum/topic.html", await _topic_context(request, topic, number)
        # Members: the topic and its rendered posts come from their cache (kept apart by what
        # they had read and whom they block, which the posts show); the chrome is fresh.
        key = ("topic", topic_id, number, own["last_read"], tuple(sorted(own["blocked"])))
        topic, html, shown = await pages.for_member(request, key, scopes, thread)
        if shown:
            await watching.record_visit(me.id, topic_id, shown)
        context = {
            "topic": topic,
            "thread_html": html,
            "draft": {},
            "watch_level": await watching.level_of(me.id, topic_id=topic_id),
            **own,
        }
        return "forum/topic.html", context | await posting_allowance(request)

    return await pages.page(request, scopes, build)


@post("/t/{topic_id:int}/reply", name="reply")
async def reply(
    request: Request, topic_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> Redirect | Template:
    """Reply in a topic (optionally to one post); problems re-show the form with the text."""
    topic = await _topic(request, topic_id)
    data = await form_data(request)
    parent = optional_int(data.get("parent_id"))

    async def submit(draft: dict[str, str], confirm: bool, pics: Pictures) -> submitting.Submitted:
        return await submitting.submit_reply(
            viewer(request),
            topic,
            draft["body"],
            parent_id=parent,
            max_chars=settings_of(request).max_body_chars,
            confirm_disclosure=confirm,
            channels=channels,
            pictures=pics,
        )

    async def render(extra: dict, status: int) -> Template:
        context = await _topic_context(request, topic, 1) | await posting_allowance(request)
        context.update(extra)
        context["draft"] = {**context["draft"], "parent_id": parent or ""}
        return Template("forum/topic.html", context=context, status_code=status)

    result = await compose_with_pictures(request, ("body",), topic["space.kind"], submit, render)
    if isinstance(result, Template):
        return result
    return Redirect(f"/p/{result.post_id}", status_code=303)


async def _post(request: Request, post_id: Id) -> dict[str, Any]:
    found = await queries.post_by_id(post_id)
    if found is None or not queries.can_see_post(found, viewer(request)):
        raise not_found("post with that number")
    return found


@get("/p/{post_id:int}", name="post")
async def post_link(request: Request, post_id: Id) -> Redirect:
    """A stable link to a post: sends the reader to where it is shown."""
    found = await _post(request, post_id)
    if found["topic"] is None:
        return Redirect(f"/s/{found['space.slug']}#m{post_id}", status_code=303)
    per_page = settings_of(request).page_size
    ids = [post for post, _ in await queries.topic_post_order(found["topic"], viewer(request))]
    page = ids.index(post_id) // per_page + 1 if post_id in ids else 1
    suffix = f"?page={page}" if page > 1 else ""
    return Redirect(f"/t/{found['topic']}{suffix}#p{post_id}", status_code=303)


@get("/p/{post_id:int}/edit", name="edit_post_form")
async def edit_form(request: Request, post_id: Id) -> Template:
    """The form to edit one's own post."""
    found = await _post(request, post_id)
    account = viewer(request)
    if account is None or found["author.id"] != account.id:
        raise PermissionDeniedException("You can edit only your own posts.")
    # The author edits their own words, not the masked rendering others read.
    original = (await queries.originals([post_id], account)).get(post_id) or {}
    draft = {"body": original.get("body") or found["body"]}
    context = {"post": found, "draft": draft, "original": original}
    return Template("forum/edit_post.html", context=context)


@post("/p/{post_id:int}/edit", name="edit_post")
async def edit(
    request: Request, post_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> Redirect | Template:
    """Save an edit; the previous text is kept as a revision."""
    found = await _post(request, post_id)

    async def submit(draft: dict[str, str], confirm: bool) -> submitting.Submitted:
        return await editing.edit_post(
            viewer(request),
            found,
            draft["body"],
            max_chars=settings_of(request).max_body_chars,
            confirm_disclosure=confirm,
            channels=channels,
        )

    async def render(extra: dict, status: int) -> Template:
        return Template(
            "forum/edit_post.html", context={"post": found, **extra}, status_code=status
        )

    result = await compose(await form_data(request), ("body",), found["space.kind"], submit, render)
    if isinstance(result, Template):
        return result
    return Redirect(f"/p/{post_id}", status_code=303)


@post("/p/{post_id:int}/delete", name="delete_post")
async def delete(
    request: Request, post_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> Redirect:
    """Withdraw one's own post."""
    found = await _post(request, post_id)
    await editing.delete_own_post(viewer(request), found, channels)
    if found["topic"] is not None:
        return Redirect(f"/t/{found['topic']}", status_code=303)
    return Redirect(f"/s/{found['space.slug']}", status_code=303)
