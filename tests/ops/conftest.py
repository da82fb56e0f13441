"""Operations tests: throw-away PostgreSQL databases and the test Redis, both for real."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Awaitable, Callable

import asyncpg
import pytest
from redis.asyncio import Redis

from tests.conftest import PG_URL, _unavailable
from tests.postgres_db import dsn

REDIS_URL = "redis://127.0.0.1:6379/10"


@pytest.fixture
async def scratch_postgres() -> AsyncIterator[Callable[[], Awaitable[str]]]:
    """Factory: a new, empty PostgreSQL database (dropped after the test); returns its URL."""
    try:
        admin = await asyncpg.connect(dsn(PG_URL), timeout=3)
    except (TimeoutError, OSError, asyncpg.PostgresError) as exc:
        _unavailable(f"PostgreSQL does not answer at {PG_URL}: {exc!r}")
    made: list[str] = []

    async def make() -> str:
        name = f"forum_ops_{secrets.token_hex(4)}"
        await admin.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return PG_URL.rsplit("/", 1)[0] + f"/{name}"

    try:
        yield make
    finally:
        for name in made:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@pytest.fixture
async def redis_url() -> AsyncIterator[str]:
    """The test Redis with its forum keys cleared, or a skip (a failure under CI=true)."""
    client = Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        await client.ping()
    except Exception as exc:
        await client.aclose()
        _unavailable(f"Redis does not answer at {REDIS_URL}: {exc!r}")
    await client.flushdb()
    yield REDIS_URL
    await client.flushdb()
    await client.aclose()
