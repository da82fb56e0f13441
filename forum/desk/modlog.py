"""The append-only moderation log: every automatic hold or block and every moderator action.

Rows are only ever inserted (database triggers refuse UPDATE and DELETE). People are named
by account id, so anonymising an account leaves the log intact without personal data in it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from forum.storage.desk_tables import ModerationLog
from forum.storage.tables import User

_PUBLIC_COLUMNS = (
    ModerationLog.id,
    ModerationLog.created,
    ModerationLog.action,
    ModerationLog.post,
    ModerationLog.category,
    ModerationLog.clause,
    ModerationLog.reason,
    ModerationLog.details,
    ModerationLog.actor.username.as_alias("actor_name"),
    ModerationLog.target.username.as_alias("target_name"),
    ModerationLog.target.status.as_alias("target_status"),
)


async def record(
    action: str,
    *,
    actor: int | None = None,
    post: int | None = None,
    target: int | None = None,
    category: str = "",
    clause: str = "",
    reason: str = "",
    content: str = "",
    details: dict[str, Any] | None = None,
) -> int:
    """Append one row (call inside the transaction that made the change)."""
    row = ModerationLog(
        created=datetime.now(UTC),
        actor=actor,
        action=action,
        post=post,
        target=target,
        category=category,
        clause=clause,
        reason=reason,
        content=content,
        details=details or {},
    )
    await row.save()
    return row.id


async def entries(
    before: int | None = None,
    limit: int = 50,
    action: str | None = None,
    post: int | None = None,
) -> list[dict[str, Any]]:
    """Newest log rows first (keyset by id), optionally one action or one post."""
    query = ModerationLog.select(*_PUBLIC_COLUMNS)
    if before is not None:
        query = query.where(ModerationLog.id < before)
    if action:
        query = query.where(ModerationLog.action == action)
    if post is not None:
        query = query.where(ModerationLog.post == post)
    rows = await query.order_by(ModerationLog.id, ascending=False).limit(limit)
    for row in rows:
        if row["actor_name"] is None:
            # No actor: the policy acted (holds, blocks), or an operator changed a setting.
            by_operator = row["action"] in ("role", "space_posters")
            row["actor_name"] = "command line" if by_operator else "policy"
        if row["target_status"] == "deleted":
            row["target_name"] = "deleted member"
    return rows


async def removals_of(user_id: int) -> int:
    """How many times a member's content was removed (their history, for moderators)."""
    return await ModerationLog.count().where(
        ModerationLog.target == user_id, ModerationLog.action == "remove"
    )


async def username(user_id: int | None) -> str:
    """A member's current display name for log pages."""
    if user_id is None:
        return "policy"
    row = await User.select(User.username, User.status).where(User.id == user_id).first()
    if row is None or row["status"] == "deleted":
        return "deleted member"
    return row["username"]
