"""The moderators' API: the review queue, actions on posts and members, the log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec
from litestar import Request, get, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, JSONBody

from forum.desk import actions, modlog, queue, sanctions
from forum.web.guards import moderator
from forum.web.request import Cursor, Id, viewer


class QueueActionIn(msgspec.Struct):
    """An action on a review item; ``reason`` and ``category`` are required for removals;
    approving an item held or reported for offensive content needs ``confirm`` (the reason
    is then optional and logged)."""

    action: str
    reason: str = ""
    category: str = ""
    hours: int | None = None
    confirm: bool = False


class RemoveIn(msgspec.Struct):
    """Why a post is removed: the policy category (clause) and a reason in words."""

    category: str
    reason: str


class SanctionIn(msgspec.Struct):
    """A mute or suspension: how long and why."""

    reason: str
    hours: int | None = None


class ReportOut(msgspec.Struct):
    """A member's report as moderators see it."""

    category: str
    note: str
    created: datetime
    outcome: str
    reporter: str


class FindingOut(msgspec.Struct):
    """What the policy found, with offsets into the post."""

    type: str
    start: int
    end: int
    category: str = ""
    field: str = "body"
    message: str = ""


class ItemOut(msgspec.Struct):
    """A review item with everything needed to decide."""

    id: int
    origin: str
    status: str
    category: str
    created: datetime
    post_id: int
    post_status: str
    space: str
    body: str
    html: str
    author: str
    author_since: datetime
    author_removals: int
    findings: list[FindingOut]
    reports: list[ReportOut]
    claimed_by: str | None
    resolution: str
    message_id: int | None = None
    """A private message's item (``post_id`` 0, no text: read it at
    ``GET /api/moderation/messages/{id}``, a view written to the access log)."""


class LogOut(msgspec.Struct):
    """One row of the moderation log."""

    id: int
    created: datetime
    action: str
    actor: str
    target: str | None
    post_id: int | None
    category: str
    clause: str
    reason: str


def item_out(row: dict[str, Any]) -> ItemOut:
    """Shape a queue row for the API."""
    findings = row["findings"]
    return ItemOut(
        id=row["id"],
        origin=row["origin"],
        status=row["status"],
        category=row["category"],
        created=row["created"],
        post_id=row["post_id"],
        post_status=row["post_status"],
        space=row["space_slug"],
        body=row["body"],
        html=row["html"],
        author=row["author_name"],
        author_since=row["author_since"],
        author_removals=row["removals"],
        findings=[
            FindingOut(
                **{
                    k: f[k]
                    for k in ("type", "start", "end", "category", "field", "message")
                    if k in f
                }
            )
            for f in findings
        ],
        reports=[
            ReportOut(r["category"], r["note"], r["created"], r["outcome"], r["reporter_name"])
            for r in row["reports"]
        ],
        claimed_by=row["claimed_by_name"] if row["claim_live"] else None,
        resolution=row["resolution"],
        message_id=row["message_id"],
    )


@get("/api/moderation/queue", guards=[moderator], tags=["moderation"])
async def list_queue(before: Cursor = None) -> list[ItemOut]:
    """Open review items, oldest first."""
    return [item_out(row) for row in await queue.open_items(before=before)]


@get("/api/moderation/queue/{item_id:int}", guards=[moderator], tags=["moderation"])
async def get_item(item_id: Id) -> ItemOut:
    """One review item."""
    return item_out(await queue.item(item_id))


@post(
    "/api/moderation/queue/{item_id:int}", guards=[moderator], status_code=200, tags=["moderation"]
)
async def act_on_item(
    request: Request,
    item_id: Id,
    data: JSONBody[QueueActionIn],
    channels: NamedDependency[ChannelsPlugin],
) -> ItemOut:
    """Act on an item: approve, remove (category + reason), redact, dismiss, claim, release,
    lock, unlock, mute, suspend."""
    row = await queue.perform(
        viewer(request), item_id, data.action, data.reason, data.category, data.hours, channels,
        confirm=data.confirm,
    )  # fmt: skip
    return item_out(row)


@post(
    "/api/moderation/posts/{post_id:int}/remove",
    guards=[moderator],
    status_code=200,
    tags=["moderation"],
)
async def remove_post(
    request: Request,
    post_id: Id,
    data: JSONBody[RemoveIn],
    channels: NamedDependency[ChannelsPlugin],
) -> dict[str, Any]:
    """Remove any post (kept for the record) with a clause and a reason."""
    found = await actions.remove(viewer(request), post_id, data.category, data.reason, channels)
    return {"id": post_id, "status": found["status"]}


@post(
    "/api/moderation/posts/{post_id:int}/restore",
    guards=[moderator],
    status_code=200,
    tags=["moderation"],
)
async def restore_post(
    request: Request, post_id: Id, channels: NamedDependency[ChannelsPlugin]
) -> dict[str, Any]:
    """Restore a removed post."""
    found = await actions.restore(viewer(request), post_id, channels)
    return {"id": post_id, "status": found["status"]}


@post(
    [
        "/api/moderation/members/{username:str}/mute",
        "/api/moderation/members/{username:str}/suspend",
    ],
    guards=[moderator],
    status_code=200,
    tags=["moderation"],
)
async def restrict_member(
    request: Request,
    username: FromPath[str],
    data: JSONBody[SanctionIn],
    channels: NamedDependency[ChannelsPlugin],
) -> dict[str, Any]:
    """Mute a member for some hours (default 24), or suspend them (default a week: signed out
    everywhere); answers ``muted_until`` or ``suspended_until``."""
    measure = sanctions.MEASURES[request.url.path.rsplit("/", 1)[1]]
    member = await queue.member_id(username)
    until = await sanctions.restrict(
        measure, viewer(request), member, data.hours, data.reason, channels
    )
    return {"username": username, f"{measure.notice}_until": until.isoformat()}


@get("/api/moderation/log", guards=[moderator], tags=["moderation"])
async def moderation_log(
    before: FromQuery[Cursor] = None, action: FromQuery[str | None] = None, post_id: Cursor = None
) -> list[LogOut]:
    """The append-only moderation log, newest first (page back with ``before``)."""
    rows = await modlog.entries(before=before, action=action, post=post_id)
    return [
        LogOut(
            id=r["id"], created=r["created"], action=r["action"], actor=r["actor_name"],
            target=r["target_name"], post_id=r["post"], category=r["category"],
            clause=r["clause"], reason=r["reason"],
        )
        for r in rows
    ]  # fmt: skip
