"""Uploading a picture over the API (multipart): staged for its owner, then attached by id.

``POST /api/images`` with a file field ``image`` (and ``alt``) answers 201 with the image's
id, its URLs and what was removed from it; ``"images": [id]`` in a topic, reply or message
attaches it. A picture that carried a location or a camera serial needs
``"confirm_image_metadata": true`` there, after the author was shown ``found``.
"""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Request, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.openapi import ResponseSpec
from litestar.params import Body

from forum.errors import ForumError
from forum.images import attaching, intake
from forum.web.api.schemas import ErrorOut
from forum.web.guards import poster
from forum.web.request import settings_of, viewer


class ImageUpload(msgspec.Struct):
    """A picture and the words that describe it to someone who cannot see it."""

    image: UploadFile
    alt: str = ""


class FoundOut(msgspec.Struct):
    """Something the upload carried that was removed; ``warn``: a location or a serial."""

    type: str
    label: str
    text: str
    warn: bool


class ImageOut(msgspec.Struct):
    """A staged picture: attach it with its id."""

    id: int
    url: str
    thumbnail: str
    width: int
    height: int
    alt: str
    status: str
    found: list[FoundOut]
    needs_confirmation: bool


def image_created(row: dict[str, Any]) -> ImageOut:
    """The answer to an upload."""
    shown = attaching.image_out(row)
    found = [FoundOut(**item) for item in attaching.found_in(row)]
    return ImageOut(
        **{k: shown[k] for k in ("id", "url", "thumbnail", "width", "height", "alt", "status")},
        found=found,
        needs_confirmation=any(item.warn for item in found),
    )


ERRORS = {
    415: ResponseSpec(
        ErrorOut,
        description="Not a JPEG, PNG, WebP or GIF picture (sniffed from the bytes), or one "
        "with another file hidden behind it.",
    ),
    422: ResponseSpec(ErrorOut, description="A picture a moderator removed (or nearly)."),
}


@post(
    "/api/images",
    guards=[poster],
    status_code=201,
    tags=["posting"],
    responses=ERRORS,
)
async def upload_image(
    request: Request,
    data: Annotated[ImageUpload, Body(media_type=RequestEncodingType.MULTI_PART)],
) -> ImageOut:
    """Upload one picture (JPEG, PNG, WebP or GIF): re-encoded without metadata, staged."""
    author = viewer(request)
    if author is None or not isinstance(data.image, UploadFile):
        raise ForumError("Send the picture as a file field named image.")
    upload = intake.Upload(await data.image.read(), data.alt)
    rows = await intake.stage(author, [upload], settings_of(request))
    return image_created(rows[0])
