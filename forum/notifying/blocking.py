"""Blocking: a member's posts are collapsed for the blocker, and their replies and mentions
never notify them. Moderation is not blocked: notices from the moderators carry no actor."""

from __future__ import annotations

from datetime import UTC, datetime

from forum.errors import ForumError
from forum.storage import db
from forum.storage.member_tables import Block
from forum.storage.tables import AccountStatus, User


async def target_of(username: str) -> dict | None:
    """The member a username names (not deleted), with id and name, or None."""
    return (
        await User.select(User.id, User.username)
        .where(User.username == username, User.status != AccountStatus.deleted.value)
        .first()
    )


async def block(blocker_id: int, blocked_id: int) -> None:
    """Block a member (again is fine); blocking oneself is refused."""
    if blocker_id == blocked_id:
        raise ForumError("You cannot block yourself.")
    async with db.write_transaction():
        if not await Block.exists().where(Block.blocker == blocker_id, Block.blocked == blocked_id):
            await Block.insert(
                Block(blocker=blocker_id, blocked=blocked_id, created=datetime.now(UTC))
            )


async def unblock(blocker_id: int, blocked_id: int) -> None:
    """Stop blocking a member (not blocking them is fine)."""
    async with db.write_transaction():
        await Block.delete().where(Block.blocker == blocker_id, Block.blocked == blocked_id)


async def blocked_by(blocker_id: int) -> set[int]:
    """The ids of the members someone blocks."""
    rows = await Block.select(Block.blocked).where(Block.blocker == blocker_id)
    return {row["blocked"] for row in rows}


async def blocked_names(blocker_id: int) -> list[str]:
    """The usernames someone blocks, for their account page."""
    rows = await Block.select(Block.blocked.username).where(Block.blocker == blocker_id)
    return sorted(row["blocked.username"] for row in rows)
