"""The member's notifications, watches and blocks over the API, and pinning for moderators."""

from __future__ import annotations

from datetime import datetime

import msgspec
from litestar import Request, delete, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, JSONBody

from forum.accounts.members import Account
from forum.desk import sanctions
from forum.errors import ForumError
from forum.notifying import blocking, inbox, watching
from forum.reading import queries
from forum.storage.member_tables import WatchLevel
from forum.web.guards import member, moderator
from forum.web.request import Cursor, Id, viewer


class NotificationOut(msgspec.Struct):
    """One notification: what happened, where to see it, and whether it was read."""

    id: int
    kind: str
    message: str
    link: str
    created: datetime
    read: bool


class NotificationsOut(msgspec.Struct):
    """A page of notifications, newest first; ``next`` is the ``before`` of the next page."""

    items: list[NotificationOut]
    unread: int
    next: int | None


class ReadIn(msgspec.Struct):
    """Which notifications to mark read: ``ids``, or ``all``."""

    ids: list[int] | None = None
    all: bool = False


class ReadOut(msgspec.Struct):
    """How many notifications changed, and how many are still unread."""

    marked: int
    unread: int


class WatchIn(msgspec.Struct):
    """``watching`` (the default: every new post notifies) or ``muted`` (nothing does)."""

    level: str = WatchLevel.watching.value


class WatchOut(msgspec.Struct):
    """The member's level now: watching, muted, or "" (neither)."""

    level: str


class BlockOut(msgspec.Struct):
    """Whether the member now blocks that username."""

    username: str
    blocked: bool


class PinOut(msgspec.Struct):
    """Whether the topic is now pinned."""

    topic: int
    pinned: bool


def _me(request: Request) -> Account:
    account = viewer(request)
    assert account is not None  # the member guard ran
    return account


PAGE = 50


@get("/api/me/notifications", guards=[member], tags=["account"])
async def list_notifications(request: Request, before: Cursor = None) -> NotificationsOut:
    """Your notifications, newest first: replies, mentions, watched posts, moderators' notices."""
    me = _me(request)
    rows = await inbox.listing(me, PAGE, before)
    items = [
        NotificationOut(
            r["id"], r["kind"], r["message"], r["link"], r["created"], r["read_at"] is not None
        )
        for r in rows
    ]
    more = rows[-1]["id"] if len(rows) == PAGE else None
    return NotificationsOut(items, await inbox.unread_count(me), more)


@post("/api/me/notifications/read", guards=[member], status_code=200, tags=["account"])
async def read_notifications(request: Request, data: JSONBody[ReadIn]) -> ReadOut:
    """Mark notifications read: ``{"ids": [...]}`` or ``{"all": true}``."""
    me = _me(request)
    if data.all and data.ids is not None:
        raise ForumError('Send either "ids" or "all", not both.')
    ids = None if data.all else inbox.check_ids(data.ids)
    marked = await inbox.mark_read(me.id, ids)
    return ReadOut(marked, await inbox.unread_count(me))


def _level(data: WatchIn | None) -> str:
    level = data.level if data is not None else WatchLevel.watching.value
    if level not in watching.LEVELS:
        raise ForumError('The level is "watching" or "muted".')
    return level


async def _topic_id(request: Request, topic_id: int) -> int:
    if await queries.topic_by_id(topic_id, viewer(request)) is None:
        raise NotFoundException("There is no topic with that number.")
    return topic_id


async def _space_id(slug: str) -> int:
    space = await queries.space_by_slug(slug)
    if space is None:
        raise NotFoundException(f"There is no space called {slug!r}.")
    return space["id"]


@post("/api/topics/{topic_id:int}/watch", guards=[member], status_code=200, tags=["account"])
async def watch_topic(
    request: Request, topic_id: Id, data: JSONBody[WatchIn | None] = None
) -> WatchOut:
    """Watch a topic (every new post notifies you) or mute it (``{"level": "muted"}``)."""
    level = _level(data)
    await watching.set_level(_me(request).id, level, topic_id=await _topic_id(request, topic_id))
    return WatchOut(level)


@delete("/api/topics/{topic_id:int}/watch", guards=[member], status_code=200, tags=["account"])
async def unwatch_topic(request: Request, topic_id: Id) -> WatchOut:
    """Neither watch nor mute a topic any more."""
    await watching.set_level(_me(request).id, None, topic_id=await _topic_id(request, topic_id))
    return WatchOut("")


@post("/api/spaces/{slug:str}/watch", guards=[member], status_code=200, tags=["account"])
async def watch_space(
    request: Request, slug: FromPath[str], data: JSONBody[WatchIn | None] = None
) -> WatchOut:
    """Watch a space (every new topic and post notifies you) or mute it."""
    level = _level(data)
    await watching.set_level(_me(request).id, level, space_id=await _space_id(slug))
    return WatchOut(level)


@delete("/api/spaces/{slug:str}/watch", guards=[member], status_code=200, tags=["account"])
async def unwatch_space(request: Request, slug: FromPath[str]) -> WatchOut:
    """Neither watch nor mute a space any more."""
    await watching.set_level(_me(request).id, None, space_id=await _space_id(slug))
    return WatchOut("")


async def _member(username: str) -> dict:
    found = await blocking.target_of(username)
    if found is None:
        raise NotFoundException(f"There is no member called {username!r}.")
    return found


@post("/api/members/{username:str}/block", guards=[member], status_code=200, tags=["account"])
async def block_member(request: Request, username: FromPath[str]) -> BlockOut:
    """Block a member: their posts are collapsed for you and they cannot notify you."""
    found = await _member(username)
    await blocking.block(_me(request).id, found["id"])
    return BlockOut(found["username"], True)


@delete("/api/members/{username:str}/block", guards=[member], status_code=200, tags=["account"])
async def unblock_member(request: Request, username: FromPath[str]) -> BlockOut:
    """Stop blocking a member."""
    found = await _member(username)
    await blocking.unblock(_me(request).id, found["id"])
    return BlockOut(found["username"], False)


@post("/api/topics/{topic_id:int}/pin", guards=[moderator], status_code=200, tags=["moderation"])
async def pin_topic(
    request: Request, topic_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> PinOut:
    """Pin a topic to the top of its space (logged)."""
    await sanctions.set_pinned(_me(request), topic_id, True, channels)
    return PinOut(topic_id, True)


@delete("/api/topics/{topic_id:int}/pin", guards=[moderator], status_code=200, tags=["moderation"])
async def unpin_topic(
    request: Request, topic_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> PinOut:
    """Unpin a topic (logged)."""
    await sanctions.set_pinned(_me(request), topic_id, False, channels)
    return PinOut(topic_id, False)
