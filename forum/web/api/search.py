"""``GET /api/search``: the same search as the page, as JSON."""

from __future__ import annotations

from datetime import datetime

import msgspec
from litestar import Request, get

from forum.reading import search as searching
from forum.web.request import page_number, settings_of, viewer
from forum.web.views.search import FIELDS, page_link


class SearchHitOut(msgspec.Struct):
    """A post that matched; ``title`` and ``snippet`` are HTML: text escaped, matches in <mark>."""

    post_id: int
    topic_id: int | None
    space: str
    title: str
    snippet: str
    author: str
    created_at: datetime


class SearchOut(msgspec.Struct):
    """One page of hits, best first; ``next`` is the address of the next page, or null."""

    items: list[SearchHitOut]
    next: str | None


@get("/api/search", tags=["search"])
async def api_search(request: Request) -> SearchOut:
    """Full-text search: ``q``, and optionally ``space``, ``author``, ``kind``, ``after``,
    ``before`` (dates), ``sort`` (relevance, newest), ``status`` (moderators: held, removed)
    and ``page``."""
    params = {name: request.query_params.get(name, "") or "" for name in FIELDS}
    page = page_number(request.query_params.get("page"))
    results = await searching.find(params, viewer(request), page, settings_of(request).page_size)
    items = [
        SearchHitOut(
            post_id=hit["id"],
            topic_id=hit["topic"],
            space=hit["space.slug"],
            title=str(hit["title"]),
            snippet=str(hit["snippet"]),
            author=hit["author_name"],
            created_at=hit["created"],
        )
        for hit in results.hits
    ]
    return SearchOut(items, page_link("/api/search", params, page + 1) if results.more else None)
