"""Watching and muting topics and spaces, and how far a member has read each topic."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from forum.storage import db
from forum.storage.member_tables import ReadPosition, Watch, WatchLevel
from forum.storage.tables import Post, PostStatus, Topic

LEVELS = {level.value for level in WatchLevel}


def _target(topic_id: int | None, space_id: int | None) -> Any:
    if topic_id is not None:
        return Watch.topic == topic_id
    return Watch.space == space_id


async def level_of(
    user_id: int, *, topic_id: int | None = None, space_id: int | None = None
) -> str:
    """'watching', 'muted' or '' (neither) for one topic or space."""
    row = (
        await Watch.select(Watch.level)
        .where(Watch.user == user_id, _target(topic_id, space_id))
        .first()
    )
    return row["level"] if row else ""


async def put(
    user_id: int, level: str, *, topic_id: int | None = None, space_id: int | None = None
) -> None:
    """Inside or outside a transaction: set the member's level for a topic or space."""
    if level not in LEVELS:
        raise ValueError(f"unknown watch level {level!r}")
    # One statement (an upsert on the partial unique index), not a read then a write: it runs
    # inside the posting transaction, which every other writer waits for.
    target = "topic" if topic_id is not None else "space"
    await Watch.raw(
        'INSERT INTO watches ("user", topic, space, level, created) VALUES ({}, {}, {}, {}, {}) '
        f'ON CONFLICT ("user", {target}) WHERE {target} IS NOT NULL '
        "DO UPDATE SET level = excluded.level",
        user_id,
        topic_id,
        space_id,
        level,
        datetime.now(UTC),
    )


async def set_level(
    user_id: int, level: str | None, *, topic_id: int | None = None, space_id: int | None = None
) -> None:
    """Watch, mute (``level``) or forget (None) a topic or a space."""
    async with db.write_transaction():
        if level is None:
            await Watch.delete().where(Watch.user == user_id, _target(topic_id, space_id))
        else:
            await put(user_id, level, topic_id=topic_id, space_id=space_id)


async def mark_read(user_id: int, topic_id: int, post_id: int) -> None:
    """Inside a transaction: the member has seen the topic up to ``post_id`` (never goes back)."""
    # One upsert, not a read then a write (see put()).
    await ReadPosition.raw(
        'INSERT INTO read_positions ("user", topic, last_read_post, read_at) '
        'VALUES ({}, {}, {}, {}) ON CONFLICT ("user", topic) DO UPDATE SET '
        "last_read_post = CASE WHEN excluded.last_read_post > read_positions.last_read_post "
        "THEN excluded.last_read_post ELSE read_positions.last_read_post END, "
        "read_at = excluded.read_at",
        user_id,
        topic_id,
        post_id,
        datetime.now(UTC),
    )


async def record_visit(user_id: int, topic_id: int, post_id: int) -> None:
    """A member was shown a topic up to ``post_id``: one short write, skipped when nothing moved."""
    row = (
        await ReadPosition.select(ReadPosition.last_read_post)
        .where(ReadPosition.user == user_id, ReadPosition.topic == topic_id)
        .first()
    )
    if row is not None and row["last_read_post"] >= post_id:
        return
    async with db.write_transaction():
        await mark_read(user_id, topic_id, post_id)


async def last_read(user_id: int, topic_id: int) -> int | None:
    """The newest post of a topic the member was shown, or None if they never opened it."""
    row = (
        await ReadPosition.select(ReadPosition.last_read_post)
        .where(ReadPosition.user == user_id, ReadPosition.topic == topic_id)
        .first()
    )
    return row["last_read_post"] if row else None


async def read_positions(user_id: int, topic_ids: list[int]) -> dict[int, int]:
    """Per topic the member has opened (among these): the newest post they were shown."""
    if not topic_ids:
        return {}
    rows = await ReadPosition.select(ReadPosition.topic, ReadPosition.last_read_post).where(
        ReadPosition.user == user_id, ReadPosition.topic.is_in(topic_ids)
    )
    return {row["topic"]: row["last_read_post"] for row in rows}


async def unread_in_topics(user_id: int, topic_ids: list[int]) -> dict[int, int]:
    """For topics the member has opened: how many visible posts are newer than what they saw."""
    counts: dict[int, int] = {}
    for topic_id, seen in (await read_positions(user_id, topic_ids)).items():
        counts[topic_id] = await Post.count().where(
            Post.topic == topic_id, Post.status == PostStatus.visible.value, Post.id > seen
        )
    return counts


async def muted_topics(user_id: int, topic_ids: list[int]) -> set[int]:
    """Which of these topics the member muted."""
    if not topic_ids:
        return set()
    rows = await Watch.select(Watch.topic).where(
        Watch.user == user_id,
        Watch.topic.is_in(topic_ids),
        Watch.level == WatchLevel.muted.value,
    )
    return {row["topic"] for row in rows}


async def unread_by_space(user_id: int, since: datetime) -> dict[int, int]:
    """Per space: topics with posts the member has not seen (active since they joined),
    leaving out muted topics and spaces."""
    rows = await Topic.raw(
        "SELECT t.space AS space, COUNT(*) AS unread FROM topics t "
        'LEFT JOIN read_positions r ON r.topic = t.id AND r."user" = {} '
        "WHERE t.status = 'visible' AND t.last_post_at > {} "
        "AND (r.id IS NULL OR t.last_post_at > r.read_at) "
        'AND NOT EXISTS (SELECT 1 FROM watches w WHERE w."user" = {} '
        "AND w.level = 'muted' AND (w.topic = t.id OR w.space = t.space)) "
        "GROUP BY t.space",
        user_id,
        since,
        user_id,
    )
    return {row["space"]: row["unread"] for row in rows}


def first_unread_in(ordered_ids: list[int], seen: int | None) -> int | None:
    """The first post (in thread order) newer than what the member saw, or None."""
    if seen is None:
        return ordered_ids[0] if ordered_ids else None
    return next((post_id for post_id in ordered_ids if post_id > seen), None)
