"""Per-member rate limits on chat frames, in one process (the Redis-shared limit: test_redis)."""

from __future__ import annotations

import asyncio
import dataclasses

import pytest

from chat.limits import MemoryLimiter
from forum.settings import Settings
from forum.tables import Post, SpaceKind


@pytest.fixture
def backend() -> str:
    """Limits live in memory or Redis, not in the database."""
    return "sqlite"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Three chat messages per minute, so the limit is reached in a few frames."""
    return dataclasses.replace(settings, chat_rate=3, chat_rate_window=60)


async def test_memory_limiter_counts_per_key_and_resets_after_the_window() -> None:
    limiter = MemoryLimiter(limit=2, window=1)
    assert [await limiter.hit("a") for _ in range(2)] == [None, None]
    wait = await limiter.hit("a")
    assert wait is not None and 0 < wait <= 1
    assert await limiter.hit("b") is None  # another member has their own budget
    await asyncio.sleep(1.05)
    assert await limiter.hit("a") is None


async def test_rate_limit_covers_every_socket_of_a_member(
    open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada = await make_member("ada")
    async with open_chat("lobby", ada) as one, open_chat("lobby", ada) as two:
        assert one.seen[0]["limits"] == {
            "max_body_bytes": 4096, "max_frame_bytes": 16384, "messages": 3, "per_seconds": 60,
        }  # fmt: skip
        for n, chat in enumerate((one, two, one)):
            await chat.send(type="send", body=f"message {n}", client_id=str(n))
            await chat.expect("sent", client_id=str(n))
        await two.send(type="send", body="one too many", client_id="late")
        limited = await two.expect("error", client_id="late")
        assert limited["code"] == "rate_limited" and 0 < limited["retry_after"] <= 60
        assert "at most 3 messages every 60 seconds" in limited["detail"]
    assert await Post.count() == 3
