"""The read side: what a viewer may see of spaces, topics, posts and members."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from piccolo.columns.combination import Or, WhereRaw

from forum.accounts.members import DELETED_NAME, Account
from forum.storage.prepared import Prepared
from forum.storage.tables import AccountStatus, Post, PostStatus, Space, SpaceKind, Topic

_SPACE_COLUMNS = (
    Space.id,
    Space.slug,
    Space.title,
    Space.description,
    Space.kind,
    Space.who_starts,
    Space.who_replies,
)


@dataclass(frozen=True)
class Page:
    """A slice of a list with the cursors to its neighbours."""

    items: list[dict[str, Any]]
    next_cursor: str | None = None


def author_name(row: dict[str, Any], prefix: str = "author") -> str:
    """The name to show for a post's author ("deleted member" once the account is gone)."""
    if row.get(f"{prefix}.status") == AccountStatus.deleted.value:
        return DELETED_NAME
    return row[f"{prefix}.username"]


def _visible_to(viewer: Account | None, status_col: Any, author_col: Any) -> Any:
    """Where-clause: visible rows, plus the viewer's own pending ones; moderators see all."""
    if viewer is not None and viewer.is_moderator:
        return WhereRaw("1 = 1")
    if viewer is None:
        return status_col == PostStatus.visible.value
    return Or(
        status_col == PostStatus.visible.value,
        (status_col == PostStatus.pending.value) & (author_col == viewer.id),
    )


async def spaces_by_kind() -> dict[str, list[dict[str, Any]]]:
    """All spaces, grouped by kind in the order forums, boards, news groups, chat."""
    rows = await Space.select(*_SPACE_COLUMNS).order_by(Space.position).order_by(Space.slug)
    grouped: dict[str, list[dict[str, Any]]] = {kind.value: [] for kind in SpaceKind}
    for row in rows:
        grouped[row["kind"]].append(row)
    return grouped


# Prepared (forum.storage.prepared): every post to a space and every space page reads it.
_SPACE_BY_SLUG = Prepared(
    lambda slug: Space.select(*_SPACE_COLUMNS).where(Space.slug == slug).limit(1)
)


async def space_by_slug(slug: str) -> dict[str, Any] | None:
    """One space by its slug, or None."""
    return await _SPACE_BY_SLUG.first(slug)


_TOPIC_COLUMNS = (
    Topic.id,
    Topic.title,
    Topic.status,
    Topic.locked,
    Topic.pinned,
    Topic.post_count,
    Topic.created,
    Topic.last_post_at,
    Topic.space,
    Topic.author.username,
    Topic.author.status,
)


def _cursor(when: datetime, row_id: int) -> str:
    return f"{when.isoformat()}_{row_id}"


def parse_cursor(cursor: str | None) -> tuple[datetime, int] | None:
    """Turn a ``<iso time>_<id>`` cursor back into its parts (None when absent or malformed)."""
    if not cursor:
        return None
    when, _, row_id = cursor.rpartition("_")
    try:
        return datetime.fromisoformat(when), int(row_id)
    except ValueError:
        return None


async def topic_list(space_id: int, viewer: Account | None, cursor: str | None, limit: int) -> Page:
    """Topics of a space, latest activity first (keyset pagination by activity, id); the first
    page starts with the pinned topics."""
    visible = _visible_to(viewer, Topic.status, Topic.author)
    pinned: list[dict[str, Any]] = []
    if not cursor:
        pinned = await (
            Topic.select(*_TOPIC_COLUMNS)
            .where(Topic.space == space_id, visible, Topic.pinned.eq(True))
            .order_by(Topic.last_post_at, Topic.id, ascending=False)
        )
    query = Topic.select(*_TOPIC_COLUMNS).where(
        Topic.space == space_id, visible, Topic.pinned.eq(False)
    )
    if (after := parse_cursor(cursor)) is not None:
        # A row-value comparison is one range scan of the (space, last_post_at, id) index;
        # the equivalent OR reads every newer topic first.
        query = query.where(WhereRaw('("topics"."last_post_at", "topics"."id") < ({}, {})', *after))
    rows = await query.order_by(Topic.last_post_at, Topic.id, ascending=False).limit(limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1] if rows and more else None
    rows = pinned + rows
    for row in rows:
        row["author_name"] = author_name(row, "author")
    return Page(rows, _cursor(last["last_post_at"], last["id"]) if last else None)


def _topic_query(visibility: Any) -> Any:
    return (
        Topic.select(
            *_TOPIC_COLUMNS,
            Topic.author.id,
            Topic.space.slug,
            Topic.space.title,
            Topic.space.kind,
            Topic.space.who_replies,
        )
        .where(visibility)
        .limit(1)
    )


# Prepared (forum.storage.prepared): every reply and every member's topic page reads its topic.
_TOPIC_FOR_VISITOR = Prepared(
    lambda topic_id: _topic_query((Topic.id == topic_id) & _visible_to(None, Topic.status, None))
)
_TOPIC_FOR_MODERATOR = Prepared(lambda topic_id: _topic_query(Topic.id == topic_id))
_TOPIC_FOR_MEMBER = Prepared(
    lambda topic_id, viewer_id: _topic_query(
        (Topic.id == topic_id)
        & Or(
            Topic.status == PostStatus.visible.value,
            (Topic.status == PostStatus.pending.value) & (Topic.author == viewer_id),
        )
    )
)


