"""Rate limits shared by every process: in memory by default, in Redis when FORUM_REDIS_URL is set.

Fixed windows: the first hit of a key starts a window of ``window`` seconds; more than
``limit`` hits inside it are refused until it ends.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Protocol

from redis.exceptions import RedisError

log = logging.getLogger("forum.limits")

# A request's head: `forum run` has uvicorn refuse one over MAX_HEAD_BYTES (400) before the
# app sees it; the app refuses more than MAX_HEADERS header lines, or that many bytes, itself
# (431), whichever server runs it. nginx's default large_client_header_buffers (4 8k) fits.
MAX_HEAD_BYTES = 16 * 1024
MAX_HEADERS = 100


@dataclass(frozen=True)
class Rule:
    """At most ``limit`` events per ``window`` seconds."""

    limit: int
    window: int

    @classmethod
    def parse(cls, text: str, name: str) -> Rule:
        """Read "6/60" (six per sixty seconds); raise SystemExit with the setting's name."""
        try:
            limit, window = (int(part) for part in text.split("/"))
        except ValueError:
            raise SystemExit(f"{name} must look like 6/60 (events/seconds), got {text!r}") from None
        if limit < 1 or window < 1:
            raise SystemExit(f"{name} needs a positive count and window, got {text!r}")
        return cls(limit, window)


class Limiter(Protocol):
    """Counts events per key; ``hit`` returns seconds to wait when over the limit, else None."""

    async def hit(self, key: str, rule: Rule) -> float | None:
        """Count one event; None when allowed, else the seconds until it would be."""
        ...

    async def peek(self, key: str, rule: Rule) -> float | None:
        """Seconds to wait if the key is already over its limit, without counting."""
        ...

    async def clear(self, key: str) -> None:
        """Forget a key (after a successful sign-in, say)."""
        ...

    async def give_back(self, key: str) -> None:
        """Uncount one event of the current window (a post refused before anything was stored)."""
        ...

    async def remaining(self, key: str, rule: Rule) -> tuple[int, float]:
        """(events still allowed in the current window, seconds until it ends), without counting."""
        ...


class MemoryLimiter:
    """Per-process counters, for the single-process default."""

    def __init__(self) -> None:
        self._windows: dict[str, tuple[float, int]] = {}

    async def hit(self, key: str, rule: Rule) -> float | None:
        """Count one event in this process."""
        now = time.monotonic()
        start, count = self._windows.get(key, (now, 0))
        if now - start >= rule.window:
            start, count = now, 0
        count += 1
        self._windows[key] = (start, count)
        if len(self._windows) > 100_000:
            self._forget_old(now)
        return None if count <= rule.limit else rule.window - (now - start)

    async def peek(self, key: str, rule: Rule) -> float | None:
        """Seconds to wait if already at the limit in this process."""
        now = time.monotonic()
        start, count = self._windows.get(key, (now, 0))
        if now - start >= rule.window or count < rule.limit:
            return None
        return rule.window - (now - start)

    async def clear(self, key: str) -> None:
        """Forget a key."""
        self._windows.pop(key, None)

    async def give_back(self, key: str) -> None:
        """Uncount one event, if its window is still the current one."""
        if (entry := self._windows.get(key)) is not None and entry[1] > 0:
            self._windows[key] = (entry[0], entry[1] - 1)

    async def remaining(self, key: str, rule: Rule) -> tuple[int, float]:
        """Events left in this process's current window, and seconds until it ends."""
        now = time.monotonic()
        start, count = self._windows.get(key, (now, 0))
        if now - start >= rule.window:
            return rule.limit, 0.0
        return max(0, rule.limit - count), rule.window - (now - start)

    def _forget_old(self, now: float, horizon: float = 3600) -> None:
        self._windows = {k: v for k, v in self._windows.items() if now - v[0] < horizon}


# DECR only a key that still exists: after its window expired, a DECR would start the next
# window at -1 and allow one event too many.
_GIVE_BACK = """
if redis.call('exists', KEYS[1]) == 1 and tonumber(redis.call('get', KEYS[1])) > 0 then
  return redis.call('decr', KEYS[1])
end
return 0
"""


