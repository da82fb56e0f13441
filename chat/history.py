"""Reading a room's messages from the database: history on join, catch-up after a reconnect.

Chat messages are posts in a space of kind ``chat`` with no topic. Pages are keyset
queries on the post id (never OFFSET), so a deep resume costs the same as a shallow one.
"""

from __future__ import annotations

from typing import Any

from piccolo.columns.combination import Or

from forum.accounts.members import Account
from forum.events import post_event
from forum.reading.queries import author_name
from forum.storage.tables import Post, PostStatus, Space, SpaceKind

RESUME_LIMIT = 200

_COLUMNS = (
    Post.id,
    Post.body,
    Post.html,
    Post.status,
    Post.created,
    Post.author.id,
    Post.author.username,
    Post.author.status,
)


async def chat_room(slug: str) -> dict[str, Any] | None:
    """The chat space called ``slug`` (id, slug, title), or None."""
    return (
        await Space.select(Space.id, Space.slug, Space.title, Space.kind)
        .where(Space.slug == slug, Space.kind == SpaceKind.chat.value)
        .first()
    )


def _readable(viewer: Account | None) -> Any:
    """Visible messages, plus the viewer's own messages waiting for review."""
    if viewer is None:
        return Post.status == PostStatus.visible.value
    return Or(
        Post.status == PostStatus.visible.value,
        (Post.status == PostStatus.pending.value) & (Post.author == viewer.id),
    )


def _query(room: dict[str, Any], viewer: Account | None) -> Any:
    return Post.select(*_COLUMNS).where(
        Post.space == room["id"], Post.topic.is_null(), _readable(viewer)
    )


def message_frame(room: str, row: dict[str, Any]) -> dict[str, Any]:
    """A ``message`` frame for a post row (``status`` only when it is not public yet)."""
    event = post_event(
        post_id=row["id"],
        topic_id=None,
        space_slug=room,
        author=author_name(row),
        body=row["body"],
        html=row["html"],
        created=row["created"],
    )
    return frame_from_event(event, row["status"])


def frame_from_event(event: dict[str, Any], status: str = PostStatus.visible.value) -> dict:
    """Turn a ``post`` event from the space channel into the ``message`` frame clients get."""
    frame = {
        "type": "message",
        "id": event["id"],
        "room": event["room"],
        "author": event["author"],
        "body": event["body"],
        "html": event["html"],
        "created": event["created"],
    }
    if status != PostStatus.visible.value:
        frame["status"] = status
    return frame


async def recent(
    room: dict[str, Any], viewer: Account | None, limit: int
) -> tuple[list[dict], bool]:
    """The last ``limit`` messages, oldest first, and whether there are older ones."""
    rows = await _query(room, viewer).order_by(Post.id, ascending=False).limit(limit + 1)
    more = len(rows) > limit
    return [message_frame(room["slug"], r) for r in reversed(rows[:limit])], more


async def after(
    room: dict[str, Any], viewer: Account | None, after_id: int, limit: int = RESUME_LIMIT
) -> tuple[list[dict], bool]:
    """Messages newer than ``after_id``, oldest first, and whether more follow."""
    rows = await _query(room, viewer).where(Post.id > after_id).order_by(Post.id).limit(limit + 1)
    more = len(rows) > limit
    return [message_frame(room["slug"], r) for r in rows[:limit]], more


async def visible_message(room: dict[str, Any], post_id: int) -> dict[str, Any] | None:
    """One public message of the room as a frame, or None (removed, held, elsewhere)."""
    row = await _query(room, None).where(Post.id == post_id).first()
    return message_frame(room["slug"], row) if row else None


async def visible_since(room: dict[str, Any], floor: int, limit: int = RESUME_LIMIT) -> list[int]:
    """Ids of public messages newer than ``floor`` (the safety net after a pub/sub outage)."""
    rows = (
        await Post.select(Post.id)
        .where(
            Post.space == room["id"],
            Post.topic.is_null(),
            Post.status == PostStatus.visible.value,
            Post.id > floor,
        )
        .order_by(Post.id)
        .limit(limit)
    )
    return [r["id"] for r in rows]


async def hidden_among(ids: list[int]) -> list[int]:
    """Which of these message ids are no longer public (removed or held since)."""
    if not ids:
        return []
    rows = await Post.select(Post.id).where(
        Post.id.is_in(ids), Post.status != PostStatus.visible.value
    )
    return [r["id"] for r in rows]


async def latest_id(room: dict[str, Any]) -> int:
    """The id of the newest public message of the room (0 when empty)."""
    row = (
        await Post.select(Post.id)
        .where(
            Post.space == room["id"],
            Post.topic.is_null(),
            Post.status == PostStatus.visible.value,
        )
        .order_by(Post.id, ascending=False)
        .first()
    )
    return row["id"] if row else 0
