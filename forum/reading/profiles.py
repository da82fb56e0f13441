"""What anyone may see of a member on their profile page: never the email or other personal
data."""

from __future__ import annotations

from typing import Any

from forum.reading.queries import POST_COLUMNS, finish_posts
from forum.storage.tables import AccountStatus, Post, PostStatus, User


async def public_profile(username: str) -> dict[str, Any] | None:
    """What anyone may see of a member: never the email or other personal data."""
    row = (
        await User.select(User.id, User.username, User.role, User.bio, User.created, User.status)
        .where(User.username == username, User.status != AccountStatus.deleted.value)
        .first()
    )
    if row is None:
        return None
    row["post_count"] = await Post.count().where(
        Post.author == row["id"], Post.status == PostStatus.visible.value
    )
    return row


async def recent_posts_by(user_id: int, limit: int = 20) -> list[dict[str, Any]]:
    """A member's latest visible posts for their profile page."""
    rows = (
        await Post.select(*POST_COLUMNS, Post.space.slug, Post.topic.title)
        .where(Post.author == user_id, Post.status == PostStatus.visible.value)
        .order_by(Post.id, ascending=False)
        .limit(limit)
    )
    return finish_posts(rows)
