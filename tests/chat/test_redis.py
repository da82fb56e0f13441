"""Two app instances over Redis: rooms, moderation, presence and rate limits span processes.

Both instances run in this test's event loop (real uvicorn servers, one database); only
Redis connects them. Skipped with the reason when Redis does not answer (failed under CI).
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import secrets
import shutil
import socket
import subprocess
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from forum.app import create_app
from forum.settings import Settings
from forum.storage.tables import SpaceKind
from tests.conftest import IN_CI, serve

REDIS_URL = os.environ.get("FORUM_TEST_REDIS_URL", "redis://127.0.0.1:6379/9")

pytestmark = pytest.mark.redis


@pytest.fixture
def backend() -> str:
    """Redis carries the events; one database engine is enough here."""
    return "sqlite"


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    """The test Redis (its chat keys cleared), or a skip with the reason."""
    client = Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        await client.ping()
    except Exception as exc:
        await client.aclose()
        reason = f"Redis does not answer at {REDIS_URL}: {exc!r}"
        if IN_CI:
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    for pattern in ("forum:chat:*", "forum:limit:chat:*"):  # ids repeat across test databases
        async for key in client.scan_iter(pattern):
            await client.delete(key)
    yield REDIS_URL
    await client.aclose()


@pytest.fixture
async def pair(settings: Settings, redis_url: str, server_url: str) -> AsyncIterator[list[str]]:
    """Two more instances of the forum on the same database, sharing Redis."""
    shared = dataclasses.replace(settings, redis_url=redis_url, chat_rate=4, chat_rate_window=60)
    async with serve(create_app(shared)) as one, serve(create_app(shared)) as two:
        yield [one, two]


def _room() -> str:
    # Pub/sub channels are not scoped by Redis database: a unique room per test run.
    return f"redis-{secrets.token_hex(4)}"


async def test_a_message_sent_on_one_instance_reaches_sockets_on_the_other(
    pair: list[str], open_chat, make_member, make_space
) -> None:
    room = _room()
    await make_space(room, SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    mod = await make_member("mod", role="moderator")
    one, two = pair
    async with (
        open_chat(room, ada, base=one) as a,
        open_chat(room, bob, base=two) as b,
        open_chat(room, mod, base=two) as m,
    ):
        await a.send(type="send", body="hello from one")
        sent = await b.expect("message", body="hello from one")
        await b.send(type="send", body="hello from two")
        await a.expect("message", body="hello from two")
        await m.send(type="remove", id=sent["id"], category="spam", reason="Test removal.")
        await a.expect("removed", id=sent["id"])
        presence = await a.expect("presence", timeout=5, members=["ada", "bob", "mod"])
        assert presence["room"] == room


async def test_the_rate_limit_is_shared_across_instances(
    pair: list[str], open_chat, make_member, make_space
) -> None:
    room = _room()
    await make_space(room, SpaceKind.chat)
    ada = await make_member("ada")
    one, two = pair
    async with open_chat(room, ada, base=one) as a1, open_chat(room, ada, base=two) as a2:
        for n, chat in enumerate((a1, a2, a1, a2)):
            await chat.send(type="send", body=f"message {n}", client_id=str(n))
            await chat.expect("sent", client_id=str(n))
        await a1.send(type="send", body="fifth", client_id="over")
        assert (await a1.expect("error", client_id="over"))["code"] == "rate_limited"


@pytest.fixture
async def private_redis(tmp_path) -> AsyncIterator[dict]:
    """A redis-server of this test's own on a free port, which the test may stop and start."""
    binary = shutil.which("redis-server")
    if binary is None:
        reason = "redis-server is not installed (apt-get install redis-server)"
        if IN_CI:
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    args = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly",
            "no", "--dir", str(tmp_path)]  # fmt: skip
    state: dict = {"url": f"redis://127.0.0.1:{port}/0", "proc": None}

    async def start() -> None:
        state["proc"] = subprocess.Popen(args, stdout=subprocess.DEVNULL)
        client = Redis.from_url(state["url"])
        for _ in range(100):
            try:
                await client.ping()
                break
            except Exception:
                await asyncio.sleep(0.02)
        await client.aclose()

    def stop() -> None:
        state["proc"].terminate()
        state["proc"].wait(5)

    state.update(start=start, stop=stop)
    await start()
    yield state
    stop()


async def test_nothing_is_lost_across_a_redis_restart(
    settings: Settings, private_redis: dict, server_url: str, open_chat, make_member, make_space
) -> None:
    room = _room()
    await make_space(room, SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    shared = dataclasses.replace(settings, redis_url=private_redis["url"])
    async with (
        serve(create_app(shared)) as one,
        serve(create_app(shared)) as two,
        open_chat(room, ada, base=one) as a,
        open_chat(room, bob, base=two) as b,
    ):
        await a.send(type="send", body="before")
        await b.expect("message", body="before")
        private_redis["stop"]()
        await a.send(type="send", body="while redis is down", client_id="down")
        await a.expect("sent", client_id="down")  # stored, so acknowledged
        await b.expect("message", body="while redis is down", timeout=6)  # the catch-up
        await private_redis["start"]()
        assert await _subscribers(private_redis["url"], f"space:{room}", 2) == 2
        await a.send(type="send", body="after")
        await b.expect("message", body="after", timeout=3)


async def _subscribers(url: str, channel: str, want: int) -> int:
    """Wait (up to 5 s) until ``want`` processes subscribe to ``channel`` again."""
    client = Redis.from_url(url)
    try:
        for _ in range(100):
            [(_, count)] = await client.pubsub_numsub(channel)
            if count >= want:
                return count
            await asyncio.sleep(0.05)
        return count
    finally:
        await client.aclose()
