"""The database: one engine per process, bound to every table, migrated at start-up."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

from piccolo.apps.migrations.commands.forwards import run_forwards
from piccolo.apps.migrations.tables import Migration
from piccolo.engine.base import Engine
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine, TransactionType

from forum.storage import piccolo_conf
from forum.storage.backup import private_file
from forum.storage.group_commit import GroupCommit
from forum.storage.piccolo_app import FORUM_TABLES
from forum.storage.sqlite_pool import PooledSQLiteEngine

# Piccolo finds its registry through this module path (its default is a top-level piccolo_conf).
os.environ.setdefault("PICCOLO_CONF", "forum.storage.piccolo_conf")
log = logging.getLogger("forum.storage")

_engine: Engine | None = None
_write_lock: asyncio.Lock | None = None
_group: GroupCommit | None = None


class DurabilityError(RuntimeError):
    """The database is configured so that acknowledged writes could be lost."""


def make_engine(url: str) -> Engine:
    """Build a Piccolo engine for a sqlite:/// or postgres:// URL."""
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if file == path or file.exists():
                private_file(file)
        enable_wal(path)
        # timeout: how long a writer waits for the lock before "database is locked".
        return PooledSQLiteEngine(path=str(path), timeout=30)
    parts = urlsplit(url)
    config = {
        "host": parts.hostname or "127.0.0.1",
        "port": parts.port or 5432,
        "user": parts.username or "postgres",
        "password": parts.password or None,
        "database": parts.path.lstrip("/") or "postgres",
    }
    return PostgresEngine(config=config)


def enable_wal(path: Path) -> None:
    """Put a SQLite file in WAL mode once; the mode is stored in the file itself."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")


def bind(engine: Engine) -> None:
    """Make ``engine`` the database of every forum table (and of Piccolo's migration table)."""
    global _engine, _write_lock, _group
    _engine = engine
    _write_lock = asyncio.Lock()
    if _group is not None:
        _group.close()
    _group = GroupCommit(engine) if isinstance(engine, PooledSQLiteEngine) else None
    piccolo_conf.DB = engine
    for table in [*FORUM_TABLES, Migration]:
        table._meta.db = engine


@contextlib.asynccontextmanager
async def connected(url: str, redis_url: str | None = None) -> AsyncIterator[None]:
    """For commands: bind the database, pool connections, and release them all on exit.

    Pooled SQLite connections run in threads that would keep a finished command alive.
    Writes made by the command invalidate the running servers' cached pages (``redis_url``
    when the servers share generations through Redis).
    """
    from forum import page_cache

    bind(make_engine(url))
    page_cache.configure(url, redis_url)
    if isinstance(_engine, PostgresEngine):
        await _engine.start_connection_pool()
    try:
        yield
    finally:
        await close()


CLOSE_GRACE = 10.0
"""Seconds a stopping process waits for pooled PostgreSQL connections still in use."""


async def close() -> None:
    """Release pooled connections (at shutdown); a connection still busy after CLOSE_GRACE
    seconds (a query of a task cancelled mid-way can keep one) is terminated, so shutting down
    never hangs."""
    current = _engine
    if isinstance(current, PooledSQLiteEngine):
        await current.close_pool()
    elif isinstance(current, PostgresEngine) and current.pool is not None:
        pool = current.pool
        try:
            await asyncio.wait_for(asyncio.shield(pool.close()), CLOSE_GRACE)
        except TimeoutError:
            log.warning("shutting down: a database connection was still in use; closing it")
            pool.terminate()
        current.pool = None


def engine() -> Engine:
    """The bound engine; fails loudly if ``bind`` was never called."""
    if _engine is None:
        raise RuntimeError("forum.storage.db.bind() has not been called")
    return _engine


def is_sqlite() -> bool:
    """True when the bound database is SQLite."""
    return isinstance(engine(), SQLiteEngine)


@contextlib.asynccontextmanager
async def write_transaction() -> AsyncIterator[None]:
    """A short write transaction; returns only once its work is durably committed.

    On SQLite, writers of one process run one after another inside a shared IMMEDIATE
    transaction, each in its own savepoint, and one COMMIT (one fsync) makes the whole
    group durable: see ``forum.storage.group_commit``. A writer whose body raises is rolled back to
    its savepoint alone. SQLite cannot upgrade a DEFERRED read lock to a write lock under
    contention (the busy timeout does not cover it), so the lock is taken up front.
    """
    db = engine()
    if isinstance(db, PooledSQLiteEngine):
        assert _group is not None
        async with _group.transaction():
            yield
    elif isinstance(db, SQLiteEngine):
        assert _write_lock is not None
        async with _write_lock, db.transaction(transaction_type=TransactionType.immediate):
            yield
    else:
        async with db.transaction():
            yield


async def migrate() -> None:
    """Apply every Piccolo migration that has not run yet."""
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        result = await run_forwards(app_name="forum")
    if not result.success:
        raise RuntimeError(f"migrations failed: {result.message}\n{output.getvalue()}")


async def check_durability() -> None:
    """Refuse to run when commits would not survive a crash."""
    db = engine()
    if isinstance(db, SQLiteEngine):
        rows = await db.run_ddl("PRAGMA journal_mode")
        mode = str(next(iter(rows[0].values()))).lower()
        rows = await db.run_ddl("PRAGMA synchronous")
        sync = int(next(iter(rows[0].values())))
        if mode != "wal":
            raise DurabilityError(f"SQLite journal_mode is {mode!r}; the forum needs WAL")
        if sync < 2:
            raise DurabilityError(
                f"SQLite synchronous={sync}; durable commits need FULL (2) or EXTRA (3)"
            )
        return
    settings = {}
    for setting in POSTGRES_DURABILITY:
        rows = await db.run_ddl(f"SHOW {setting}")
        settings[setting] = str(next(iter(rows[0].values())))
    check_postgres_settings(settings)


POSTGRES_DURABILITY = ("fsync", "synchronous_commit")


def check_postgres_settings(values: dict[str, str]) -> None:
    """Raise DurabilityError when a PostgreSQL setting (as SHOW reports it) risks commits."""
    for setting in POSTGRES_DURABILITY:
        if values.get(setting, "").strip().lower() == "off":
            raise DurabilityError(
                f"PostgreSQL has {setting}=off, so acknowledged writes could be lost in a "
                f"crash; the forum refuses to start. Turn it on (postgresql.conf, or "
                f"ALTER DATABASE/ROLE ... RESET {setting}) and start again."
            )
