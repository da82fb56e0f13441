"""API read side and writes for spaces, topics and posts."""

from __future__ import annotations

from typing import Any

from litestar import Request, delete, get, patch, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.exceptions import ClientException, NotFoundException
from litestar.params import FromPath, FromQuery, JSONBody

from forum.images import attaching
from forum.posting import editing, submitting
from forum.posting.checks import allowance
from forum.posting.pictures import Pictures
from forum.reading import queries
from forum.storage.tables import SpaceKind
from forum.web.api.schemas import (
    CreatedOut,
    MessageIn,
    PostOut,
    ReplyIn,
    SpaceDetailOut,
    SpaceOut,
    TopicDetailOut,
    TopicIn,
    masked_out,
    post_out,
    space_out,
    topic_out,
)
from forum.web.guards import member
from forum.web.request import Cursor, Id, page_number, settings_of, viewer


async def _created(
    request: Request,
    submitted: submitting.Submitted,
    id: int,
    topic_id: int | None = None,
    chat: bool = False,
) -> CreatedOut:
    """The answer to a stored post, with what is left of the author's posting limit."""
    account = viewer(request)
    left = await allowance(account, chat) if account is not None else None
    return CreatedOut(
        id=id,
        status=submitted.status,
        topic_id=topic_id,
        posts_left=left.left if left is not None else None,
        masked=masked_out(submitted.decision.masked),
    )


async def _posts_out(rows: list[dict[str, Any]]) -> list[PostOut]:
    """Posts for the API with their pictures (one query for the page)."""
    pictures = await attaching.for_targets("post", [r["id"] for r in rows])
    return [post_out(r, pictures.get(r["id"])) for r in rows]


def _pictures(request: Request, data: TopicIn | ReplyIn | MessageIn) -> Pictures:
    """The staged images a post attaches, and whether the author saw what was removed."""
    limit = settings_of(request).images_per_post
    return Pictures(tuple(data.images), data.confirm_image_metadata, limit)


async def _space(slug: FromPath[str]) -> dict[str, Any]:
    space = await queries.space_by_slug(slug)
    if space is None:
        raise NotFoundException(f"There is no space called {slug!r}.")
    return space


@get("/api/spaces", tags=["spaces"])
async def list_spaces() -> list[SpaceOut]:
    """Every public space."""
    grouped = await queries.spaces_by_kind()
    return [space_out(row) for rows in grouped.values() for row in rows]


@get("/api/spaces/{slug:str}", tags=["spaces"])
async def get_space(
    request: Request, slug: FromPath[str], cursor: FromQuery[str | None] = None
) -> SpaceDetailOut:
    """A space with its latest topics (forums, news groups) or messages (boards, chat)."""
    space = await _space(slug)
    limit = settings_of(request).page_size
    if space["kind"] in (SpaceKind.forum.value, SpaceKind.newsgroup.value):
        page = await queries.topic_list(space["id"], viewer(request), cursor, limit)
        return SpaceDetailOut(
            space=space_out(space),
            topics=[topic_out(t) for t in page.items],
            next_cursor=page.next_cursor,
        )
    rows = await queries.space_messages(space["id"], viewer(request), None, limit)
    return SpaceDetailOut(space=space_out(space), messages=await _posts_out(rows))


@get("/api/spaces/{slug:str}/messages", tags=["spaces"])
async def list_messages(
    request: Request, slug: FromPath[str], before: Cursor = None
) -> list[PostOut]:
    """Messages of a board or chat room, newest first; ``before`` pages back by id."""
    space = await _space(slug)
    if space["kind"] not in (SpaceKind.board.value, SpaceKind.chat.value):
        raise ClientException(f"{slug!r} is a {space['kind']}: it has topics, not messages.")
    rows = await queries.space_messages(
        space["id"], viewer(request), before, settings_of(request).page_size
    )
    return await _posts_out(rows)


@post("/api/spaces/{slug:str}/topics", guards=[member], status_code=201, tags=["posting"])
async def create_topic(
    request: Request,
    slug: FromPath[str],
    data: JSONBody[TopicIn],
    channels: NamedDependency[ChannelsPlugin],
) -> CreatedOut:
    """Start a topic in a forum or news group."""
    submitted = await submitting.submit_topic(
        viewer(request),
        await _space(slug),
        data.title,
        data.body,
        max_chars=settings_of(request).max_body_chars,
        confirm_disclosure=data.confirm_disclosure,
        channels=channels,
        pictures=_pictures(request, data),
    )
    return await _created(request, submitted, submitted.topic_id or 0, submitted.topic_id)


