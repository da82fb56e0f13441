"""Open live connections per account, so closing an account closes them at once.

Websocket handlers register each connection with ``connected(user_id, close)``; when an
account is deleted (or suspended) ``close_account`` calls every registered ``close`` in
this process, and a ``{"type": "closed", "user": id}`` event on the ``accounts`` channel tells
the other processes (and sockets that follow that channel, like the live moderation queue) to
do the same. Suspensions publish the same event, so ``listen`` closes those accounts too.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from litestar.channels import ChannelsPlugin

from forum import events

log = logging.getLogger("forum.presence")

CloseCallback = Callable[[], Awaitable[None]]
_open: dict[int, set[CloseCallback]] = {}


@contextlib.contextmanager
def connected(user_id: int, close: CloseCallback):
    """Register a live connection of ``user_id`` for as long as the ``with`` block runs."""
    _open.setdefault(user_id, set()).add(close)
    try:
        yield
    finally:
        callbacks = _open.get(user_id)
        if callbacks is not None:
            callbacks.discard(close)
            if not callbacks:
                _open.pop(user_id, None)


def open_connections(user_id: int) -> int:
    """How many live connections of this account this process holds."""
    return len(_open.get(user_id, ()))


async def close_account(user_id: int) -> int:
    """Close every live connection of an account in this process; returns how many."""
    callbacks = list(_open.pop(user_id, ()))
    for close in callbacks:
        try:
            await close()
        except Exception:  # one broken socket must not keep the others open
            log.exception("could not close a connection of account %s", user_id)
    return len(callbacks)


async def account_closed(channels: ChannelsPlugin | None, user_id: int) -> None:
    """After the deletion has committed: close here at once, and tell the other processes."""
    await close_account(user_id)
    await events.publish(channels, events.ACCOUNTS_CHANNEL, {"type": "closed", "user": user_id})


async def listen(channels: ChannelsPlugin) -> None:
    """Close local connections of accounts closed by other processes (runs for the app's life)."""
    async with channels.start_subscription([events.ACCOUNTS_CHANNEL]) as subscriber:
        async for message in subscriber.iter_events():
            event = _decode(message)
            if event.get("type") == "closed" and isinstance(event.get("user"), int):
                await close_account(event["user"])


def _decode(message: Any) -> dict[str, Any]:
    try:
        data = json.loads(message) if isinstance(message, bytes | str) else message
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


@contextlib.asynccontextmanager
async def listening(channels: ChannelsPlugin | None) -> AsyncIterator[None]:
    """Run ``listen`` in the background while the app runs."""
    if channels is None:
        yield
        return
    task = asyncio.create_task(listen(channels), name="forum-presence")
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
