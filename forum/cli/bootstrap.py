"""Start-up: migrate under a lock, refuse non-durable databases, seed the demo once."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
from collections.abc import AsyncIterator

import asyncpg

from forum.settings import Settings
from forum.storage import db

_PG_LOCK_KEY = 0x666F72756D  # "forum": one start-up at a time across machines


@contextlib.asynccontextmanager
async def startup_lock(settings: Settings) -> AsyncIterator[None]:
    """Serialise start-up work across processes (file lock) or machines (PG advisory lock)."""
    if settings.is_sqlite:
        path = settings.sqlite_path.with_suffix(".startup.lock")
        with open(path, "w") as handle:
            await asyncio.to_thread(fcntl.flock, handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        return
    conn = await asyncpg.connect(settings.database_url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute("SELECT pg_advisory_lock($1)", _PG_LOCK_KEY)
        try:
            yield
        finally:
            await conn.execute("SELECT pg_advisory_unlock($1)", _PG_LOCK_KEY)
    finally:
        await conn.close()


async def prepare_database(settings: Settings, *, seed: bool) -> dict[str, str] | None:
    """Migrate, check durability, and seed the demo on an empty database.

    Returns the demo credentials when this call created them (to print once), else None.
    """
    from forum.cli.demo import seed_demo
    from forum.privacy.policies import seed_policies

    async with startup_lock(settings):
        await db.migrate()
        await db.check_durability()
        await seed_policies()
        if seed:
            return await seed_demo(settings)
    return None


def announce_credentials(credentials: dict[str, str] | None) -> None:
    """Print freshly created demo staff passwords, once."""
    if credentials:
        lines = [f"  {name:<10} password: {password}" for name, password in credentials.items()]
        print("Demo community created. Staff accounts (shown once, keep them):", flush=True)
        print("\n".join(lines), flush=True)
