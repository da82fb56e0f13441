"""Rendered pages and fragments, cached per process, invalidated on every write in every process.

Rendering a 50-post topic through Jinja costs about a millisecond of CPU, so a page rendered
on every request caps near a twentieth of what the server can send. Here:

- **Visitors** get whole pages from memory: the home page, spaces, topics, feeds. A visitor's
  page holds nothing personal (no account, no CSRF token: a render that asks for a token is
  never stored) and sets no cookie. It varies only with its path and query string, and
  those make its key.
- **Members** get their page rendered around cached fragments (a topic's post list), so the
  per-user chrome (name, notices, CSRF tokens) is always fresh. A fragment is kept per
  member (it shows their own held posts and their Edit/Delete controls) and never holds a
  CSRF token: forms in it carry a placeholder that is replaced with the browser's own token
  on the way out.

**Invalidation** works by generations. Every cached entry depends on a few *scopes* —
``site`` (everything: spaces, member names), ``space:<slug>`` and ``topic:<id>`` — and
remembers their generation numbers when it was rendered. A write that changes what a scope
shows calls ``invalidate(...)`` *after its commit*; that bumps the scopes' generations, and
every process that next reads an entry sees the numbers differ and renders afresh. An entry
is never trusted longer than ``MAX_AGE`` seconds either.

Where generations live, so that every process agrees:

- by default, in a small memory-mapped file next to the SQLite database (or in the temp
  directory, named after a PostgreSQL URL): processes on one machine read it with no system
  call and bump it under a file lock, so invalidation is seen immediately by every worker;
- with ``FORUM_REDIS_URL``, in Redis (one ``MGET`` per cached read, ``SET`` per bump), which
  is what several machines share. A failing Redis means a miss (render afresh), never a page
  served stale on purpose.

Generations start from random values and a bump writes a fresh random value in Redis, so a
lost or recreated store can never bring back an old number and with it an old page.
"""

from __future__ import annotations

import asyncio
import fcntl
import hashlib
import logging
import mmap
import os
import secrets
import struct
import tempfile
import time
import zlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from pathlib import Path
from typing import Any

log = logging.getLogger("forum.page_cache")

MAX_AGE = 300.0
"""Seconds after which an entry is rendered afresh even when no write touched its scopes."""

SITE = "site"


def space_scope(slug: str) -> str:
    """The scope of one space's pages (topic list, board, chat history, feed)."""
    return f"space:{slug}"


def topic_scope(topic_id: int) -> str:
    """The scope of one topic's pages."""
    return f"topic:{topic_id}"


class FileGenerations:
    """Generation numbers in a shared memory-mapped file: every process on the machine sees bumps.

    Scopes hash into a fixed table of 64-bit slots; two scopes sharing a slot only cost an
    extra render now and then.
    """

    SLOTS = 1 << 15

    def __init__(self, path: Path) -> None:
        self.path = path
        size = self.SLOTS * 8
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            if os.fstat(fd).st_size < size:  # new file: random starting points, never zeros
                os.ftruncate(fd, 0)
                os.write(fd, secrets.token_bytes(size))
            fcntl.flock(fd, fcntl.LOCK_UN)
            self._map = mmap.mmap(fd, size)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def close(self) -> None:
        """Unmap the file and close it (when another database is configured)."""
        self._map.close()
        os.close(self._fd)

    def _slot(self, scope: str) -> int:
        return (zlib.crc32(scope.encode()) & (self.SLOTS - 1)) * 8

    async def read(self, scopes: tuple[str, ...]) -> tuple[int, ...] | None:
        """The current generation of each scope."""
        return tuple(struct.unpack_from("<Q", self._map, self._slot(s))[0] for s in scopes)

    async def bump(self, scopes: Iterable[str]) -> None:
        """Give each scope a new generation."""
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            for offset in {self._slot(s) for s in scopes}:
                value = struct.unpack_from("<Q", self._map, offset)[0]
                struct.pack_into("<Q", self._map, offset, (value + 1) & 0xFFFFFFFFFFFFFFFF)
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)


