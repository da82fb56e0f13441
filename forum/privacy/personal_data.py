"""Per-person data for staff with the personal-data permission; every view is logged first.

The access-log row is written *before* anything is shown, so there is no view without a
record of who looked, at whom, when and why.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from piccolo.query import WhereRaw
from piccolo.query.functions.aggregate import Count, Max, Min

from forum.accounts.members import Account
from forum.storage import db
from forum.storage.privacy_tables import AccessLog, RequestLog
from forum.storage.tables import AccountStatus, Post, Session, User

MIN_REASON = 10
MAX_REASON = 500
_WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")


class ReasonRequired(ValueError):
    """A personal-data view was asked for without a usable reason."""


def check_reason(reason: object) -> str:
    """The reason for a view, cleaned; raises ReasonRequired with a sentence."""
    text = " ".join(reason.split()) if isinstance(reason, str) else ""
    if len(text) < MIN_REASON:
        raise ReasonRequired(
            f"Say why you need to see this person's data (at least {MIN_REASON} characters); "
            "the reason is kept in the access log."
        )
    if len(text) > MAX_REASON:
        raise ReasonRequired(f"Keep the reason under {MAX_REASON} characters.")
    return text


async def record_access(
    viewer: Account, subject_id: int | None, subject_label: str, what: str, reason: str
) -> None:
    """Write one access-log row (call before showing the data)."""
    async with db.write_transaction():
        await AccessLog.insert(
            AccessLog(
                viewer=viewer.id,
                subject=subject_id,
                subject_label=subject_label[:100],
                what=what[:100],
                reason=reason,
            )
        )


async def find_member(username: str) -> dict[str, Any] | None:
    """An account (not deleted) by username, case-insensitively, with its id and name."""
    return (
        await User.select(User.id, User.username)
        .where(
            WhereRaw("lower(username) = {}", username.strip().lower()),
            User.status != AccountStatus.deleted.value,
        )
        .first()
    )


async def member_record(user_id: int) -> dict[str, Any]:
    """A member's personal data: contact details, sessions, addresses, recent writes."""
    profile = (
        await User.select(
            User.id,
            User.username,
            User.email,
            User.full_name,
            User.role,
            User.status,
            User.created,
            User.last_seen,
        )
        .where(User.id == user_id)
        .first()
    )
    sessions = await Session.select(
        Session.created, Session.expires, Session.ip, Session.user_agent
    ).where(Session.user == user_id)
    addresses = (
        await RequestLog.select(
            RequestLog.ip,
            Count(alias="requests"),
            Min(RequestLog.created, alias="first"),
            Max(RequestLog.created, alias="last"),
        )
        .where(RequestLog.user == user_id)
        .group_by(RequestLog.ip)
    )
    writes = (
        await RequestLog.select(
            RequestLog.created,
            RequestLog.method,
            RequestLog.path,
            RequestLog.status,
            RequestLog.ip,
            RequestLog.browser,
        )
        .where(RequestLog.user == user_id, RequestLog.method.is_in(list(_WRITE_METHODS)))
        .order_by(RequestLog.id, ascending=False)
        .limit(50)
    )
    for row in addresses:  # SQLite hands aggregated timestamps back as text
        row["first"], row["last"] = _as_time(row["first"]), _as_time(row["last"])
    return {"profile": profile, "sessions": sessions, "addresses": addresses, "writes": writes}


def _as_time(value: datetime | str | None) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) else value


async def post_origin(post_id: int) -> dict[str, Any] | None:
    """A post, its author, and the write request (IP, browser) that most likely created it."""
    post = (
        await Post.select(
            Post.id, Post.created, Post.status, Post.author.id, Post.author.username, Post.topic
        )
        .where(Post.id == post_id)
        .first()
    )
    if post is None:
        return None
    created = post["created"]
    candidates = await RequestLog.select(
        RequestLog.created, RequestLog.method, RequestLog.path, RequestLog.ip, RequestLog.browser
    ).where(
        RequestLog.user == post["author.id"],
        RequestLog.method.is_in(list(_WRITE_METHODS)),
        RequestLog.created >= created - timedelta(seconds=60),
        RequestLog.created <= created + timedelta(seconds=5),
    )
    candidates.sort(key=lambda row: abs((row["created"] - created).total_seconds()))
    post["request"] = candidates[0] if candidates else None
    return post


async def access_log(limit: int = 100, before: int | None = None) -> list[dict[str, Any]]:
    """The newest access-log rows, for admins."""
    query = AccessLog.select(
        AccessLog.id,
        AccessLog.created,
        AccessLog.viewer.username,
        AccessLog.viewer.status,
        AccessLog.subject_label,
        AccessLog.what,
        AccessLog.reason,
    )
    if before is not None:
        query = query.where(AccessLog.id < before)
    return await query.order_by(AccessLog.id, ascending=False).limit(limit)
