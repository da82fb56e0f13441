"""The news server's read side: groups and their visible articles, nothing else.

Only posts that are visible, in a visible topic, in a news group and numbered are
articles; pending and removed posts do not exist as far as a newsreader can tell.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from piccolo.query.functions.aggregate import Count, Max, Min

from forum.reading.queries import author_name
from forum.storage.tables import Post, Posters, PostStatus, Space, SpaceKind

MAX_REFERENCES = 20  # keep References short (RFC 5536 §3.4.4): the root and the nearest


@dataclass(frozen=True)
class Group:
    """A news group with its visible article count and water marks."""

    id: int
    slug: str
    title: str
    description: str
    created: datetime
    count: int
    low: int
    high: int
    staff_only: bool = False  # new threads from staff only (community.announce, say)


_ROW_COLUMNS = (
    Post.id,
    Post.topic,
    Post.parent,
    Post.body,
    Post.article_number,
    Post.created,
    Post.author.username,
    Post.author.status,
    Post.topic.title,
    Post.space.slug,
)


def _visible() -> tuple[Any, ...]:
    return (
        Post.status == PostStatus.visible.value,
        Post.topic.status == PostStatus.visible.value,
        Post.article_number.is_not_null(),
    )


async def _groups(where: Any = None) -> list[Group]:
    query = Space.select(
        Space.id,
        Space.slug,
        Space.title,
        Space.description,
        Space.created,
        Space.next_article,
        Space.who_starts,
    ).where(Space.kind == SpaceKind.newsgroup.value)
    if where is not None:
        query = query.where(where)
    spaces = await query.order_by(Space.slug)
    if not spaces:
        return []
    stats = await (
        Post.select(
            Post.space,
            Count(alias="total"),
            Min(Post.article_number, alias="low"),
            Max(Post.article_number, alias="high"),
        )
        .where(Post.space.is_in([s["id"] for s in spaces]), *_visible())
        .group_by(Post.space)
    )
    by_space = {row["space"]: row for row in stats}
    groups = []
    for space in spaces:
        stat = by_space.get(space["id"])
        if stat and stat["total"]:
            count, low, high = stat["total"], stat["low"], stat["high"]
        else:  # an empty group reports high = low - 1 (RFC 3977 §6.1.1.2)
            count, low, high = 0, space["next_article"], space["next_article"] - 1
        info = {k: space[k] for k in ("id", "slug", "title", "description", "created")}
        staff_only = space["who_starts"] == Posters.staff.value
        groups.append(Group(**info, count=count, low=low, high=high, staff_only=staff_only))
    return groups


async def list_groups() -> list[Group]:
    """Every news group, by name."""
    return await _groups()


async def find_group(name: str) -> Group | None:
    """One news group by its name, or None."""
    found = await _groups(Space.slug == name)
    return found[0] if found else None


async def groups_created_since(since: datetime) -> list[Group]:
    """News groups created at or after a moment (NEWGROUPS)."""
    return await _groups(Space.created >= since)


async def article_numbers(group_id: int, low: int, high: int) -> list[int]:
    """The visible article numbers of a group within an inclusive range, ascending."""
    rows = await (
        Post.select(Post.article_number)
        .where(Post.space == group_id, *_visible())
        .where(Post.article_number >= low, Post.article_number <= high)
        .order_by(Post.article_number)
    )
    return [row["article_number"] for row in rows]


async def has_articles(group_id: int, low: int, high: int) -> bool:
    """Whether a group has a visible article within an inclusive range."""
    return await Post.exists().where(
        Post.space == group_id,
        *_visible(),
        Post.article_number >= low,
        Post.article_number <= high,
    )


async def neighbour(group_id: int, number: int, forward: bool) -> int | None:
    """The next (or previous) visible article number after ``number``, or None."""
    query = Post.select(Post.article_number).where(Post.space == group_id, *_visible())
    if forward:
        query = query.where(Post.article_number > number)
    else:
        query = query.where(Post.article_number < number)
    row = await query.order_by(Post.article_number, ascending=forward).first()
    return row["article_number"] if row else None


async def _threaded(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``references`` (ancestor post ids, root first) and ``is_start`` to each row."""
    topics = list({row["topic"] for row in rows})
    if not topics:
        return rows
    pairs = await Post.select(Post.id, Post.parent, Post.topic).where(Post.topic.is_in(topics))
    parent_of = {p["id"]: p["parent"] for p in pairs}
    first: dict[int, int] = {}
    for p in pairs:
        first[p["topic"]] = min(first.get(p["topic"], p["id"]), p["id"])
    for row in rows:
        chain: list[int] = []
        current = row["parent"]
        while current is not None and current not in chain:
            chain.append(current)
            current = parent_of.get(current)
        chain.reverse()
        start = first[row["topic"]]
        row["is_start"] = row["id"] == start
        if not row["is_start"] and (not chain or chain[0] != start):
            chain.insert(0, start)
        if len(chain) > MAX_REFERENCES:
            chain = [chain[0], *chain[-(MAX_REFERENCES - 1) :]]
        row["references"] = chain
        row["author_name"] = author_name(row, "author")
    return rows


async def article_rows(group_id: int, low: int, high: int, limit: int) -> list[dict[str, Any]]:
    """Up to ``limit`` visible articles of a group within a range, by number."""
    rows = await (
        Post.select(*_ROW_COLUMNS)
        .where(Post.space == group_id, *_visible())
        .where(Post.article_number >= low, Post.article_number <= high)
        .order_by(Post.article_number)
        .limit(limit)
    )
    return await _threaded(rows)


async def article_by_number(group_id: int, number: int) -> dict[str, Any] | None:
    """A visible article of a group by number, or None."""
    rows = await article_rows(group_id, number, number, 1)
    return rows[0] if rows else None


async def article_by_post(post_id: int) -> dict[str, Any] | None:
    """A visible article by post id (from a message-id), or None."""
    row = await (
        Post.select(*_ROW_COLUMNS, Post.space)
        .where(Post.id == post_id, Post.space.kind == SpaceKind.newsgroup.value, *_visible())
        .first()
    )
    return (await _threaded([row]))[0] if row else None


async def posts_since(group_ids: list[int], since: datetime) -> list[int]:
    """Ids of visible articles posted at or after a moment in some groups (NEWNEWS)."""
    if not group_ids:
        return []
    rows = await (
        Post.select(Post.id)
        .where(Post.space.is_in(group_ids), Post.created >= since, *_visible())
        .order_by(Post.id)
    )
    return [row["id"] for row in rows]
