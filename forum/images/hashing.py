"""Perceptual hashes: the same picture, resized or recompressed, hashes within a few bits.

``imagehash.phash`` (a DCT of the picture shrunk to 32 by 32) of the thumbnail, as 16 hex digits;
removed images' hashes block uploads within the Hamming distance set in
``Settings.image_hash_distance``.
"""

from __future__ import annotations

import imagehash
from PIL import Image

from forum.errors import ForumError
from forum.storage.image_tables import BlockedImageHash


class BlockedImage(ForumError):
    """The picture is (nearly) one a moderator removed."""

    status_code = 422


def phash(image: Image.Image) -> str:
    """The perceptual hash of a picture, as 16 hex digits."""
    return str(imagehash.phash(image))


def distance(a: str, b: str) -> int:
    """How many of the 64 bits of two hashes differ."""
    return bin(int(a, 16) ^ int(b, 16)).count("1")


async def check_not_blocked(hash_hex: str, max_distance: int) -> None:
    """BlockedImage when a removed picture hashes within ``max_distance`` of this one."""
    # The table holds removed pictures only: few enough to compare in Python (an index on
    # hash bands would be the next step for hundreds of thousands).
    rows = await BlockedImageHash.select(BlockedImageHash.phash, BlockedImageHash.reason)
    for row in rows:
        if distance(hash_hex, row["phash"]) <= max_distance:
            raise BlockedImage(
                "This picture was removed by a moderator and cannot be posted again"
                + (f": {row['reason']}" if row["reason"] else ".")
            )
