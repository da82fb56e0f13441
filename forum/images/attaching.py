"""Staged images onto their target, in the target's own transaction; what a target shows.

``attach(ids, owner, target_kind, target_id)`` is all another kind of content needs (a
private message: ``attach(ids, author.id, "message", message.id)``, and a visibility rule
registered in ``forum.images.visibility``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from forum.errors import ForumError
from forum.images import metadata
from forum.images.processing import EXTENSIONS, THUMBNAIL
from forum.storage.image_tables import Image, ImageStatus

IMAGE_DISCLOSURE_MESSAGE = (
    "Your picture carried information about you. We removed it from the picture, which is "
    "published without it; the picture itself may still show where you are."
)


class ImageDisclosureRequired(ForumError):
    """An upload carried a location or a camera serial: the author sees what was removed
    and confirms before anything is published (``confirm_image_metadata``)."""

    status_code = 422
    code = "image_disclosure"

    def __init__(self, found: list[dict[str, Any]], image_ids: list[int]) -> None:
        super().__init__(IMAGE_DISCLOSURE_MESSAGE)
        self.found = found
        self.image_ids = image_ids
        self.extra = {"code": self.code, "found": found, "images": image_ids}


def found_in(row: dict[str, Any]) -> list[dict[str, Any]]:
    """What was removed from an image's upload (the JSON column, read on either database)."""
    value = row.get("found")
    return (json.loads(value) if isinstance(value, str) else value) or []


def check_disclosed(images: Sequence[dict[str, Any]], confirmed: bool) -> None:
    """ImageDisclosureRequired when a picture carried a location or a serial, unconfirmed."""
    if confirmed:
        return
    found = [
        {**item, "image": row["id"]} for row in images for item in metadata.telling(found_in(row))
    ]
    if found:
        raise ImageDisclosureRequired(found, [row["id"] for row in images])


async def attach(image_ids: Sequence[int], owner_id: int, target_kind: str, target_id: int) -> None:
    """Inside the target's write transaction: the owner's staged images now belong to it."""
    if not image_ids:
        return
    # What was found was for the author's eyes before publishing: once attached, the rows keep
    # what kind of thing was removed, never the position or the serial number itself.
    rows = await Image.select(Image.id, Image.found).where(
        Image.id.is_in(list(image_ids)), Image.owner == owner_id
    )
    for row in rows:
        kinds = [{**item, "text": ""} for item in found_in(row)]
        await Image.update({Image.found: kinds}).where(Image.id == row["id"])
    await Image.update(
        {
            Image.status: ImageStatus.attached.value,
            Image.target_kind: target_kind,
            Image.target_id: target_id,
        }
    ).where(
        Image.id.is_in(list(image_ids)),
        Image.owner == owner_id,
        Image.status == ImageStatus.staged.value,
    )


def image_out(row: dict[str, Any]) -> dict[str, Any]:
    """What a page or the API shows of an image: its URLs, size, alt text and status."""
    name = f"{row['sha256']}.{EXTENSIONS[row['format']]}"
    scale = min(1.0, THUMBNAIL[0] / max(row["width"], row["height"], 1))
    return {
        "id": row["id"],
        "url": f"/img/{name}",
        "thumbnail": f"/img/t/{name}",
        "width": row["width"],
        "height": row["height"],
        "thumb_width": max(1, round(row["width"] * scale)),
        "thumb_height": max(1, round(row["height"] * scale)),
        "alt": row["alt"],
        "status": row["status"],
        "found": [item["label"] for item in found_in(row)],
    }


async def for_targets(
    target_kind: str, target_ids: Sequence[int], removed_too: bool = False
) -> dict[int, list[dict[str, Any]]]:
    """The images of these targets by target id, oldest first (removed ones for staff)."""
    if not target_ids:
        return {}
    statuses = [ImageStatus.attached.value]
    if removed_too:
        statuses.append(ImageStatus.removed.value)
    rows = (
        await Image.select()
        .where(
            Image.target_kind == target_kind,
            Image.target_id.is_in(list(target_ids)),
            Image.status.is_in(statuses),
        )
        .order_by(Image.id)
    )
    grouped: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(row["target_id"], []).append(image_out(row))
    return grouped
