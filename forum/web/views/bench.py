"""Benchmark-only route: a page's bytes served from memory, through the same app and middleware.

Registered only when ``FORUM_BENCH_CEILING`` names a directory (bench/http_pages.py sets it).
The benchmark saves a rendered page there as ``NAME.html``; ``/_bench/ceiling/NAME`` then
answers with exactly those bytes, so its throughput is the ceiling for that page on the
machine: everything but producing the page (routing, middleware, auth, logging) is paid.
"""

from __future__ import annotations

import re
from pathlib import Path

from litestar import Request, Response, get
from litestar.exceptions import NotFoundException

from forum.web.request import settings_of

_NAME = re.compile(r"[a-z0-9_-]{1,40}")
_loaded: dict[str, bytes] = {}


def _page(directory: Path, name: str) -> bytes:
    if name not in _loaded:
        if not _NAME.fullmatch(name) or not (directory / f"{name}.html").is_file():
            raise NotFoundException("No such ceiling page.")
        _loaded[name] = (directory / f"{name}.html").read_bytes()
    return _loaded[name]


@get("/_bench/ceiling/{name:str}", name="bench_ceiling", include_in_schema=False)
async def ceiling(request: Request, name: str) -> Response[bytes]:
    """The saved bytes of a page, from memory."""
    directory = settings_of(request).bench_ceiling_dir
    assert directory is not None  # the route exists only when the setting is on
    return Response(_page(directory, name), media_type="text/html; charset=utf-8")
