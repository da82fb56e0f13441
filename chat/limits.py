"""Per-member rate limits for chat frames: in this process, or shared through Redis.

A fixed window per member: at most ``limit`` actions per ``window`` seconds. Without
Redis the counts live in this process (one process serves every socket); with Redis
every process counts in the same key (INCR, then EXPIRE on the first hit), so a member
cannot multiply the limit by opening sockets on several app processes.
"""

from __future__ import annotations

import logging
import time
from typing import Protocol

log = logging.getLogger("chat.limits")


class Limiter(Protocol):
    """``hit()`` counts one action; it returns None when allowed, else seconds to wait."""

    limit: int
    window: int

    async def hit(self, key: str) -> float | None:
        """Count an action for ``key``."""
        ...


class MemoryLimiter:
    """Counts in this process."""

    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self._counts: dict[str, tuple[float, int]] = {}

    async def hit(self, key: str) -> float | None:
        """Count an action for ``key`` in the current window."""
        now = time.monotonic()
        started, count = self._counts.get(key, (now, 0))
        if now - started >= self.window:
            started, count = now, 0
        count += 1
        self._counts[key] = (started, count)
        if len(self._counts) > 10_000:
            self._forget(now)
        if count > self.limit:
            return round(self.window - (now - started), 1)
        return None

    def _forget(self, now: float) -> None:
        for key in [k for k, (s, _) in self._counts.items() if now - s >= self.window]:
            del self._counts[key]


class RedisLimiter:
    """Counts in Redis, shared by every app process; lets traffic through if Redis fails."""

    def __init__(self, redis: object, limit: int, window: int, prefix: str = "forum:chat:rate:"):
        self.limit = limit
        self.window = window
        self._redis = redis
        self._prefix = prefix
        self._warned = 0.0

    async def hit(self, key: str) -> float | None:
        """INCR the member's key (EXPIRE on the first hit); over the limit → seconds left."""
        name = self._prefix + key
        try:
            async with self._redis.pipeline(transaction=False) as pipe:  # type: ignore[attr-defined]
                pipe.incr(name)
                pipe.expire(name, self.window, nx=True)
                pipe.pttl(name)
                count, _, ttl = await pipe.execute()
        except Exception as exc:  # a Redis outage must not stop the chat
            now = time.monotonic()
            if now - self._warned > 60:
                self._warned = now
                log.warning("chat rate limit not enforced, Redis failed: %r", exc)
            return None
        if count > self.limit:
            return round(max(ttl, 0) / 1000, 1) or 0.1
        return None
