"""Group commit for SQLite: several writers' transactions made durable by one COMMIT.

With ``synchronous=FULL`` every COMMIT waits for an fsync (about 5 ms on this kind of disk),
and SQLite has one writer at a time, so committing each post alone caps a forum near 200
posts per second on an idle machine and far below on a busy one. Here the writers of a
process queue for one write connection; the first opens ``BEGIN IMMEDIATE``, each runs its
work inside its own ``SAVEPOINT`` (a failing writer is rolled back alone), and the group is
committed when nobody else is queued (or after ``MAX_GROUP`` writers). Every writer returns
only after the COMMIT that holds its work, so nothing is acknowledged before it is durable.
If that COMMIT fails, every writer of the group gets the error: none of them was
acknowledged and none of their work is kept.

Between processes (``--workers N``) the write lock is a file lock next to the database,
taken before ``BEGIN IMMEDIATE``: a waiting process wakes the moment the other commits,
where SQLite's own busy handler would sleep and poll (up to 100 ms a time).
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import os
from collections.abc import AsyncIterator
from typing import Any

from piccolo.engine.sqlite import SQLiteTransaction, TransactionType

MAX_GROUP = 64


class _Group:
    """One open transaction and the writers inside it."""

    def __init__(self, transaction: SQLiteTransaction) -> None:
        self.transaction = transaction
        self.size = 0
        self.closing = False
        self.done: asyncio.Future[None] = asyncio.get_running_loop().create_future()


class GroupCommit:
    """Runs write transactions of one process on its write connection, committing in groups."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self._lock = asyncio.Lock()
        self._queued = 0
        self._group: _Group | None = None
        self.commits = 0  # groups committed, for tests and metrics
        self._closers: set[asyncio.Task] = set()  # referenced until done
        path = engine.connection_kwargs["database"] + ".writelock"
        self._lock_file = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)

    def close(self) -> None:
        """Close the lock file (when the process binds another database)."""
        os.close(self._lock_file)

    async def _lock_across_processes(self) -> None:
        try:
            fcntl.flock(self._lock_file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        waiting = asyncio.ensure_future(
            asyncio.to_thread(fcntl.flock, self._lock_file, fcntl.LOCK_EX)
        )
        try:
            await asyncio.shield(waiting)
        except asyncio.CancelledError:  # never leave the lock held by a thread nobody awaits
            waiting.add_done_callback(lambda _: self._unlock_across_processes())
            raise

    def _unlock_across_processes(self) -> None:
        fcntl.flock(self._lock_file, fcntl.LOCK_UN)

    async def _open(self) -> _Group:
        transaction = SQLiteTransaction(self.engine, TransactionType.immediate, allow_nested=False)
        await self._lock_across_processes()
        try:
            transaction.connection = connection = self.engine.writer()
            await _in_thread(connection.execute, "BEGIN IMMEDIATE")  # may wait for the lock
        except BaseException:
            self._unlock_across_processes()
            await self.engine.drop_writer()
            raise
        return _Group(transaction)

    async def _finish(self, group: _Group, error: BaseException | None = None) -> None:
        """Commit the group (or roll it back after ``error``) and tell its writers."""
        self._group = None
        connection = group.transaction.connection
        try:
            await _in_thread(connection.execute, "COMMIT" if error is None else "ROLLBACK")
        except BaseException as exc:
            error = error or exc
            with contextlib.suppress(Exception):
                connection.execute("ROLLBACK")
            await self.engine.drop_writer()
        finally:
            self._unlock_across_processes()
        if error is None:
            self.commits += 1
            group.done.set_result(None)
        else:
            group.done.set_exception(error)
            group.done.exception()  # retrieved here: a group of one has no one else to wait

    async def _close_later(self, group: _Group) -> None:
        """Queued behind the writers waiting now: commit the group once they have joined it."""
        async with self._lock:
            if self._group is group:
                await self._finish(group)

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[None]:
        """Run the caller's work in the current group; return after the group's COMMIT."""
        self._queued += 1
        try:
            await self._lock.acquire()
        finally:
            self._queued -= 1
        try:
            if self._group is None:
                self._group = await self._open()
            group = self._group
            group.size += 1
            connection = group.transaction.connection
            savepoint = f"writer_{group.size}"
            token = self.engine.current_transaction.set(group.transaction)
            try:
                connection.execute(f"SAVEPOINT {savepoint}")
                try:
                    yield
                except BaseException:
                    try:
                        connection.execute(f"ROLLBACK TO {savepoint}")
                        connection.execute(f"RELEASE {savepoint}")
                    except BaseException as broken:  # the whole transaction is gone
                        await self._finish(group, broken)
                    raise
                connection.execute(f"RELEASE {savepoint}")
            finally:
                self.engine.current_transaction.reset(token)
        finally:
            current = self._group
            if current is not None:
                if self._queued == 0 or current.size >= MAX_GROUP:
                    await self._finish(current)
                elif not current.closing:
                    current.closing = True
                    closer = asyncio.get_running_loop().create_task(self._close_later(current))
                    self._closers.add(closer)
                    closer.add_done_callback(self._closers.discard)
            self._lock.release()
        await asyncio.shield(group.done)


async def _in_thread(function: Any, *args: Any) -> Any:
    """Run a blocking call in a thread and wait for it even if cancelled meanwhile.

    A COMMIT or BEGIN abandoned half-way would leave the connection in an unknown state.
    """
    running = asyncio.ensure_future(asyncio.to_thread(function, *args))
    try:
        return await asyncio.shield(running)
    except asyncio.CancelledError:
        with contextlib.suppress(BaseException):
            await running
        raise
