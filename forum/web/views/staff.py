"""Staff pages: personal data (logged, with a reason), the access log, traffic, the outbox."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from litestar import Request, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from forum.desk import roles
from forum.errors import ForumError
from forum.privacy import personal_data, traffic
from forum.reading import profiles
from forum.storage.privacy_tables import OutboxMail
from forum.web.guards import admin
from forum.web.guards import personal_data as personal_data_guard
from forum.web.request import form_data, not_found, optional_int, viewer
from forum.web.views.accounts import profile_page

NO_STORE = {"Cache-Control": "no-store"}


@get("/staff/personal-data", name="personal_data_form", guards=[personal_data_guard])
async def lookup_form() -> Template:
    """Ask whose data, and why, before showing anything."""
    return Template("staff/personal_data.html", context={"draft": {}})


def _subject(data: dict[str, str]) -> tuple[str, int | None]:
    username = data.get("username", "").strip()
    post_id = optional_int(data.get("post", "").strip().lstrip("#"))
    if post_id is not None and not 0 < post_id < 2**31:
        post_id = 0  # no such post (and no integer overflow in PostgreSQL)
    return username, post_id


@post("/staff/personal-data", name="personal_data", guards=[personal_data_guard])
async def lookup(request: Request) -> Template:
    """Show one member's personal data (or where a post came from); logged before shown."""
    data = await form_data(request)
    username, post_id = _subject(data)
    context: dict[str, Any] = {"draft": data}
    try:
        reason = personal_data.check_reason(data.get("reason"))
    except personal_data.ReasonRequired as exc:
        context["error"] = str(exc)
        return Template("staff/personal_data.html", context=context, status_code=400)
    account = viewer(request)
    assert account is not None
    if post_id is not None and not username:
        origin = await personal_data.post_origin(post_id)
        if origin is None:
            context["error"] = f"There is no post {data.get('post', '').strip()}."
            return Template("staff/personal_data.html", context=context, status_code=404)
        await personal_data.record_access(
            account,
            origin["author.id"],
            origin["author.username"],
            f"where post {post_id} came from",
            reason,
        )
        context["origin"] = origin
        return Template("staff/personal_data.html", context=context, headers=NO_STORE)
    found = await personal_data.find_member(username) if username else None
    if found is None:
        context["error"] = "Give the username of an existing member, or a post number."
        return Template("staff/personal_data.html", context=context, status_code=404)
    await personal_data.record_access(
        account, found["id"], found["username"], "member record", reason
    )
    context["record"] = await personal_data.member_record(found["id"])
    return Template("staff/personal_data.html", context=context, headers=NO_STORE)


@get("/admin/access-log", name="access_log", guards=[admin])
async def access_log(before: FromQuery[str | None] = None) -> Template:
    """Who looked at whose personal data, when and why (newest first)."""
    rows = await personal_data.access_log(100, optional_int(before))
    older = rows[-1]["id"] if len(rows) == 100 else None
    return Template("staff/access_log.html", context={"rows": rows, "older": older})


@get("/admin/traffic", name="traffic", guards=[admin])
async def traffic_page(days: FromQuery[str | None] = None) -> Template:
    """Visits per day, top pages and browsers: counts over everyone, never a person."""
    span = optional_int(days) or 30
    span = max(1, min(span, 366))
    context = {
        "days": span,
        "daily": await traffic.daily_views(span),
        "pages": await traffic.top_pages(span),
        "browsers": await traffic.browsers(span),
    }
    return Template("staff/traffic.html", context=context)


def _masked(address: str) -> str:
    local, _, domain = address.partition("@")
    return f"{local[:1]}…@{domain}" if domain else "…"


@get("/admin/outbox", name="outbox", guards=[admin])
async def outbox(before: FromQuery[str | None] = None) -> Template:
    """Mails kept by the local outbox (no SMTP configured); addresses are masked."""
    query = OutboxMail.select(
        OutboxMail.id,
        OutboxMail.created,
        OutboxMail.to_address,
        OutboxMail.kind,
        OutboxMail.subject,
        OutboxMail.body,
        OutboxMail.headers,
        OutboxMail.user.username,
        OutboxMail.user.status,
    )
    if (cursor := optional_int(before)) is not None:
        query = query.where(OutboxMail.id < cursor)
    rows = await query.order_by(OutboxMail.id, ascending=False).limit(50)
    for row in rows:
        row["to"] = _masked(row.pop("to_address"))
        row["headers"] = json.loads(row["headers"] or "{}")
    older = rows[-1]["id"] if len(rows) == 50 else None
    return Template("staff/outbox.html", context={"rows": rows, "older": older})


@post("/admin/users/{username:str}/role", name="set_role", guards=[admin])
async def set_role(
    request: Request, username: FromPath[str], channels: NamedDependency[ChannelsPlugin]
) -> Redirect | Template:
    """The profile page's role form: change a member's role and personal-data permission."""
    data = await form_data(request)
    member = await profiles.public_profile(username)
    if member is None:
        raise not_found("member by that name")
    try:
        await roles.set_role(
            viewer(request),
            member["id"],
            data.get("role", ""),
            data.get("personal_data") == "1",
            data.get("reason", ""),
            channels,
        )
    except ForumError as exc:
        return await profile_page(request, member, str(exc), exc.status_code)
    return Redirect(f"/u/{quote(username)}", status_code=303)