class RedisGenerations:
    """Generation tokens in Redis, shared by every process on every machine."""

    def __init__(self, url: str) -> None:
        from redis.asyncio import Redis

        self._redis = Redis.from_url(url, socket_timeout=1.0, socket_connect_timeout=1.0)
        self._prefix = "forum:pagegen:"

    async def read(self, scopes: tuple[str, ...]) -> tuple[Any, ...] | None:
        """The current token of each scope; a scope without one gets one; None if Redis fails."""
        keys = [self._prefix + s for s in scopes]
        try:
            values = await self._redis.mget(keys)
            if any(v is None for v in values):  # new, or lost in a Redis restart: never "0"
                for key, value in zip(keys, values, strict=True):
                    if value is None:
                        await self._redis.set(key, secrets.token_hex(8), nx=True)
                values = await self._redis.mget(keys)
        except Exception as exc:  # Redis down: render afresh, store nothing
            log.warning("page cache: cannot read generations: %r", exc)
            return None
        return tuple(values)

    async def bump(self, scopes: Iterable[str]) -> None:
        """Give each scope a new random token."""
        async with self._redis.pipeline(transaction=False) as pipe:
            for scope in set(scopes):
                pipe.set(self._prefix + scope, secrets.token_hex(8))
            await pipe.execute()


Generations = FileGenerations | RedisGenerations
_store: Generations | None = None
_configured: tuple[str, str | None] | None = None


def generations_path(database_url: str) -> Path:
    """Where the shared generations file of a database lives."""
    if database_url.startswith("sqlite:///"):
        return Path(database_url.removeprefix("sqlite:///") + ".pagegen")
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"forum-{digest}.pagegen"


def configure(database_url: str, redis_url: str | None) -> None:
    """Choose where generations live for this process (the app and commands that write)."""
    global _store, _configured
    if _configured == (database_url, redis_url) and _store is not None:
        return
    if isinstance(_store, FileGenerations):
        _store.close()
    if redis_url:
        _store = RedisGenerations(redis_url)
    else:
        _store = FileGenerations(generations_path(database_url))
    _configured = (database_url, redis_url)


async def invalidate(*scopes: str) -> None:
    """After a commit: every cached page or fragment that shows these scopes is rendered afresh."""
    if _store is None or not scopes:
        return
    try:
        await _store.bump(scopes)
    except Exception as exc:  # the write has committed; say loudly that pages may lag
        log.error("page cache: could not invalidate %s: %r (pages may lag)", scopes, exc)
        _local_epoch[0] += 1


_local_epoch = [0]  # bumped when a shared invalidation failed: this process drops everything


async def invalidate_post(post: dict[str, Any]) -> None:
    """After a change to one post (a row of ``queries.post_by_id``): its topic and its space."""
    scopes = [space_scope(post["space.slug"])]
    if post.get("topic") is not None:
        scopes.append(topic_scope(post["topic"]))
    await invalidate(*scopes)


class PageCache:
    """The entries of one app: a bounded LRU of (generations, rendered text)."""

    def __init__(self, max_entries: int) -> None:
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple, tuple[tuple, float, Any]] = OrderedDict()
        self._rendering: dict[tuple, asyncio.Future] = {}
        self.hits = 0
        self.misses = 0

    async def get_or_render(
        self, key: tuple, scopes: tuple[str, ...], render: Callable[[], Awaitable[tuple[Any, bool]]]
    ) -> Any:
        """The cached value for ``key`` if its scopes are unchanged, else ``render()``'s.

        ``render`` returns (value, storable); a value rendered with something personal in it
        says storable=False and is served once, never kept. Requests that miss the same entry
        at the same time wait for one render instead of each rendering it (no stampede when a
        popular page goes stale).
        """
        if self.max_entries <= 0 or _store is None:
            return (await render())[0]
        generations = await _store.read((SITE, *scopes))
        if generations is None:
            return (await render())[0]
        generations = (_local_epoch[0], *generations)
        now = time.monotonic()
        found = self._entries.get(key)
        if found is not None and found[0] == generations and now - found[1] < MAX_AGE:
            self.hits += 1
            self._entries.move_to_end(key)
            return found[2]
        self.misses += 1
        flight = (key, generations)
        if (running := self._rendering.get(flight)) is not None:
            outcome = await asyncio.shield(running)
            if outcome[0] == "error":
                raise outcome[1]
            if outcome[0] == "done" and outcome[2]:
                return outcome[1]
            return (await render())[0]  # the first render was personal or cancelled
        self._rendering[flight] = running = asyncio.get_running_loop().create_future()
        try:
            value, storable = await render()
        except Exception as exc:  # e.g. a 404: the waiters get the same answer
            running.set_result(("error", exc))
            raise
        except BaseException:
            running.set_result(("cancelled",))
            raise
        finally:
            del self._rendering[flight]
        running.set_result(("done", value, storable))
        if storable:
            self._entries[key] = (generations, now, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        """Forget every entry."""
        self._entries.clear()
