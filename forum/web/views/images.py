"""Serving pictures: a cookieless route with the headers that keep a picture a picture.

``/img/{sha256}.{ext}`` and ``/img/t/{sha256}.{ext}`` (the thumbnail). The ``Content-Type``
is the re-encoded format's, the browser must not sniff another (``nosniff``), and a picture
opened on its own runs nothing (``Content-Security-Policy: sandbox``). Public pictures are
cached for a year (their name is their content); a picture only its author or staff may see
is ``private, no-store``. Whoever may not see it gets the 404 of a picture that never was.
"""

from __future__ import annotations

import re

from litestar import Request, Response, get
from litestar.params import FromPath

from forum.images import files
from forum.images.processing import CONTENT_TYPES, EXTENSIONS
from forum.images.visibility import Sight, sight
from forum.web.request import not_found, settings_of, viewer

_NAME = re.compile(r"^([0-9a-f]{64})\.(jpg|png|webp|gif)$")
_FORMATS = {ext: fmt for fmt, ext in EXTENSIONS.items()}
PUBLIC_CACHE = "public, max-age=31536000, immutable"
PRIVATE_CACHE = "private, no-store"


async def _serve(request: Request, name: str, thumbnail: bool) -> Response:
    match = _NAME.match(name)
    if match is None:
        raise not_found("picture by that name")
    sha256, fmt = match.group(1), _FORMATS[match.group(2)]
    seen = await sight(sha256, fmt, viewer(request))
    data_dir = settings_of(request).data_dir
    data = None if seen == Sight.HIDDEN else files.read(data_dir, sha256, fmt, thumbnail)
    if data is None:
        raise not_found("picture by that name")
    return picture_response(data, fmt, PUBLIC_CACHE if seen == Sight.PUBLIC else PRIVATE_CACHE)


def picture_response(data: bytes, fmt: str, cache: str) -> Response:
    """A picture's bytes with the headers that keep it a picture (and how long to cache it)."""
    return Response(
        data,
        media_type=CONTENT_TYPES[fmt],
        headers={
            "x-content-type-options": "nosniff",
            "content-security-policy": "sandbox; default-src 'none'",
            "cache-control": cache,
            "cross-origin-resource-policy": "same-origin",
        },
    )


@get("/img/{name:str}", name="image", include_in_schema=False)
async def image(request: Request, name: FromPath[str]) -> Response:
    """A picture, as re-encoded."""
    return await _serve(request, name, thumbnail=False)


@get("/img/t/{name:str}", name="image_thumbnail", include_in_schema=False)
async def image_thumbnail(request: Request, name: FromPath[str]) -> Response:
    """A picture's thumbnail (320 pixels on the longer side at most)."""
    return await _serve(request, name, thumbnail=True)
