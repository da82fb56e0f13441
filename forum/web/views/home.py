"""The home page and the site's fixed pages."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from litestar import Request, Response, get
from litestar.params import FromQuery
from litestar.response import Template

from forum import page_cache
from forum.notifying import watching
from forum.reading import activity, queries
from forum.rendering import LINK_REL, is_outbound
from forum.storage.privacy_tables import PolicyKind
from forum.web import pages
from forum.web.request import viewer
from forum.web.templating import STATIC_DIR
from forum.web.views.policies import policy_page

# Read once: browsers ask for it on every first visit (and non-HTML pages never say where it is).
FAVICON = (STATIC_DIR / "favicon.ico").read_bytes()
FAVICON_MAX_AGE = 7 * 86400


@get("/", name="home")
async def home(request: Request) -> Response:
    """All spaces grouped by kind, with their figures and last activity; for a member, how
    many topics have posts they have not read (cached for visitors: see forum.web.pages)."""
    groups = await queries.spaces_by_kind()
    spaces = [space for rows in groups.values() for space in rows]

    async def build() -> tuple[str, dict[str, Any]]:
        context = {"groups": groups, "figures": await activity.space_figures(spaces)}
        if (me := viewer(request)) is not None:
            context["unread"] = await watching.unread_by_space(me.id, me.created)
        return "forum/home.html", context

    scopes = tuple(page_cache.space_scope(space["slug"]) for space in spaces)
    return await pages.page(request, scopes, build)


@get("/terms", name="terms")
async def terms(request: Request) -> Template:
    """Terms of use in force: authors are responsible; the site does not vouch for posts."""
    return await policy_page(request, PolicyKind.terms.value, None)


@get("/out", name="leave")
async def leave(to: FromQuery[str] = "") -> Template:
    """Tell a member they are leaving the site before following a posted link."""
    target = to if is_outbound(to) else ""
    host = urlsplit(target).hostname if target else ""
    return Template(
        "forum/leave.html",
        context={"target": target, "host": host, "rel": LINK_REL},
        headers={"Referrer-Policy": "no-referrer"},
        status_code=200 if target else 400,
    )


@get("/favicon.ico", name="favicon")
async def favicon() -> Response:
    """The site's icon, cached a week: without it every page logged a 404 in the console."""
    return Response(
        FAVICON,
        media_type="image/x-icon",
        headers={"Cache-Control": f"public, max-age={FAVICON_MAX_AGE}"},
    )
