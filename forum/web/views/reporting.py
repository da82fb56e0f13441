"""Members' moderation pages: reporting a post."""

from __future__ import annotations

from litestar import Request, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.response import Redirect, Template

from forum.desk import reports
from forum.desk.moderating import current_policy
from forum.errors import ForumError
from forum.web.guards import member
from forum.web.request import Id, form_data, viewer


def _categories() -> list:
    return list(current_policy().reportable_categories)


@get("/p/{post_id:int}/report", name="report_form", guards=[member])
async def report_form(post_id: Id) -> Template:
    """Choose what is wrong with a post (the policy's categories) and add a note."""
    found = await reports.post_for_report(post_id)
    return Template(
        "moderation/report.html",
        context={"post": found, "categories": _categories(), "draft": {}},
    )


@post("/p/{post_id:int}/report", name="report", guards=[member])
async def report(
    request: Request, post_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> Template | Redirect:
    """File the report; the reporter is told the outcome later, the author never sees who."""
    found = await reports.post_for_report(post_id)
    data = await form_data(request)
    try:
        await reports.submit_report(
            viewer(request), found, data.get("category"), data.get("note", ""), channels
        )
    except ForumError as exc:
        return Template(
            "moderation/report.html",
            context={"post": found, "categories": _categories(), "draft": data, "error": str(exc)},
            status_code=exc.status_code,
        )
    return Template("moderation/reported.html", context={"post": found})
