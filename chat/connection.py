"""One chat socket's outgoing side: a bounded queue drained by its own writer task.

The room pushes a frame that was encoded once into every connection's queue and moves
on; each writer sends at its own client's pace. A client that falls MAX_PENDING frames
behind is closed (4408: reconnect and resume from the database) instead of slowing the
room or growing memory without bound.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from datetime import UTC, datetime
from typing import Any

from litestar import WebSocket

from chat.protocol import CLOSE_TOO_SLOW
from forum.accounts import Account

log = logging.getLogger("chat.connection")

MAX_PENDING = 512
CLOSE_TIMEOUT = 2.0


def send_message(text: str) -> dict[str, Any]:
    """The ASGI event for a text frame (one dict can be shared by every socket)."""
    return {"type": "websocket.send", "text": text}


class Connection:
    """A socket in a room, with the account behind it (None for a visitor)."""

    __slots__ = (
        "_waiter",
        "_writer",
        "account",
        "closed",
        "muted_until",
        "pending",
        "room",
        "socket",
    )

    def __init__(self, socket: WebSocket, account: Account | None, room: str) -> None:
        self.socket = socket
        self.account = account
        self.room = room
        self.muted_until: datetime | None = account.muted_until if account else None
        self.pending: deque[dict[str, Any]] = deque()
        self.closed = False
        self._waiter: asyncio.Future[None] | None = None
        self._writer: asyncio.Task[None] | None = None

    @property
    def user_id(self) -> int | None:
        """The member's account id, or None for a visitor."""
        return self.account.id if self.account else None

    @property
    def is_muted(self) -> bool:
        """Muted members read but may not send."""
        return self.muted_until is not None and self.muted_until > datetime.now(UTC)

    def start(self) -> None:
        """Start sending what is queued (after hello and history were queued first)."""
        self._writer = asyncio.create_task(self._write())

    def push(self, message: dict[str, Any]) -> None:
        """Queue an ASGI send event; never blocks. A client too far behind is closed."""
        if self.closed:
            return
        if len(self.pending) >= MAX_PENDING:
            self.pending.clear()
            asyncio.get_running_loop().create_task(
                self.close(CLOSE_TOO_SLOW, "You fell too far behind; reconnect and resume.")
            )
            return
        self.pending.append(message)
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                waiter.set_result(None)

    def push_text(self, text: str) -> None:
        """Queue one frame of JSON text for this socket alone."""
        self.push(send_message(text))

    async def _write(self) -> None:
        send = self.socket.send
        pending = self.pending
        loop = asyncio.get_running_loop()
        try:
            while not self.closed:
                while pending:
                    await send(pending.popleft())
                self._waiter = loop.create_future()
                await self._waiter
        except asyncio.CancelledError:
            raise
        except Exception:  # the client went away mid-send: the reader sees the disconnect
            self.closed = True

    async def close(self, code: int, reason: str) -> None:
        """Stop sending and close the socket with a documented code (idempotent)."""
        if self.closed:
            return
        self.closed = True
        self.pending.clear()
        if self._writer is not None and self._writer is not asyncio.current_task():
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._writer
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.socket.close(code=code, reason=reason), CLOSE_TIMEOUT)

    async def finish(self) -> None:
        """The client is gone: stop the writer without sending anything."""
        self.closed = True
        self.pending.clear()
        if self._writer is not None:
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._writer