async def topic_by_id(topic_id: int, viewer: Account | None) -> dict[str, Any] | None:
    """A topic the viewer may see, with its space, or None."""
    if viewer is None:
        row = await _TOPIC_FOR_VISITOR.first(topic_id)
    elif viewer.is_moderator:
        row = await _TOPIC_FOR_MODERATOR.first(topic_id)
    else:
        row = await _TOPIC_FOR_MEMBER.first(topic_id, viewer.id)
    if row:
        row["author_name"] = author_name(row, "author")
    return row


POST_COLUMNS = (
    Post.id,
    Post.space,
    Post.topic,
    Post.parent,
    Post.body,
    Post.html,
    Post.status,
    Post.article_number,
    Post.created,
    Post.edited,
    Post.author.id,
    Post.author.username,
    Post.author.status,
)


def finish_posts(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Posts as rows with the name to show for their author (a deleted member's is hidden)."""
    for row in rows:
        row["author_name"] = author_name(row, "author")
    return rows


def thread_order(pairs: list[tuple[int, int | None]]) -> list[tuple[int, int]]:
    """Order posts depth-first by reply (oldest first at each level): (id, depth) pairs."""
    children: dict[int | None, list[int]] = {}
    known = {post_id for post_id, _ in pairs}
    for post_id, parent in sorted(pairs):
        children.setdefault(parent if parent in known else None, []).append(post_id)
    ordered: list[tuple[int, int]] = []
    stack = [(post_id, 0) for post_id in reversed(children.get(None, []))]
    while stack:
        post_id, depth = stack.pop()
        ordered.append((post_id, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(post_id, [])))
    return ordered


async def topic_post_order(topic_id: int, viewer: Account | None) -> list[tuple[int, int]]:
    """The (id, depth) of every post of a topic the viewer may see, in thread order."""
    pairs = await Post.select(Post.id, Post.parent).where(
        Post.topic == topic_id, _visible_to(viewer, Post.status, Post.author)
    )
    return thread_order([(p["id"], p["parent"]) for p in pairs])


async def topic_posts(
    topic_id: int, viewer: Account | None, page: int, per_page: int
) -> tuple[list[dict[str, Any]], int]:
    """One page of a topic's posts in thread order, each with its depth; and the page count."""
    ordered = await topic_post_order(topic_id, viewer)
    pages = max(1, -(-len(ordered) // per_page))
    window = ordered[(page - 1) * per_page : page * per_page]
    if not window:
        return [], pages
    depth = dict(window)
    rows = await Post.select(*POST_COLUMNS).where(Post.id.is_in(list(depth)))
    by_id = {row["id"]: row for row in finish_posts(rows)}
    result = []
    for post_id, level in window:
        row = by_id[post_id]
        row["depth"] = min(level, 8)
        result.append(row)
    return result, pages


async def space_messages(
    space_id: int, viewer: Account | None, before: int | None, limit: int
) -> list[dict[str, Any]]:
    """Board or chat messages of a space, newest first, older than ``before`` when given."""
    query = Post.select(*POST_COLUMNS).where(
        Post.space == space_id,
        Post.topic.is_null(),
        _visible_to(viewer, Post.status, Post.author),
    )
    if before is not None:
        query = query.where(Post.id < before)
    return finish_posts(await query.order_by(Post.id, ascending=False).limit(limit))


async def post_by_id(post_id: int) -> dict[str, Any] | None:
    """A post with its author and space, whatever its status (callers check visibility)."""
    row = (
        await Post.select(*POST_COLUMNS, Post.space.slug, Post.space.kind)
        .where(Post.id == post_id)
        .first()
    )
    if row:
        row["author_name"] = author_name(row, "author")
    return row


def can_see_post(post: dict[str, Any], viewer: Account | None) -> bool:
    """Whether a viewer may read a post in its current status."""
    if post["status"] == PostStatus.visible.value:
        return True
    if viewer is None:
        return False
    if viewer.is_moderator:
        return True
    return post["status"] == PostStatus.pending.value and post["author.id"] == viewer.id


async def originals(post_ids: list[int], viewer: Account | None) -> dict[int, dict[str, Any]]:
    """The author's own text of posts the policy masked, by post id: a member gets those of
    their own posts, a moderator all; nobody else ever reads ``Post.original``."""
    if viewer is None or not post_ids:
        return {}
    query = Post.select(Post.id, Post.original).where(
        Post.id.is_in(post_ids), Post.original.is_not_null()
    )
    if not viewer.is_moderator:
        query = query.where(Post.author == viewer.id)
    found = {}
    for row in await query:
        value = row["original"]
        found[row["id"]] = json.loads(value) if isinstance(value, str) else value
    return {k: v for k, v in found.items() if v}
