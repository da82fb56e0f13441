"""Who is in a room: counts per member (and anonymous visitors) over every app process.

Each process knows its own sockets. Without Redis that is the whole picture. With Redis
each process writes its counts for a room to one hash (``…:{room}:{process}``, expiring
unless refreshed, so a crashed process drops out within PRESENCE_TTL seconds) and reads
the hashes of every process to build the list the room sees.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

log = logging.getLogger("chat.presence")

PRESENCE_TTL = 30
VISITOR = ""  # the count of sockets without an account


def presence_frame(room: str, counts: dict[str, int]) -> dict[str, Any]:
    """The ``presence`` frame: members present (sorted) and how many visitors read along."""
    return {
        "type": "presence",
        "room": room,
        "members": sorted((name for name, n in counts.items() if name and n > 0), key=str.lower),
        "visitors": counts.get(VISITOR, 0),
    }


class MemoryPresence:
    """One process: its own counts are everybody's."""

    def __init__(self) -> None:
        self._counts: dict[str, dict[str, int]] = {}

    async def store(self, room: str, counts: dict[str, int]) -> None:
        """Record this process's counts for a room."""
        if counts:
            self._counts[room] = dict(counts)
        else:
            self._counts.pop(room, None)

    async def merged(self, room: str) -> dict[str, int]:
        """Counts for a room over every process."""
        return dict(self._counts.get(room, {}))


class RedisPresence:
    """Several processes: one expiring hash per room and process, merged on read."""

    def __init__(self, redis: Any, process: str, prefix: str = "forum:chat:presence:") -> None:
        self._redis = redis
        self._process = process
        self._prefix = prefix

    def _keys(self, room: str) -> tuple[str, str]:
        return f"{self._prefix}{room}:{self._process}", f"{self._prefix}{room}:processes"

    async def store(self, room: str, counts: dict[str, int]) -> None:
        """Replace this process's hash for the room (an empty one is deleted)."""
        mine, processes = self._keys(room)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(mine)
            if counts:
                pipe.hset(mine, mapping={name or "~": n for name, n in counts.items()})
                pipe.expire(mine, PRESENCE_TTL)
                pipe.sadd(processes, self._process)
                pipe.expire(processes, PRESENCE_TTL * 4)
            else:
                pipe.srem(processes, self._process)
            await pipe.execute()

    async def merged(self, room: str) -> dict[str, int]:
        """Sum the hashes of every live process; forget processes whose hash expired."""
        _, processes = self._keys(room)
        names = [p.decode() for p in await self._redis.smembers(processes)]
        if not names:
            return {}
        async with self._redis.pipeline(transaction=False) as pipe:
            for name in names:
                pipe.hgetall(f"{self._prefix}{room}:{name}")
            hashes = await pipe.execute()
        total: Counter[str] = Counter()
        gone = []
        for name, values in zip(names, hashes, strict=True):
            if not values:
                gone.append(name)
            for key, count in values.items():
                member = key.decode()
                total[VISITOR if member == "~" else member] += int(count)
        if gone:
            await self._redis.srem(processes, *gone)
        return dict(total)
