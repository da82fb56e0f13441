"""Opening review items: a post held by the policy, or hidden after members' reports."""

from __future__ import annotations

from forum.desk import modlog, notices
from forum.desk.moderating import Decision
from forum.storage.desk_tables import ReviewItem
from moderation import Action


async def hold(post_id: int, author_id: int, decision: Decision, text: str) -> int:
    """Record a post held by the policy: review item, log row, note to the author."""
    reasons = decision.reasons_acting(Action.HOLD)
    first = reasons[0] if reasons else {"category": "", "clause": "", "message": ""}
    item_id = await ReviewItem.open_for(post_id, "auto", first["category"], decision.findings)
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
