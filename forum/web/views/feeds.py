"""Atom feeds at ``/feeds/{slug}.atom``, with ETag/Last-Modified so readers poll cheaply."""

from __future__ import annotations

import hashlib
from email.utils import format_datetime

from litestar import Request, Response, get
from litestar.params import FromPath

from forum import page_cache
from forum.reading.feeds import Feed, build_feed, feed_posts, feed_space
from forum.web.pages import cache_of
from forum.web.request import not_found, settings_of

ATOM_TYPE = "application/atom+xml; charset=utf-8"


@get("/feeds/{name:str}", name="space_feed")
async def space_feed(request: Request, name: FromPath[str]) -> Response:
    """The Atom feed of a forum, board or news group: its latest visible posts."""
    slug = name.removesuffix(".atom")
    base_url = str(request.base_url).rstrip("/")

    async def build() -> tuple[Feed, bool]:
        space = await feed_space(slug) if name.endswith(".atom") else None
        if space is None:
            raise not_found("feed by that name (forums, boards and news groups have feeds)")
        settings = settings_of(request)
        posts = await feed_posts(space, settings.page_size)
        return build_feed(space, posts, base_url, settings.domain), True

    # Feeds hold visible posts only, the same for everyone: one cached copy per address.
    feed = await cache_of(request).get_or_render(
        ("feed", slug, name, base_url), (page_cache.space_scope(slug),), build
    )
    etag = '"' + hashlib.sha256(feed.xml).hexdigest()[:32] + '"'
    headers = {
        "ETag": etag,
        "Last-Modified": format_datetime(feed.updated, usegmt=True),
        "Cache-Control": "no-cache",
    }
    wanted = {tag.strip() for tag in request.headers.get("if-none-match", "").split(",")}
    if etag in wanted:
        return Response(b"", status_code=304, headers=headers)
    return Response(feed.xml, media_type=ATOM_TYPE, headers=headers)
