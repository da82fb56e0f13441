"""A Piccolo SQLite engine that reuses connections instead of opening one per query.

Piccolo's SQLiteEngine opens a new aiosqlite connection — a new thread and a new file handle —
for every query outside a transaction. Reusing a few connections removes that cost from every
page. Transactions still get their own connection (see ``db.write_transaction``).
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import aiosqlite
from piccolo.engine.sqlite import SQLiteEngine, dict_factory

POOL_SIZE = 4


class PooledSQLiteEngine(SQLiteEngine):
    """SQLiteEngine with a small pool of autocommitting connections for single statements."""

    def __init__(self, path: str, pool_size: int = POOL_SIZE, **connection_kwargs: Any) -> None:
        super().__init__(path=path, **connection_kwargs)
        self._pool_size = pool_size
        self._idle: asyncio.Queue[aiosqlite.Connection] | None = None
        self._opened: list[aiosqlite.Connection] = []

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
        """Run one statement on a pooled connection and commit it (Piccolo's autocommit)."""
        connection = await self._acquire()
        broken = False
        try:
            async with connection.execute(query, args or []) as cursor:
                rows = await cursor.fetchall()
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

    async def close_pool(self) -> None:
        """Close every pooled connection (at shutdown)."""
        opened, self._opened, self._idle = self._opened, [], None
        for connection in opened:
            await _close_quietly(connection)


async def _close_quietly(connection: aiosqlite.Connection) -> None:
    with contextlib.suppress(Exception):  # closing a connection whose thread already died
        await connection.close()
