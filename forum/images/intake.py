"""Taking uploads in: processed off the event loop, checked, written, staged for their owner.

A staged image belongs to its owner and no post yet; the composer keeps its id across a
warning or an error (the file input of a page without JavaScript would be empty again),
and ``attaching.attach`` moves it onto the post in the post's own transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import anyio
from piccolo.query.functions.aggregate import Sum

from forum.accounts.members import Account
from forum.errors import ForumError
from forum.images import files, hashing
from forum.images.processing import Limits, Processed, process
from forum.settings import Settings
from forum.storage import db
from forum.storage.image_tables import Image, ImageStatus

# At most two pictures decode at once per process: a 40-megapixel upload took ~200 MB while it
# was processed (bench/images.py), so this bounds the memory uploads can take together.
_DECODING = anyio.CapacityLimiter(2)
MAX_ALT = 300


@dataclass(frozen=True)
class Upload:
    """One file as it came in: its bytes and the text that describes it (alt text)."""

    data: bytes
    alt: str = ""


def limits_of(settings: Settings) -> Limits:
    """The per-upload limits from the settings."""
    return Limits(settings.image_max_bytes, settings.image_max_pixels, settings.image_max_side)


async def used_bytes(owner_id: int) -> int:
    """The bytes of a member's images (staged, attached and removed all count)."""
    row = await Image.select(Sum(Image.size, alias="used")).where(Image.owner == owner_id).first()
    return int((row or {}).get("used") or 0)


def check_count(count: int, settings: Settings) -> None:
    """ForumError when a post would carry more pictures than the settings allow."""
    if count > settings.images_per_post:
        raise ForumError(
            f"A post may carry at most {settings.images_per_post} images; this one has {count}."
        )


async def _check_quota(owner: Account, pictures: list[Processed], settings: Settings) -> None:
    adding = sum(len(p.data) + len(p.thumbnail) for p in pictures)
    used = await used_bytes(owner.id)
    if used + adding > settings.image_quota_bytes:
        raise ForumError(
            f"Your images would take {(used + adding) / 1e6:.1f} MB; each member may keep "
            f"{settings.image_quota_bytes / 1e6:.0f} MB. Delete a post with pictures first."
        )


async def process_upload(data: bytes, settings: Settings) -> Processed:
    """One upload processed in a worker thread (the event loop keeps serving)."""
    return await anyio.to_thread.run_sync(process, data, limits_of(settings), limiter=_DECODING)


async def stage(
    owner: Account, uploads: Sequence[Upload], settings: Settings, already: int = 0
) -> list[dict[str, Any]]:
    """Process, check and store uploads as the owner's staged images; their rows."""
    check_count(already + len(uploads), settings)
    pictures = [await process_upload(u.data, settings) for u in uploads]
    for picture in pictures:
        await hashing.check_not_blocked(picture.phash, settings.image_hash_distance)
    await _check_quota(owner, pictures, settings)
    for picture in pictures:  # files first: a row never names a file that is not there
        files.save(settings.data_dir, picture)
    rows = []
    async with db.write_transaction():
        for picture, upload in zip(pictures, uploads, strict=True):
            row = Image(
                sha256=picture.sha256,
                owner=owner.id,
                format=picture.format,
                size=len(picture.data) + len(picture.thumbnail),
                width=picture.width,
                height=picture.height,
                phash=picture.phash,
                status=ImageStatus.staged.value,
                alt=" ".join(upload.alt.split())[:MAX_ALT],
                found=picture.found,
            )
            await row.save()
            rows.append(row.to_dict())
    return rows


async def staged(owner: Account, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The owner's staged images with these ids; ForumError when one is not (any longer)."""
    if not ids:
        return []
    rows = await Image.select().where(
        Image.id.is_in(list(ids)),
        Image.owner == owner.id,
        Image.status == ImageStatus.staged.value,
    )
    if len(rows) != len(set(ids)):
        raise ForumError(
            "An image of this draft is no longer waiting to be posted; attach it again."
        )
    return sorted(rows, key=lambda r: r["id"])
