"""Publishing changes to live listeners, always after the transaction has committed: the
channels they go on, ``publish()``, and the channels plugin that carries them.

Every publish goes through ``publish()`` here. It awaits the backend itself
(``ChannelsPlugin.wait_published``) under a timeout instead of handing the event to the
plugin's background worker: one failing Redis call kills that worker for good and every
later ``publish()`` is dropped silently (litestar #5008). Here a failure costs one event,
is logged, and the next publish tries again.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

from litestar.channels import ChannelsPlugin
from litestar.channels.backends.memory import MemoryChannelsBackend

log = logging.getLogger("forum.events")

PUBLISH_TIMEOUT = 1.0

QUEUE_CHANNEL = "moderation:queue"
"""The moderators' live queue: an item opened (``item``), claimed or resolved."""
ACCOUNTS_CHANNEL = "accounts"
"""Changes of accounts every process acts on: ``muted``, ``closed`` (suspended, deleted, a
role changed), so live connections follow at once."""

NOTIFY_CHANNEL = "notifications"
"""Notifications for members: ``notify`` with the recipients' ids, published once per batch;
each process hands it to the open tabs of those members it holds."""


def notify_event(
    users: list[int], fresh: list[int], kind: str, message: str, link: str
) -> dict[str, Any]:
    """The ``notify`` event: one message for many members (``fresh``: those with a new unread
    notification, whose badge counts up; the others' unread one now covers this too)."""
    return {
        "type": "notify",
        "users": users,
        "fresh": fresh,
        "kind": kind,
        "message": message,
        "link": link,
    }


def space_channel(slug: str) -> str:
    """The channel carrying live changes of one space (chat room, board, forum)."""
    return f"space:{slug}"


def post_event(
    *,
    post_id: int,
    topic_id: int | None,
    space_slug: str,
    author: str,
    body: str,
    html: str,
    created: datetime,
) -> dict[str, Any]:
    """The ``post`` event: a visible post with everything a live reader shows.

    Carrying the whole message lets a chat room fan it out to every socket without
    one database read per socket.
    """
    return {
        "type": "post",
        "id": post_id,
        "topic": topic_id,
        "room": space_slug,
        "author": author,
        "body": body,
        "html": html,
        "created": created.astimezone(UTC).isoformat(),
    }


async def publish(channels: ChannelsPlugin | None, channel: str, event: dict[str, Any]) -> None:
    """Send an event to a channel; a failing backend is logged, never raised to the author.

    The data is already committed, so a lost live event costs a reload (chat clients
    catch up from the database), not a post.
    """
    if channels is None:
        return
    try:
        await asyncio.wait_for(channels.wait_published(event, [channel]), PUBLISH_TIMEOUT)
    except Exception as exc:  # a pub/sub outage must not turn a saved post into an error
        log.warning("could not publish %s to %s: %r", event.get("type"), channel, exc)


def channels_plugin(redis_url: str | None) -> ChannelsPlugin:
    """The app's channels: Redis pub/sub across processes when configured, else in memory."""
    if redis_url:
        from litestar.channels.backends.redis import RedisChannelsPubSubBackend
        from redis.asyncio import Redis
        from redis.asyncio.retry import Retry
        from redis.backoff import ExponentialBackoff
        from redis.exceptions import ConnectionError, TimeoutError

        # Reconnect (and resubscribe) after a Redis restart instead of letting the plugin's
        # subscriber task die; publishes are bounded by publish()'s own timeout.
        redis = Redis.from_url(
            redis_url,
            retry=Retry(ExponentialBackoff(cap=1.0, base=0.05), retries=-1),
            retry_on_error=[ConnectionError, TimeoutError, OSError],
        )
        backend = RedisChannelsPubSubBackend(redis=redis)
    else:
        backend = MemoryChannelsBackend()
    return ChannelsPlugin(
        backend=backend,
        arbitrary_channels_allowed=True,
        subscriber_backlog_strategy="dropleft",
        subscriber_max_backlog=1000,
    )
