"""Members' side of moderation over the API: reports, notifications, the report categories."""

from __future__ import annotations

from datetime import datetime

import msgspec
from litestar import Request, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.params import JSONBody

from forum.desk import reports
from forum.desk.moderating import current_policy
from forum.notifying import inbox
from forum.web.api.schemas import ALREADY_REPORTED
from forum.web.guards import member
from forum.web.request import Id, viewer


class ReportIn(msgspec.Struct):
    """What is wrong with a post (a policy category) and an optional note."""

    category: str
    note: str = ""


class ReportedOut(msgspec.Struct):
    """A filed report; ``hidden`` is true when it hid the post pending review."""

    id: int
    hidden: bool


class CategoryOut(msgspec.Struct):
    """A policy category members can report content under."""

    name: str
    title: str
    clause: str


class NotificationOut(msgspec.Struct):
    """A message to the member."""

    id: int
    kind: str
    message: str
    link: str
    created: datetime
    read: bool


@post(
    "/api/posts/{post_id:int}/report",
    guards=[member],
    status_code=201,
    tags=["moderation"],
    responses=ALREADY_REPORTED,
)
async def report_post(
    request: Request,
    post_id: Id,
    data: JSONBody[ReportIn],
    channels: NamedDependency[ChannelsPlugin],
) -> ReportedOut:
    """Report a post under one of the policy's categories (once per member per post)."""
    found = await reports.post_for_report(post_id)
    filed = await reports.submit_report(viewer(request), found, data.category, data.note, channels)
    return ReportedOut(id=filed.report_id, hidden=filed.hidden)


@get("/api/policy/categories", tags=["moderation"])
async def report_categories() -> list[CategoryOut]:
    """The categories a post can be reported under, with their policy clauses."""
    return [CategoryOut(c.name, c.title, c.clause) for c in current_policy().reportable_categories]


@get("/api/notifications", guards=[member], tags=["accounts"])
async def my_notifications(request: Request) -> list[NotificationOut]:
    """The member's notifications, newest first."""
    rows = await inbox.listing(viewer(request))
    return [
        NotificationOut(
            r["id"], r["kind"], r["message"], r["link"], r["created"], r["read_at"] is not None
        )
        for r in rows
    ]
