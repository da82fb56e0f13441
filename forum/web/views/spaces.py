"""Space pages: forum and news-group topic lists, boards, chat rooms; starting topics."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from forum import page_cache
from forum.accounts.members import Account
from forum.images import attaching
from forum.notifying import blocking, watching
from forum.posting import submitting
from forum.posting.pictures import Pictures
from forum.reading import activity, queries
from forum.storage.tables import SpaceKind
from forum.web import pages
from forum.web.request import not_found, optional_int, settings_of, viewer
from forum.web.uploads import compose_with_pictures
from forum.web.views.composing import posting_allowance


async def _space(slug: FromPath[str]) -> dict[str, Any]:
    space = await queries.space_by_slug(slug)
    if space is None:
        raise not_found("space by that name")
    return space


async def _board_context(request: Request, space: dict[str, Any], before: int | None) -> dict:
    limit = settings_of(request).page_size
    messages = await queries.space_messages(space["id"], viewer(request), before, limit)
    older = messages[-1]["id"] if len(messages) == limit else None
    if space["kind"] == SpaceKind.chat.value:
        messages = list(reversed(messages))  # chat reads top to bottom, oldest first
    originals = await queries.originals([m["id"] for m in messages], viewer(request))
    context = {"space": space, "messages": messages, "older": older, "draft": {}}
    context["originals"] = originals
    context["images"] = await attaching.for_targets("post", [m["id"] for m in messages])
    return context | await posting_allowance(request, space["kind"] == SpaceKind.chat.value)


async def following_context(me: Account, space: dict[str, Any], topic_ids: list[int]) -> dict:
    """What a member's own view of a space adds: their watch level, unread counts, blocks."""
    return {
        "watch_level": await watching.level_of(me.id, space_id=space["id"]),
        "read_positions": await watching.read_positions(me.id, topic_ids),
        "unread": await watching.unread_in_topics(me.id, topic_ids),
        "muted": await watching.muted_topics(me.id, topic_ids),
        "blocked": await blocking.blocked_by(me.id),
    }


@get("/s/{slug:str}", name="space")
async def space_page(
    request: Request,
    slug: FromPath[str],
    cursor: FromQuery[str | None] = None,
    before: FromQuery[str | None] = None,
) -> Response:
    """A space: topics for forums and news groups, messages for boards and chat rooms."""

    async def build() -> tuple[str, dict[str, Any]]:
        space = await _space(slug)
        template = f"forum/{space['kind']}.html"
        if space["kind"] not in (SpaceKind.forum.value, SpaceKind.newsgroup.value):
            context = await _board_context(request, space, optional_int(before))
            if (me := viewer(request)) is not None:
                context.update(await following_context(me, space, []))
            return template, context
        page = await queries.topic_list(
            space["id"], viewer(request), cursor, settings_of(request).page_size
        )
        ids = [topic["id"] for topic in page.items]
        context = {
            "space": space,
            "topics": page.items,
            "next_cursor": page.next_cursor,
            "last_posters": await activity.last_posters(ids),
        }
        if (me := viewer(request)) is not None:
            context.update(await following_context(me, space, ids))
        return template, context

    return await pages.page(request, (page_cache.space_scope(slug),), build)


@post("/s/{slug:str}/messages", name="space_message")
async def post_message(
    request: Request, slug: FromPath[str], channels: NamedDependency[ChannelsPlugin]
) -> Redirect | Template:
    """Post a message on a board or in a chat room from a plain HTML form."""
    space = await _space(slug)

    async def submit(draft: dict[str, str], confirm: bool, pics: Pictures) -> submitting.Submitted:
        return await submitting.submit_message(
            viewer(request),
            space,
            draft["body"],
            max_chars=settings_of(request).max_body_chars,
            confirm_disclosure=confirm,
            channels=channels,
            pictures=pics,
        )

    async def render(extra: dict, status: int) -> Template:
        context = await _board_context(request, space, None)
        context.update(extra)
        return Template(f"forum/{space['kind']}.html", context=context, status_code=status)

    result = await compose_with_pictures(request, ("body",), space["kind"], submit, render)
    if isinstance(result, Template):
        return result
    return Redirect(f"/s/{slug}#m{result.post_id}", status_code=303)


@get("/s/{slug:str}/new", name="new_topic")
async def new_topic_form(request: Request, slug: FromPath[str]) -> Template | Redirect:
    """The form to start a topic (sign-in first for visitors)."""
    space = await _space(slug)
    if viewer(request) is None:
        return Redirect(f"/login?next=/s/{slug}/new", status_code=303)
    context = {"space": space, "draft": {}, **await posting_allowance(request)}
    return Template("forum/new_topic.html", context=context)


@post("/s/{slug:str}/new", name="create_topic")
async def create_topic(
    request: Request, slug: FromPath[str], channels: NamedDependency[ChannelsPlugin]
) -> Redirect | Template:
    """Start a topic; on a problem, show the form again with the text kept."""
    space = await _space(slug)

    async def submit(draft: dict[str, str], confirm: bool, pics: Pictures) -> submitting.Submitted:
        return await submitting.submit_topic(
            viewer(request),
            space,
            draft["title"],
            draft["body"],
            max_chars=settings_of(request).max_body_chars,
            confirm_disclosure=confirm,
            channels=channels,
            pictures=pics,
        )

    async def render(extra: dict, status: int) -> Template:
        context = {"space": space, **extra, **await posting_allowance(request)}
        return Template("forum/new_topic.html", context=context, status_code=status)

    result = await compose_with_pictures(request, ("title", "body"), space["kind"], submit, render)
    if isinstance(result, Template):
        return result
    return Redirect(f"/t/{result.topic_id}", status_code=303)
