"""Admins' settings of a space: who may start topics (and post board and chat messages) and
who may reply — every member, or staff only. Each change is logged."""

from __future__ import annotations

from dataclasses import dataclass

from forum import page_cache
from forum.desk import modlog
from forum.errors import Missing
from forum.storage import db
from forum.storage.tables import Posters, Space


@dataclass(frozen=True)
class SpacePosters:
    """Who may post in a space after a change."""

    slug: str
    who_starts: str
    who_replies: str
    changed: bool


async def set_posters(
    slug: str,
    who_starts: Posters | None,
    who_replies: Posters | None,
    actor: int | None = None,
    reason: str = "",
) -> SpacePosters:
    """Set who may start and who may reply in a space (None keeps a setting as it is)."""
    async with db.write_transaction():
        row = (
            await Space.select(Space.id, Space.who_starts, Space.who_replies)
            .where(Space.slug == slug)
            .first()
        )
        if row is None:
            raise Missing(f"There is no space called {slug[:64]!r}.")
        starts = Posters(who_starts or row["who_starts"]).value
        replies = Posters(who_replies or row["who_replies"]).value
        changed = (starts, replies) != (row["who_starts"], row["who_replies"])
        if changed:
            await Space.update({Space.who_starts: starts, Space.who_replies: replies}).where(
                Space.id == row["id"]
            )
            await modlog.record(
                "space_posters",
                actor=actor,
                reason=reason[:500],
                details={"space": slug, "who_starts": starts, "who_replies": replies},
            )
    if changed:  # composers and "start a topic" buttons show or hide on every page
        await page_cache.invalidate(page_cache.SITE, page_cache.space_scope(slug))
    return SpacePosters(slug, starts, replies, changed)
