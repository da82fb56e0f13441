"""What a reader needs to choose where to go: topic and post counts, and the last activity
(when, by whom) per space and per topic. Public figures: visible posts only."""

from __future__ import annotations

from typing import Any

from forum.reading.queries import author_name
from forum.storage.tables import Post, PostStatus, SpaceKind, Topic

_VISIBLE = PostStatus.visible.value


async def _last_posts(post_ids: list[int]) -> dict[int, dict[str, Any]]:
    if not post_ids:
        return {}
    rows = await Post.select(
        Post.id, Post.created, Post.topic, Post.author.username, Post.author.status
    ).where(Post.id.is_in(post_ids))
    for row in rows:
        row["author_name"] = author_name(row, "author")
    return {row["id"]: row for row in rows}


async def last_posters(topic_ids: list[int]) -> dict[int, str]:
    """Per topic, who wrote its latest visible post."""
    if not topic_ids:
        return {}
    marks = ", ".join("{}" for _ in topic_ids)  # placeholders only: the ids are parameters
    latest = await Post.raw(
        f"SELECT MAX(id) AS id FROM posts WHERE topic IN ({marks}) AND status = 'visible' "
        "GROUP BY topic",
        *topic_ids,
    )
    rows = await _last_posts([row["id"] for row in latest])
    return {row["topic"]: row["author_name"] for row in rows.values()}


async def space_figures(spaces: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """Per space: topics, posts, and the last visible post (when, by whom, where)."""
    figures: dict[int, dict[str, Any]] = {}
    last_ids: dict[int, int] = {}
    for space in spaces:
        posts = await Post.count().where(Post.space == space["id"], Post.status == _VISIBLE)
        topics = 0
        if space["kind"] in (SpaceKind.forum.value, SpaceKind.newsgroup.value):
            topics = await Topic.count().where(Topic.space == space["id"], Topic.status == _VISIBLE)
        figures[space["id"]] = {"topics": topics, "posts": posts, "last": None}
        latest = (
            await Post.select(Post.id)
            .where(Post.space == space["id"], Post.status == _VISIBLE)
            .order_by(Post.id, ascending=False)
            .first()
        )
        if latest:
            last_ids[space["id"]] = latest["id"]
    rows = await _last_posts(list(last_ids.values()))
    for space_id, post_id in last_ids.items():
        figures[space_id]["last"] = rows.get(post_id)
    return figures
