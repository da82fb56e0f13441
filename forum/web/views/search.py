"""The search page: a form that works without JavaScript, and one page of ranked hits."""

from __future__ import annotations

from urllib.parse import urlencode

from litestar import Request, get
from litestar.response import Template

from forum.errors import ForumError
from forum.reading import search as searching
from forum.reading.search_input import SORTS, STATUSES
from forum.storage.tables import SpaceKind
from forum.web.request import page_number, settings_of, viewer

FIELDS = ("q", "space", "author", "kind", "after", "before", "status", "sort")


def page_link(path: str, params: dict[str, str], page: int) -> str:
    """The address of another page of the same search (empty filters left out)."""
    kept = {k: v for k, v in params.items() if v and k in FIELDS}
    return f"{path}?{urlencode({**kept, 'page': page})}"


@get("/search", name="search")
async def search_page(request: Request) -> Template:
    """Search what the reader may see; problems are shown above the form, which keeps the text."""
    params = {name: request.query_params.get(name, "") or "" for name in FIELDS}
    page = page_number(request.query_params.get("page"))
    context = {
        "params": params,
        "kinds": [k.value for k in SpaceKind],
        "statuses": STATUSES,
        "sorts": SORTS,
        "results": None,
        "error": None,
    }
    status = 200
    if params["q"].strip():
        try:
            per_page = settings_of(request).page_size
            results = await searching.find(params, viewer(request), page, per_page)
        except ForumError as exc:
            context["error"], status = str(exc), exc.status_code
        else:
            context["results"] = results
            if results.more:
                context["next_link"] = page_link("/search", params, page + 1)
            if page > 1:
                context["previous_link"] = page_link("/search", params, page - 1)
    return Template("forum/search.html", context=context, status_code=status)
