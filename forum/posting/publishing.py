"""The publish step of posting, after the commit: caches, notices, live readers, fan-out.

Nothing here runs inside a transaction: a post goes out only once it is durable.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from litestar.channels import ChannelsPlugin

from forum import events, page_cache
from forum.accounts.members import Account
from forum.desk import notices
from forum.desk.moderating import Decision
from forum.notifying import fanout
from forum.posting.storing import Stored
from forum.storage.tables import PostStatus, SpaceKind


@dataclass(frozen=True)
class Submitted:
    """What was stored: ids and the status the post got."""

    post_id: int
    topic_id: int | None
    status: str
    decision: Decision
    review_item: int | None = None


async def publish_change(
    channels: ChannelsPlugin | None,
    space_slug: str,
    topic_id: int | None,
    event: dict[str, Any] | None,
    review_item: int | None = None,
) -> None:
    """After the commit, the one way a change to posts goes out: the cached pages of the space
    and topic go stale (even for a held post: its author sees it), notices are mailed, live
    readers of the space get ``event``, and a held post's review item reaches the queue."""
    scopes = [page_cache.space_scope(space_slug)]
    if topic_id is not None:
        scopes.append(page_cache.topic_scope(topic_id))
    await page_cache.invalidate(*scopes)
    await notices.deliver(channels)
    if event is not None:
        await events.publish(channels, events.space_channel(space_slug), event)
    if review_item is not None:
        await events.publish(channels, events.QUEUE_CHANNEL, {"type": "item", "id": review_item})


async def publish_post(
    channels: ChannelsPlugin | None,
    space: dict,
    author: Account,
    decision: Decision,
    post: Stored,
    topic_id: int | None,
    item: int | None,
) -> Submitted:
    """After the commit: a new post goes out whole (author, text, time) when visible, so a
    chat room can fan it out without reading it back once per socket."""
    event = None
    if decision.status == PostStatus.visible:
        event = events.post_event(
            post_id=post.id,
            topic_id=topic_id,
            space_slug=space["slug"],
            author=author.username,
            body=post.body,
            html=post.html,
            created=post.created,
        )
    await publish_change(channels, space["slug"], topic_id, event, item)
    if event is not None and space["kind"] != SpaceKind.chat.value:
        # Chat is read live in the room; its messages notify nobody (no per-message fan-out).
        await fanout.post_published(post.id, channels)
    return Submitted(post.id, topic_id, decision.status.value, decision, item)
