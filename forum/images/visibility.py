"""Who may see an image: who may see its target (a post today), and never more.

Each kind of target registers one rule: ``rule(target_id, viewer) -> Sight``. A private
message would register ``"message"`` with its participants. An image nobody may see is a
404, the same answer as an image that never existed.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable
from typing import Any

from forum.accounts.members import Account
from forum.reading import queries
from forum.storage.image_tables import Image, ImageStatus
from forum.storage.tables import PostStatus, Topic


class Sight(enum.IntEnum):
    """Hidden; seen by this viewer only (author, staff: never cached by others); public."""

    HIDDEN = 0
    PRIVATE = 1
    PUBLIC = 2


Rule = Callable[[int, Account | None], Awaitable[Sight]]
RULES: dict[str, Rule] = {}


def register(target_kind: str, rule: Rule) -> None:
    """Say who may see the images of one kind of target."""
    RULES[target_kind] = rule


async def post_sight(post_id: int, viewer: Account | None) -> Sight:
    """A post's image is public when the post and its topic are; else its author and staff."""
    post = await queries.post_by_id(post_id)
    if post is None or not queries.can_see_post(post, viewer):
        return Sight.HIDDEN
    public = post["status"] == PostStatus.visible.value
    if public and post["topic"] is not None:
        topic = await Topic.select(Topic.status).where(Topic.id == post["topic"]).first()
        public = topic is not None and topic["status"] == PostStatus.visible.value
        if not public and not _owner_or_staff(post["author.id"], viewer):
            return Sight.HIDDEN
    return Sight.PUBLIC if public else Sight.PRIVATE


register("post", post_sight)


def _owner_or_staff(owner_id: int, viewer: Account | None) -> bool:
    return viewer is not None and (viewer.id == owner_id or viewer.is_moderator)


async def _row_sight(row: dict[str, Any], viewer: Account | None) -> Sight:
    if row["status"] == ImageStatus.staged.value:
        return Sight.PRIVATE if viewer is not None and viewer.id == row["owner"] else Sight.HIDDEN
    if row["status"] == ImageStatus.removed.value:  # kept for the log: staff only
        return Sight.PRIVATE if viewer is not None and viewer.is_moderator else Sight.HIDDEN
    rule = RULES.get(row["target_kind"] or "")
    return Sight.HIDDEN if rule is None else await rule(row["target_id"], viewer)


async def sight(sha256: str, fmt: str, viewer: Account | None) -> Sight:
    """How far the picture with this sha256 (one file, maybe many rows) may be served."""
    rows = await Image.select(Image.owner, Image.status, Image.target_kind, Image.target_id).where(
        Image.sha256 == sha256, Image.format == fmt
    )
    best = Sight.HIDDEN
    for row in rows:
        best = max(best, await _row_sight(row, viewer))
        if best == Sight.PUBLIC:
            break
    return best
