"""The review queue: open items with everything a moderator needs, claims, and acting on one."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any

from litestar.channels import ChannelsPlugin

from forum import events
from forum.accounts.members import Account
from forum.desk import actions, dispatch, modlog
from forum.desk.dispatch import Ask, check_verb
from forum.errors import Conflict, Missing
from forum.storage import db
from forum.storage.desk_tables import Report, ReviewItem, ReviewStatus
from forum.storage.tables import User

CLAIM_MINUTES = 15
ACTIONS = (
    "claim", "release", "approve", "remove", "redact", "dismiss",
    "lock", "unlock", "mute", "suspend",
)  # fmt: skip
AFTER_RESOLVED = ("lock", "unlock", "mute", "suspend")  # the item closed; the author remains


_ITEM_COLUMNS = (
    ReviewItem.id,
    ReviewItem.origin,
    ReviewItem.status,
    ReviewItem.category,
    ReviewItem.findings,
    ReviewItem.created,
    ReviewItem.claimed_at,
    ReviewItem.resolution,
    ReviewItem.claimed_by.username.as_alias("claimed_by_name"),
    ReviewItem.claimed_by.id.as_alias("claimed_by_id"),
    ReviewItem.post.id.as_alias("post_id"),
    ReviewItem.post.body.as_alias("body"),
    ReviewItem.post.html.as_alias("html"),
    ReviewItem.post.status.as_alias("post_status"),
    ReviewItem.post.topic.as_alias("topic_id"),
    ReviewItem.post.created.as_alias("post_created"),
    ReviewItem.post.space.slug.as_alias("space_slug"),
    ReviewItem.post.space.kind.as_alias("space_kind"),
    ReviewItem.post.author.id.as_alias("author_id"),
    ReviewItem.post.author.username.as_alias("author_name"),
    ReviewItem.post.author.created.as_alias("author_since"),
    # A private message's item: who and when, never its text (reading it is a logged view).
    ReviewItem.message.id.as_alias("message_id"),
    ReviewItem.message.status.as_alias("message_status"),
    ReviewItem.message.created.as_alias("message_created"),
    ReviewItem.message.author.id.as_alias("message_author_id"),
    ReviewItem.message.author.username.as_alias("message_author_name"),
    ReviewItem.message.author.created.as_alias("message_author_since"),
)


def _as_message_item(item: dict[str, Any]) -> None:
    """A private message's item takes the fields a post's item has, without any text."""
    item.update(
        post_id=0,
        body="",
        html="",
        post_status=item["message_status"],
        post_created=item["message_created"],
        space_slug="",
        space_kind="private",
        author_id=item["message_author_id"],
        author_name=item["message_author_name"],
        author_since=item["message_author_since"],
    )


def _claim_is_live(item: dict[str, Any]) -> bool:
    claimed = item.get("claimed_at")
    return claimed is not None and datetime.now(UTC) - claimed < timedelta(minutes=CLAIM_MINUTES)


async def _decorate(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add reports and the author's history to each item."""
    if not items:
        return items
    for item in items:
        if item["message_id"] is not None:
            _as_message_item(item)
    post_ids = [i["post_id"] for i in items if i["post_id"]] or [0]
    message_ids = [i["message_id"] for i in items if i["message_id"]] or [0]
    reports = await Report.select(
        Report.post, Report.message, Report.category, Report.note, Report.created,
        Report.outcome, Report.reporter.username.as_alias("reporter_name"),
    ).where(Report.post.is_in(post_ids) | Report.message.is_in(message_ids))  # fmt: skip
    by_post: dict[int, list[dict[str, Any]]] = defaultdict(list)
    by_message: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for report in reports:
        if report["message"] is not None:
            by_message[report["message"]].append(report)
        else:
            by_post[report["post"]].append(report)
    for item in items:
        if isinstance(item["findings"], str):
            item["findings"] = json.loads(item["findings"] or "[]")
        if item["message_id"] is not None:
            item["reports"] = by_message.get(item["message_id"], [])
        else:
            item["reports"] = by_post.get(item["post_id"], [])
        item["removals"] = await modlog.removals_of(item["author_id"])
        item["claim_live"] = _claim_is_live(item)
        # Held or reported for offensive content: Remove comes first, approving is confirmed.
        item["offensive"] = actions.offensive_title(item["category"]) is not None
        item["has_pii"] = actions.has_personal_data(item["findings"])
    return items


async def open_items(limit: int = 100, before: int | None = None) -> list[dict[str, Any]]:
    """Open items, oldest first (first in, first out), each with reports and history."""
    query = ReviewItem.select(*_ITEM_COLUMNS).where(ReviewItem.status == ReviewStatus.open.value)
    if before is not None:
        query = query.where(ReviewItem.id > before)
    return await _decorate(await query.order_by(ReviewItem.id).limit(limit))


async def item(item_id: int) -> dict[str, Any]:
    """One item (open or resolved) with reports and history, or Missing."""
    rows = await ReviewItem.select(*_ITEM_COLUMNS).where(ReviewItem.id == item_id)
    if not rows:
        raise Missing(f"There is no review item {item_id}.")
    return (await _decorate(rows))[0]


async def open_count() -> int:
    """How many items wait for a moderator."""
    return await ReviewItem.count().where(ReviewItem.status == ReviewStatus.open.value)


async def perform(
    moderator: Account,
    item_id: int,
    action: object,
    reason: object = "",
    category: object = "",
    hours: object = None,
    channels: ChannelsPlugin | None = None,
    confirm: bool = False,
) -> dict[str, Any]:
    """Carry out one moderator action on a review item; returns the item afterwards."""
    action = check_verb(action, ACTIONS)
    found = await item(item_id)
    if found["status"] != ReviewStatus.open.value and action not in AFTER_RESOLVED:
        raise Conflict("This item was already resolved by another moderator.")
    if found["claim_live"] and found["claimed_by_id"] != moderator.id:
        raise Conflict(f"{found['claimed_by_name']} is working on this item.")
    if action in ("claim", "release"):
        async with db.write_transaction():
            await ReviewItem.claim(item_id, moderator.id if action == "claim" else None)
        await events.publish(channels, events.QUEUE_CHANNEL, {"type": "claimed", "id": item_id})
    else:
        ask = Ask(
            moderator, found["post_id"], reason, category, hours, channels, confirm,
            message_id=found["message_id"],
        )  # fmt: skip
        await dispatch.perform(ask, action)
    return await item(item_id)


async def member_id(username: str) -> int:
    """A member's id by username, or Missing."""
    row = await User.select(User.id).where(User.username == username).first()
    if row is None:
        raise Missing(f"There is no member called {username!r}.")
    return row["id"]
