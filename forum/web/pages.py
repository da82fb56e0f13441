"""Serving HTML pages through the page cache: whole pages for visitors, fragments for members.

See ``forum.page_cache`` for what is cached and how it is invalidated. Handlers pass the
scopes a page shows and a coroutine that builds its template context (it runs only when the
page must be rendered), and get a finished response.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from litestar import Request, Response
from litestar.utils.scope.state import ScopeState
from markupsafe import Markup

from forum.page_cache import PageCache
from forum.web.request import viewer
from forum.web.templating import CSRF_PLACEHOLDER

HTML = "text/html; charset=utf-8"


def cache_of(request: Request) -> PageCache:
    """The app's page cache."""
    return request.app.state.page_cache


def render(request: Request, name: str, context: dict[str, Any]) -> str:
    """A template rendered to text, with the request in its context (as Litestar does)."""
    template = request.app.template_engine.get_template(name)
    return template.render(**context, request=request)


def _with_token(request: Request, html: str) -> str:
    """Put this browser's CSRF token where a cached fragment left a placeholder."""
    if CSRF_PLACEHOLDER not in html:
        return html
    request.scope.setdefault("state", {})["csrf_used"] = True  # the cookie must go out
    token = ScopeState.from_scope(request.scope).csrf_token
    return html.replace(CSRF_PLACEHOLDER, token if isinstance(token, str) else "")


Build = Callable[[], Awaitable[tuple[str, dict[str, Any]]]]
"""Reads what a page shows: returns (template name, context); runs only when rendering."""


async def page(request: Request, scopes: tuple[str, ...], build: Build) -> Response:
    """A page: from the cache for visitors, rendered now (around cached fragments) for members."""
    if viewer(request) is not None:
        html = render(request, *(await build()))
        return Response(_with_token(request, html), media_type=HTML)

    async def render_for_visitor() -> tuple[bytes, bool]:
        html = render(request, *(await build()))
        # A page that asked for a CSRF token holds one: serve it to this visitor, never keep it.
        personal = bool(request.scope.get("state", {}).get("csrf_used"))
        return html.encode(), not personal

    key = (
        "page",
        request.method == "HEAD",
        request.url.path,
        request.scope.get("query_string", b""),
    )
    body = await cache_of(request).get_or_render(key, scopes, render_for_visitor)
    return Response(body, media_type=HTML)


async def for_member(
    request: Request, key: tuple, scopes: tuple[str, ...], produce: Callable[[], Awaitable[Any]]
) -> Any:
    """Something a member's page shows (rows, fragments), cached for that member alone.

    ``produce`` may raise (a 404): nothing is kept then.
    """
    account = viewer(request)
    assert account is not None

    async def produced() -> tuple[Any, bool]:
        return await produce(), True

    full_key = ("member", account.id, account.role, *key)
    return await cache_of(request).get_or_render(full_key, scopes, produced)


def fragment(request: Request, template: str, context: dict[str, Any]) -> Markup:
    """A fragment fit for the cache: its forms carry a placeholder, never a CSRF token."""
    html = render(request, template, {**context, "csrf_placeholder": True})
    return Markup(html)  # rendered by autoescaping templates
