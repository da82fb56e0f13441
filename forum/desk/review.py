"""Opening review items: a post held by the policy, or hidden after members' reports."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from forum.desk import modlog, notices
from forum.desk.moderating import Decision
from forum.storage.tables import ReviewItem, ReviewStatus
from moderation import Action

QUEUE_CHANNEL = "moderation:queue"


async def open_item(
    post_id: int, origin: str, category: str, findings: list[dict[str, Any]]
) -> int:
    """The open review item of a post, created if there is none (inside a transaction)."""
    existing = (
        await ReviewItem.select(ReviewItem.id)
        .where(ReviewItem.post == post_id, ReviewItem.status == ReviewStatus.open.value)
        .first()
    )
    if existing:
        return existing["id"]
    item = ReviewItem(
        post=post_id,
        origin=origin,
        status=ReviewStatus.open.value,
        category=category,
        findings=findings,
        created=datetime.now(UTC),
    )
    await item.save()
    return item.id


async def hold(post_id: int, author_id: int, decision: Decision, text: str) -> int:
    """Record a post held by the policy: review item, log row, note to the author."""
    reasons = decision.reasons_acting(Action.HOLD)
    first = reasons[0] if reasons else {"category": "", "clause": "", "message": ""}
    item_id = await open_item(post_id, "auto", first["category"], decision.findings)
    await modlog.record(
        "hold",
        post=post_id,
        target=author_id,
        category=first["category"],
        clause=first["clause"],
        reason=first["message"],
        content=text,
        details={"reasons": reasons, "findings": decision.findings},
    )
    await notices.add(
        author_id,
        "held",
        f"Your post is waiting for a moderator's review. {first['message']} "
        f"Policy: {first['clause']}".strip(),
        f"/p/{post_id}",
    )
    return item_id
