"""The chat side of one app process: rooms, rate limits, presence, account events, upkeep.

Built by ``forum.app.create_app`` (one per app, so two apps in one test process do not
share rooms) and started after the channels plugin. Memory-backed by default; with
``FORUM_REDIS_URL`` the rate limits and presence are shared through Redis and a periodic
catch-up covers events lost while Redis was away.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import secrets
import sys
from datetime import datetime
from typing import Any

import msgspec
from litestar import Litestar
from litestar.channels import ChannelsPlugin

from chat.connection import Connection
from chat.hub import Rooms
from chat.presence import MemoryPresence, RedisPresence
from chat.protocol import CLOSE_ACCOUNT, reply
from forum.events import ACCOUNTS_CHANNEL
from forum.settings import Settings

log = logging.getLogger("chat.service")

CATCH_UP_EVERY = 2.0
PRESENCE_EVERY = 10.0
_gc_tuned = False


def tune_runtime() -> None:
    """Once per process: freeze start-up objects, collect less often, switch threads sooner.

    With ~1,000 sockets the collector's full passes drove the latency tail; freezing and
    collecting less often cut it (README, "Scaling chat", measured with bench/chat_fanout.py).
    """
    global _gc_tuned
    if _gc_tuned:
        return
    _gc_tuned = True
    gc.collect()
    gc.freeze()
    gen0, gen1, gen2 = gc.get_threshold()
    gc.set_threshold(max(gen0, 20_000), max(gen1, 20), max(gen2, 20))
    # SQLite runs in aiosqlite's threads: while a large room fans out, the default 5 ms
    # switch interval makes every database step of a sender wait that long for the GIL.
    sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))


class ChatService:
    """Everything chat needs that lives as long as the app process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.process = secrets.token_hex(6)
        self.redis: Any = None
        self.rooms: Rooms | None = None
        self._accounts: Any = None
        self._tasks: list[asyncio.Task[None]] = []

    @property
    def hub(self) -> Rooms:
        """The rooms (available once the app has started)."""
        if self.rooms is None:
            raise RuntimeError("the chat service has not started")
        return self.rooms

    async def start(self, app: Litestar) -> None:
        """Start-up hook: after the channels plugin, before the first socket."""
        channels = app.plugins.get(ChannelsPlugin)
        presence: Any = MemoryPresence()
        if self.settings.redis_url:
            from redis.asyncio import Redis

            self.redis = Redis.from_url(self.settings.redis_url, socket_timeout=2)
            presence = RedisPresence(self.redis, self.process)
        self.rooms = Rooms(channels, presence, poll=self.redis is not None)
        # Held for the life of the process: live_queue's sockets come and go on this
        # channel, and a permanent subscriber avoids the last-unsubscribe race (#4894).
        self._accounts = await channels.subscribe([ACCOUNTS_CHANNEL])
        self._tasks.append(asyncio.create_task(self._follow_accounts()))
        self._tasks.append(asyncio.create_task(self._upkeep()))
        tune_runtime()

    async def stop(self, app: Litestar) -> None:
        """Shut-down hook: stop background work and close the Redis client."""
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self.rooms is not None:
            await self.rooms.stop()
        if self.redis is not None:
            with contextlib.suppress(Exception):
                await self.redis.aclose()

    async def _follow_accounts(self) -> None:
        async for raw in self._accounts.iter_events():
            try:
                self.on_account_event(msgspec.json.decode(raw))
            except Exception:
                log.exception("account event could not be handled")

    def on_account_event(self, event: dict[str, Any]) -> None:
        """Muted members are told at once; closed accounts lose their sockets (4401)."""
        user = event.get("user")
        conns: set[Connection] = self.hub.users.get(user, set()) if isinstance(user, int) else set()
        kind = event.get("type")
        if kind == "muted":
            until = datetime.fromisoformat(event["until"])
            detail = f"A moderator muted you until {until:%Y-%m-%d %H:%M} UTC."
            for conn in conns:
                conn.muted_until = until
                conn.push_text(reply("muted", until=event["until"], detail=detail))
        elif kind in ("closed", "role"):
            reason = "Your account was closed or its access changed; sign in again."
            for conn in list(conns):
                self.hub.spawn(conn.close(CLOSE_ACCOUNT, reason))

    async def _upkeep(self) -> None:
        """With Redis: catch up on missed events, refresh presence before it expires."""
        if self.redis is None:
            return
        since_presence = 0.0
        while True:
            await asyncio.sleep(CATCH_UP_EVERY)
            since_presence += CATCH_UP_EVERY
            try:
                await self.hub.catch_up()
                if since_presence >= PRESENCE_EVERY:
                    since_presence = 0.0
                    await self.hub.refresh_presence()
            except Exception as exc:
                log.warning("chat upkeep failed, retrying: %r", exc)
