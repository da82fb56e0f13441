"""One chat socket's outgoing side: frames are written at once, queued only under backpressure.

A room fans one encoded frame out to every socket. Waking a writer task per socket per
message (1,000 wake-ups for one line of chat) crowds the event loop so badly that the
sender's own database round trips queue behind them. So ``push()`` runs the ASGI send
*eagerly*: the server's send returns without suspending whenever the socket's transport
accepts data (the common case), exactly like ``websockets.broadcast``. Only when it does
suspend (the client reads slowly) does a task finish that send, and later frames wait in
a bounded queue behind it. A client MAX_PENDING frames behind is closed with 4408
(reconnect and resume from the database) instead of slowing the room or eating memory.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import Any

from litestar import WebSocket

from chat.protocol import CLOSE_TOO_SLOW
from forum.accounts.members import Account

log = logging.getLogger("chat.connection")

MAX_PENDING = 512
CLOSE_TIMEOUT = 2.0


def send_message(text: str) -> dict[str, Any]:
    """The ASGI event for a text frame (one dict can be shared by every socket)."""
    return {"type": "websocket.send", "text": text}


async def _finish(coro: Coroutine[Any, Any, Any], blocked: Any) -> None:
    """Drive a send coroutine that suspended on ``blocked`` to its end (like a Task would)."""
    while True:
        try:
            if blocked is None:
                await asyncio.sleep(0)
            else:
                await blocked
        except BaseException:
            coro.close()  # cancelled while waiting: let the send clean up, then stop
            raise
        try:
            blocked = coro.send(None)
        except StopIteration:
            return


class Connection:
    """A socket in a room, with the account behind it (None for a visitor)."""

    __slots__ = (
        "_busy",
        "_drainer",
        "account",
        "checked",
        "closed",
        "muted_until",
        "pending",
        "room",
        "send",
        "socket",
    )

    def __init__(
        self, socket: WebSocket, account: Account | None, room: str, send: Any = None
    ) -> None:
        self.socket = socket
        self.send = send or socket.send
        self.account = account
        self.checked = 0.0  # loop time when the account was last read from the database
        self.room = room
        self.muted_until: datetime | None = account.muted_until if account else None
        self.pending: deque[dict[str, Any]] = deque()
        self.closed = False
        self._busy = True  # hold frames until hello and history are queued (see start)
        self._drainer: asyncio.Task[None] | None = None

    @property
    def user_id(self) -> int | None:
        """The member's account id, or None for a visitor."""
        return self.account.id if self.account else None

    @property
    def is_muted(self) -> bool:
        """Muted members read but may not send."""
        return self.muted_until is not None and self.muted_until > datetime.now(UTC)

    def start(self) -> None:
        """Start sending, queued frames first (hello and history were put at the front)."""
        self._drainer = asyncio.get_running_loop().create_task(self._drain(None, None))

    def push(self, message: dict[str, Any]) -> None:
        """Send an ASGI event now if the socket takes it, else queue it; never blocks."""
        if self.closed:
            return
        if self._busy:
            if len(self.pending) >= MAX_PENDING:
                self._too_slow()
            else:
                self.pending.append(message)
            return
        coro = self.send(message)
        try:
            blocked = coro.send(None)
        except StopIteration:
            return  # written: the usual case
        except Exception:  # the client went away; the reader sees the disconnect
            self.closed = True
            return
        self._busy = True
        self._drainer = asyncio.get_running_loop().create_task(self._drain(coro, blocked))

    def push_text(self, text: str) -> None:
        """Queue one frame of JSON text for this socket alone."""
        self.push(send_message(text))

    async def _drain(self, coro: Coroutine[Any, Any, Any] | None, blocked: Any) -> None:
        try:
            if coro is not None:
                await _finish(coro, blocked)
            while self.pending and not self.closed:
                await self.send(self.pending.popleft())
        except asyncio.CancelledError:
            raise
        except Exception:
            self.closed = True
        finally:
            self._busy = False

    def _too_slow(self) -> None:
        self.pending.clear()
        asyncio.get_running_loop().create_task(
            self.close(CLOSE_TOO_SLOW, "You fell too far behind; reconnect and resume.")
        )

    async def close(self, code: int, reason: str) -> None:
        """Stop sending and close the socket with a documented code (idempotent)."""
        if self.closed:
            return
        await self.finish()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.socket.close(code=code, reason=reason), CLOSE_TIMEOUT)

    async def finish(self) -> None:
        """Stop sending; the socket is closing or gone."""
        self.closed = True
        self.pending.clear()
        drainer, self._drainer = self._drainer, None
        if drainer is not None and drainer is not asyncio.current_task() and not drainer.done():
            drainer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await drainer
