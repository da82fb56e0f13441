"""A Piccolo SQLite engine that reuses connections instead of opening one per query.

Piccolo's SQLiteEngine opens a new aiosqlite connection — a new thread and a new file handle —
for every query outside a transaction. Reusing a few connections removes that cost from every
page. Write transactions share one long-lived connection per process (``writer()``), which
``db.write_transaction`` uses to commit several writers' work at once (forum.storage.group_commit).

The write connection is a plain ``sqlite3`` connection whose statements run on the event loop
itself: inside a write transaction that holds the lock they take microseconds, while a hop to
a connection thread and back costs a loop iteration each, and every writer queued behind the
lock pays for all of them. What can wait — BEGIN IMMEDIATE for the lock, COMMIT for its
fsync — runs in a thread (see ``group_commit``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from typing import Any

import aiosqlite
from piccolo.engine.sqlite import SQLiteEngine, dict_factory

POOL_SIZE = 4
MIN_SQLITE = (3, 25)  # the oldest library Piccolo supports
log = logging.getLogger("forum.storage")


class PooledSQLiteEngine(SQLiteEngine):
    """SQLiteEngine with a small pool of autocommitting connections for single statements."""

    def __init__(self, path: str, pool_size: int = POOL_SIZE, **connection_kwargs: Any) -> None:
        super().__init__(path=path, **connection_kwargs)
        self._pool_size = pool_size
        self._idle: asyncio.Queue[aiosqlite.Connection] | None = None
        self._opened: list[aiosqlite.Connection] = []
        self._writer: sqlite3.Connection | None = None

    async def check_version(self) -> None:
        """Log the SQLite library's full version (Piccolo's own line shows 3.40 as "3.4")."""
        log.info("Running SQLite library version %s", sqlite3.sqlite_version)
        if sqlite3.sqlite_version_info < MIN_SQLITE:
            log.warning(
                "SQLite %s is older than %s: some queries may fail; upgrade it.",
                sqlite3.sqlite_version,
                ".".join(map(str, MIN_SQLITE)),
            )

    async def _open(self) -> aiosqlite.Connection:
        connection = await aiosqlite.connect(**self.connection_kwargs)
        connection.row_factory = dict_factory  # type: ignore[assignment]
        await connection.execute("PRAGMA foreign_keys = 1")
        self._opened.append(connection)
        return connection

    async def _acquire(self) -> aiosqlite.Connection:
        if self._idle is None:
            self._idle = asyncio.Queue()
        if self._idle.empty() and len(self._opened) < self._pool_size:
            return await self._open()
        return await self._idle.get()

    async def _run_in_new_connection(
        self,
        query: str,
        args: list[Any] | None = None,
        query_type: str = "generic",
        table: Any = None,
    ) -> Any:
        """Run one statement on a pooled connection and commit it (Piccolo's autocommit).

        Each call into an aiosqlite connection is a hop to its thread and back (a queue put,
        a thread wake-up, a wake-up of the event loop): the statement and its rows take one,
        and only a statement that opened a transaction (a write) takes a second to commit.
        """
        connection = await self._acquire()
        broken = False
        try:
            rows = await connection.execute_fetchall(query, args or [])
            if connection.in_transaction:
                await connection.commit()
            return rows
        except BaseException:
            broken = True
            raise
        finally:
            if broken:
                self._opened.remove(connection)
                await _close_quietly(connection)
            else:
                assert self._idle is not None
                self._idle.put_nowait(connection)

    def writer(self) -> sqlite3.Connection:
        """The connection write transactions run on (one per process; callers serialise).

        Autocommit mode (``isolation_level=None``): the group commit says BEGIN and COMMIT.
        """
        if self._writer is None:
            kwargs = {**self.connection_kwargs, "isolation_level": None}
            kwargs["check_same_thread"] = False  # BEGIN and COMMIT run in a worker thread
            self._writer = sqlite3.connect(**kwargs)
            self._writer.row_factory = dict_factory
            self._writer.execute("PRAGMA foreign_keys = 1")
        return self._writer

    async def drop_writer(self) -> None:
        """Close the write connection after a failure it may not have recovered from."""
        writer, self._writer = self._writer, None
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.close()

    async def _run_in_existing_connection(
        self,
        connection: Any,
        query: str,
        args: list[Any] | None = None,
        query_type: str = "generic",
        table: Any = None,
    ) -> Any:
        """Run a statement inside a transaction (no per-statement PRAGMA: ours set it once)."""
        if isinstance(connection, sqlite3.Connection):  # the write connection: see above
            return connection.execute(query, args or []).fetchall()
        async with connection.execute(query, args or []) as cursor:
            return await cursor.fetchall()

    async def close_pool(self) -> None:
        """Close every pooled connection and the write connection (at shutdown)."""
        opened, self._opened, self._idle = self._opened, [], None
        for connection in opened:
            await _close_quietly(connection)
        await self.drop_writer()


async def _close_quietly(connection: aiosqlite.Connection) -> None:
    with contextlib.suppress(Exception):  # closing a connection whose thread already died
        await connection.close()