@post("/api/spaces/{slug:str}/messages", guards=[member], status_code=201, tags=["posting"])
async def create_message(
    request: Request,
    slug: FromPath[str],
    data: JSONBody[MessageIn],
    channels: NamedDependency[ChannelsPlugin],
) -> CreatedOut:
    """Post a message on a board."""
    space = await _space(slug)
    submitted = await submitting.submit_message(
        viewer(request),
        space,
        data.body,
        max_chars=settings_of(request).max_body_chars,
        confirm_disclosure=data.confirm_disclosure,
        channels=channels,
        pictures=_pictures(request, data),
    )
    chat = space["kind"] == SpaceKind.chat.value
    return await _created(request, submitted, submitted.post_id, chat=chat)


async def _topic(request: Request, topic_id: Id) -> dict[str, Any]:
    topic = await queries.topic_by_id(topic_id, viewer(request))
    if topic is None:
        raise NotFoundException(f"There is no topic {topic_id}.")
    return topic


@get("/api/topics/{topic_id:int}", tags=["spaces"])
async def get_topic(
    request: Request, topic_id: Id, page: FromQuery[str | None] = None
) -> TopicDetailOut:
    """A topic with one page of the posts the viewer may see, in thread order."""
    topic = await _topic(request, topic_id)
    number = page_number(page)
    posts, pages = await queries.topic_posts(
        topic_id, viewer(request), number, settings_of(request).page_size
    )
    return TopicDetailOut(
        id=topic["id"],
        space=topic["space.slug"],
        title=topic["title"],
        author=topic["author_name"],
        locked=bool(topic["locked"]),
        status=topic["status"],
        posts=await _posts_out(posts),
        page=number,
        pages=pages,
    )


@post("/api/topics/{topic_id:int}/posts", guards=[member], status_code=201, tags=["posting"])
async def create_reply(
    request: Request,
    topic_id: Id,
    data: JSONBody[ReplyIn],
    channels: NamedDependency[ChannelsPlugin],
) -> CreatedOut:
    """Reply in a topic; ``parent_id`` makes it a reply to one post."""
    submitted = await submitting.submit_reply(
        viewer(request),
        await _topic(request, topic_id),
        data.body,
        parent_id=data.parent_id,
        max_chars=settings_of(request).max_body_chars,
        confirm_disclosure=data.confirm_disclosure,
        channels=channels,
        pictures=_pictures(request, data),
    )
    return await _created(request, submitted, submitted.post_id, topic_id)


async def _own_post(request: Request, post_id: Id) -> dict[str, Any]:
    found = await queries.post_by_id(post_id)
    if found is None or not queries.can_see_post(found, viewer(request)):
        raise NotFoundException(f"There is no post {post_id}.")
    return found


@get("/api/posts/{post_id:int}", tags=["spaces"])
async def get_post(request: Request, post_id: Id) -> PostOut:
    """One post, if the viewer may see it; its author and moderators also get the original
    text when the policy masked words of it."""
    [shaped] = await _posts_out([await _own_post(request, post_id)])
    original = (await queries.originals([post_id], viewer(request))).get(post_id)
    if original:
        shaped.original = original.get("body")
        shaped.masked = masked_out(original.get("masked", []))
    return shaped


@patch("/api/posts/{post_id:int}", guards=[member], tags=["posting"])
async def edit_post(
    request: Request,
    post_id: Id,
    data: JSONBody[MessageIn],
    channels: NamedDependency[ChannelsPlugin],
) -> CreatedOut:
    """Edit one's own post; the earlier text is kept as a revision."""
    submitted = await editing.edit_post(
        viewer(request),
        await _own_post(request, post_id),
        data.body,
        max_chars=settings_of(request).max_body_chars,
        confirm_disclosure=data.confirm_disclosure,
        channels=channels,
    )
    return CreatedOut(
        id=post_id,
        status=submitted.status,
        topic_id=submitted.topic_id,
        masked=masked_out(submitted.decision.masked),
    )


@delete("/api/posts/{post_id:int}", guards=[member], status_code=204, tags=["posting"])
async def delete_post(
    request: Request, post_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> None:
    """Withdraw one's own post (kept for the record, hidden from everyone)."""
    await editing.delete_own_post(viewer(request), await _own_post(request, post_id), channels)