class RedisLimiter:
    """Counters in Redis (INCR + EXPIRE), so every process and machine shares them."""

    def __init__(self, url: str, prefix: str = "forum:limit:") -> None:
        from redis.asyncio import Redis

        # Short timeouts: an unreachable Redis must cost a sign-in a second, not a hang.
        self._redis = Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        self._prefix = prefix

    async def hit(self, key: str, rule: Rule) -> float | None:
        """Count one event for every process; while Redis is down, allow (and say so)."""
        name = self._prefix + key
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.incr(name)
                pipe.expire(name, rule.window, nx=True)
                pipe.ttl(name)
                count, _, ttl = await pipe.execute()
        except (RedisError, OSError) as exc:
            log.warning("rate limit %s not enforced, Redis failed: %r", key, exc)
            return None
        return None if count <= rule.limit else float(max(ttl, 1))

    async def peek(self, key: str, rule: Rule) -> float | None:
        """Seconds to wait if already at the limit anywhere."""
        name = self._prefix + key
        try:
            count, ttl = await self._redis.get(name), await self._redis.ttl(name)
        except (RedisError, OSError) as exc:
            log.warning("rate limit %s not checked, Redis failed: %r", key, exc)
            return None
        if count is None or int(count) < rule.limit:
            return None
        return float(max(ttl, 1))

    async def clear(self, key: str) -> None:
        """Forget a key everywhere."""
        await self._redis.delete(self._prefix + key)

    async def give_back(self, key: str) -> None:
        """Uncount one event everywhere; a window that ended meanwhile is left alone."""
        try:
            await self._redis.eval(_GIVE_BACK, 1, self._prefix + key)
        except (RedisError, OSError) as exc:
            log.warning("rate limit %s not given back, Redis failed: %r", key, exc)

    async def remaining(self, key: str, rule: Rule) -> tuple[int, float]:
        """Events left in the shared window, and seconds until it ends (all, if Redis fails)."""
        name = self._prefix + key
        try:
            count, ttl = await self._redis.get(name), await self._redis.ttl(name)
        except (RedisError, OSError) as exc:
            log.warning("rate limit %s not read, Redis failed: %r", key, exc)
            return rule.limit, 0.0
        if count is None or ttl < 0:
            return rule.limit, 0.0
        return max(0, rule.limit - int(count)), float(ttl)

    async def close(self) -> None:
        """Close the Redis connection pool."""
        await self._redis.aclose()


def request_limit_store(url: str):
    """The store of Litestar's per-request limit in Redis, failing open like RedisLimiter.

    Litestar's RateLimitMiddleware reads and writes its store on every POST; a plain
    RedisStore would turn a Redis outage into a 500 for every form and API write.
    """
    from datetime import timedelta

    from litestar.stores.redis import RedisStore
    from redis.asyncio import Redis

    class FailOpenRedisStore(RedisStore):
        async def get(self, key: str, renew_for: int | timedelta | None = None) -> bytes | None:
            try:
                return await super().get(key, renew_for)
            except (RedisError, OSError) as exc:
                log.warning("request limit %s not checked, Redis failed: %r", key, exc)
                return None

        async def set(
            self, key: str, value: str | bytes, expires_in: int | timedelta | None = None
        ) -> None:
            try:
                await super().set(key, value, expires_in)
            except (RedisError, OSError) as exc:
                log.warning("request limit %s not counted, Redis failed: %r", key, exc)

    redis = Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
    return FailOpenRedisStore(redis, namespace="forum-rl", handle_client_shutdown=True)


_limiter: Limiter = MemoryLimiter()


def limiter() -> Limiter:
    """The limiter in use."""
    return _limiter


def make_limiter(redis_url: str | None) -> Limiter:
    """Redis-backed when a Redis URL is configured, else in memory."""
    return RedisLimiter(redis_url) if redis_url else MemoryLimiter()


@dataclass(frozen=True)
class Rules:
    """The limits in force (from settings)."""

    login: Rule = Rule(6, 60)
    login_ip: Rule = Rule(6, 60)
    posts: Rule = Rule(20, 60)
    posts_new: Rule = Rule(5, 60)
    reports: Rule = Rule(20, 3600)
    chat: Rule = Rule(20, 10)
    chat_new: Rule = Rule(10, 10)
    conversations: Rule = Rule(20, 3600)
    conversations_new: Rule = Rule(3, 86400)


_rules = Rules()


def configure(chosen: Limiter, rules: Rules) -> None:
    """Set the limiter and the rules this process uses (when the app is built)."""
    global _limiter, _rules
    _limiter, _rules = chosen, rules


def rules() -> Rules:
    """The limits in force."""
    return _rules


_exempt: ContextVar[bool] = ContextVar("forum_limits_exempt", default=False)


@contextlib.contextmanager
def exempt() -> Iterator[None]:
    """Inside this block (this task only) posting limits are not counted: the operator's
    own writes, like seeding the demo, must not fail or use up the members' allowance."""
    token = _exempt.set(True)
    try:
        yield
    finally:
        _exempt.reset(token)


def is_exempt() -> bool:
    """True inside ``exempt()``."""
    return _exempt.get()


def wait_text(seconds: float) -> str:
    """ "try again in 42 seconds" for messages."""
    whole = max(1, round(seconds))
    return f"try again in {whole} second{'s' if whole != 1 else ''}"
