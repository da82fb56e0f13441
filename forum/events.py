"""Publishing changes to live listeners, always after the transaction has committed."""

from __future__ import annotations

import logging
from typing import Any

from litestar.channels import ChannelsPlugin

log = logging.getLogger("forum.events")


def space_channel(slug: str) -> str:
    """The channel carrying live changes of one space (chat room, board, forum)."""
    return f"space:{slug}"


async def publish(channels: ChannelsPlugin | None, channel: str, event: dict[str, Any]) -> None:
    """Send an event to a channel; a failing backend is logged, never raised to the author.

    The data is already committed, so a lost live event costs a reload, not a post.
    """
    if channels is None:
        return
    try:
        channels.publish(event, channels=[channel])
    except Exception:  # a pub/sub outage must not turn a saved post into an error
        log.exception("could not publish %s to %s", event.get("type"), channel)
