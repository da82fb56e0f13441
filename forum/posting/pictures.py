"""A post's pictures on the posting path: after the text is moderated, before it is stored.

The author's staged images are looked up, a location or camera serial they carried is shown
to the author first (``ImageDisclosureRequired``), and the policy's ``images`` category may
hold the post; ``attach`` then runs inside the post's write transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from forum.accounts.members import Account
from forum.desk.moderating import Decision
from forum.errors import ForumError
from forum.images import attaching, holding, intake

DEFAULT_MAX = 4


@dataclass(frozen=True)
class Pictures:
    """What a draft attaches: staged image ids (empty for text-only posts)."""

    ids: Sequence[int] = ()
    confirmed: bool = False  # the author saw what was removed from them
    max_count: int = DEFAULT_MAX


NONE = Pictures()


async def weigh(
    pictures: Pictures, author: Account, surface: str, decision: Decision
) -> tuple[Decision, list[int]]:
    """The decision with the pictures weighed in, and the ids to attach once stored."""
    if not pictures.ids:
        return decision, []
    if len(set(pictures.ids)) > pictures.max_count:
        raise ForumError(
            f"A post may carry at most {pictures.max_count} images; "
            f"this one has {len(set(pictures.ids))}."
        )
    rows = await intake.staged(author, list(dict.fromkeys(pictures.ids)))
    attaching.check_disclosed(rows, pictures.confirmed)
    ids = [row["id"] for row in rows]
    return holding.with_images(decision, author, surface, len(ids)), ids


async def attach(ids: list[int], author: Account, post_id: int) -> None:
    """Inside the post's write transaction: its pictures are attached to it."""
    await attaching.attach(ids, author.id, "post", post_id)
