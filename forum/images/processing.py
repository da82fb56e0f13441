"""An upload in, a clean picture out: sniffed, bounded, decoded, upright, re-encoded.

The format comes from the bytes (Pillow's own sniffing), never the file name or the declared
type. Sizes are checked from the header before a pixel is decoded, so a decompression bomb
costs a few kilobytes of reading. Every image is re-encoded from its pixels with an empty
``info``: EXIF, GPS, XMP, comments and colour profiles do not survive.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageOps, UnidentifiedImageError

from forum.errors import ForumError
from forum.images import hashing, metadata, trailing

FORMATS = {"JPEG": "jpeg", "PNG": "png", "WEBP": "webp", "GIF": "gif"}
CONTENT_TYPES = {"jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp", "gif": "image/gif"}
EXTENSIONS = {"jpeg": "jpg", "png": "png", "webp": "webp", "gif": "gif"}
THUMBNAIL = (320, 320)
_MODES = {
    "jpeg": ("RGB", "L"),
    "png": ("1", "L", "LA", "P", "RGB", "RGBA"),
    "webp": ("RGB", "RGBA"),
    "gif": ("P", "L"),
}


class ImageRefused(ForumError):
    """The upload is not an image we take, or is too big; nothing was stored."""

    status_code = 422


class ImageTooLarge(ImageRefused):
    """Too many bytes or too many pixels."""

    status_code = 413


class NotAnImage(ImageRefused):
    """Not a JPEG, PNG, WebP or GIF, whatever its name says."""

    status_code = 415


@dataclass(frozen=True)
class Limits:
    """What one upload may be: bytes, pixels, and pixels on the longer side."""

    max_bytes: int
    max_pixels: int
    max_side: int


@dataclass(frozen=True)
class Processed:
    """A re-encoded picture, its thumbnail, and what was removed from the upload."""

    data: bytes
    thumbnail: bytes
    format: str
    width: int
    height: int
    sha256: str
    phash: str
    found: list[dict[str, Any]] = field(default_factory=list)

    @property
    def extension(self) -> str:
        """The file extension of the re-encoded format."""
        return EXTENSIONS[self.format]


def _open(data: bytes, limits: Limits) -> Image.Image:
    """The image, opened (header read, pixels not decoded) and checked against the limits."""
    if len(data) > limits.max_bytes:
        raise ImageTooLarge(
            f"This file is {len(data) / 1e6:.1f} MB; images may be at most "
            f"{limits.max_bytes / 1e6:.1f} MB."
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=tuple(FORMATS))
    except Image.DecompressionBombError as exc:
        raise ImageTooLarge(
            "This image claims far too many pixels to be opened (a decompression bomb?)."
        ) from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise NotAnImage("This file is not a JPEG, PNG, WebP or GIF image.") from exc
    width, height = image.size
    if width * height > limits.max_pixels or max(width, height) > limits.max_side:
        raise ImageTooLarge(
            f"This image is {width} by {height} pixels; images may have at most "
            f"{limits.max_pixels / 1e6:.0f} million pixels and {limits.max_side} on a side."
        )
    if width < 1 or height < 1:
        raise NotAnImage("This image has no pixels.")
    return image


def _clean(image: Image.Image, fmt: str) -> Image.Image:
    """Decoded, upright, in a mode the format can hold, and carrying no metadata."""
    image.seek(0)  # animations keep their first frame
    # In place: decodes the pixels and turns them without a second full-size copy.
    upright = ImageOps.exif_transpose(image, in_place=True) or image
    if upright.mode not in _MODES[fmt]:
        wants = "RGBA" if "A" in upright.mode or "transparency" in upright.info else "RGB"
        upright = upright.convert(wants if wants in _MODES[fmt] else _MODES[fmt][0])
    kept = {k: v for k, v in upright.info.items() if k == "transparency"}
    upright.info = kept  # PNG and GIF writers fall back on info: leave them nothing else
    return upright


def _encode(image: Image.Image, fmt: str) -> bytes:
    out = io.BytesIO()
    if fmt == "jpeg":
        image.save(out, "JPEG", quality=85)
    elif fmt == "webp":
        image.save(out, "WEBP", quality=85, method=2)
    elif fmt == "png":
        image.save(out, "PNG", compress_level=6)
    else:
        image.save(out, "GIF")
    return out.getvalue()


def _thumbnail(image: Image.Image) -> Image.Image:
    """A small copy (reduced first, like ``Image.thumbnail``, without copying the full one)."""
    scale = min(1.0, THUMBNAIL[0] / image.width, THUMBNAIL[1] / image.height)
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    thumb = image.resize(size, Image.Resampling.BICUBIC, reducing_gap=2.0)
    thumb.info = dict(image.info)
    return thumb


def process(data: bytes, limits: Limits) -> Processed:
    """Turn an upload into a clean picture and its thumbnail; ImageRefused if it cannot be."""
    image = _open(data, limits)
    fmt = FORMATS[image.format or ""]
    if extra := trailing.extra_bytes(data, fmt):
        raise NotAnImage(
            f"This file has {extra:,} bytes of something else after the picture (a file hidden "
            "in another?). Save the picture again with an image editor and upload that."
        )
    found = metadata.found_in(image)
    try:
        clean = _clean(image, fmt)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise NotAnImage("This image is damaged or incomplete and could not be read.") from exc
    encoded = _encode(clean, fmt)
    thumb = _thumbnail(clean)
    return Processed(
        data=encoded,
        thumbnail=_encode(thumb, fmt),
        format=fmt,
        width=clean.width,
        height=clean.height,
        sha256=hashlib.sha256(encoded).hexdigest(),
        phash=hashing.phash(thumb),
        found=found,
    )
