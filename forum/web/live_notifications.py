"""Notifications live in every open tab of a member, over a websocket.

One subscription per process (``NotificationHub``) receives each ``notify`` event once, from
this process or, through Redis, from any other, and hands it to the sockets of the members it
names that this process holds: a reply watched by a thousand members is one publish, not a
thousand.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from litestar import WebSocket, websocket
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.exceptions import WebSocketDisconnect

from forum import events
from forum.accounts import presence
from forum.accounts.members import Account
from forum.metrics import WEBSOCKETS
from forum.web.origins import is_same_origin

CLOSE_FORBIDDEN = 4403
BACKLOG = 100
"""Notifications kept for a tab that reads slowly; older ones are dropped (the list has them)."""


class NotificationHub:
    """This process's open notification sockets, by member, fed by one subscription."""

    def __init__(self) -> None:
        self.tabs: dict[int, set[asyncio.Queue[dict[str, Any]]]] = {}
        self._lock = asyncio.Lock()
        self._task: asyncio.Task | None = None

    @contextlib.contextmanager
    def tab(self, user_id: int):
        """Register one open tab of a member; yields the queue its notifications arrive on."""
        queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue(BACKLOG)
        self.tabs.setdefault(user_id, set()).add(queue)
        try:
            yield queue
        finally:
            tabs = self.tabs.get(user_id, set())
            tabs.discard(queue)
            if not tabs:
                self.tabs.pop(user_id, None)

    def hand_out(self, event: dict[str, Any]) -> int:
        """Give a ``notify`` event to the open tabs of its members here; returns how many."""
        fresh = set(event.get("fresh") or ())
        given = 0
        for user_id in event.get("users") or ():
            for queue in self.tabs.get(user_id, ()):
                frame = {
                    "type": "notification",
                    "kind": event.get("kind"),
                    "message": event.get("message"),
                    "link": event.get("link"),
                    "fresh": user_id in fresh,
                }
                if "private" in event:  # a private message: an open conversation shows it
                    frame["private"] = event["private"]
                if queue.full():
                    queue.get_nowait()
                queue.put_nowait(frame)
                given += 1
        return given

    async def listen(self, channels: ChannelsPlugin) -> None:
        """Subscribe this process once, when its first tab opens (subscribing at start-up,
        beside the accounts listener, left one of two instances deaf on Redis here)."""
        async with self._lock:
            if self._task is None or self._task.done():
                subscriber = await channels.subscribe([events.NOTIFY_CHANNEL])
                self._task = asyncio.create_task(self._pump(subscriber), name="forum-notify-hub")

    async def _pump(self, subscriber: Any) -> None:
        async for raw in subscriber.iter_events():
            with contextlib.suppress(ValueError, TypeError, AttributeError):
                self.hand_out(json.loads(raw))

    async def stop(self) -> None:
        """Stop listening (at shutdown)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None


def refuse_reason(socket: WebSocket) -> str | None:
    """Why this socket may not follow notifications (None when it may)."""
    origin = socket.headers.get("origin")
    if origin and not is_same_origin(socket.scope, origin):
        return "cross-site websocket refused"
    if not isinstance(socket.scope.get("user"), Account):
        return "sign in to get notifications"
    return None


@websocket("/ws/notifications", name="live_notifications")
async def live_notifications(socket: WebSocket, channels: NamedDependency[ChannelsPlugin]) -> None:
    """Send the member's new notifications to this tab as they happen (it only listens)."""
    if reason := refuse_reason(socket):
        await socket.close(code=CLOSE_FORBIDDEN, reason=reason)
        return
    me: Account = socket.scope["user"]
    hub: NotificationHub = socket.app.state.notification_hub
    await hub.listen(channels)
    await socket.accept()
    WEBSOCKETS.labels("notifications").inc()
    closed = asyncio.Event()

    async def close() -> None:
        closed.set()

    try:
        with presence.connected(me.id, close), hub.tab(me.id) as queue:
            await _serve(socket, queue, closed)
    except WebSocketDisconnect:
        pass
    finally:
        WEBSOCKETS.labels("notifications").dec()


async def _serve(socket: WebSocket, queue: asyncio.Queue, closed: asyncio.Event) -> None:
    receive = asyncio.create_task(socket.receive_text())
    try:
        while True:
            note = asyncio.create_task(queue.get())
            ended = asyncio.create_task(closed.wait())
            done, _ = await asyncio.wait(
                {receive, note, ended}, return_when=asyncio.FIRST_COMPLETED
            )
            if ended in done:
                note.cancel()
                await socket.close(code=4401, reason="your access has changed")
                return
            ended.cancel()
            if note in done:
                await socket.send_json(note.result())
            else:
                note.cancel()
            if receive in done:
                receive.result()  # raises WebSocketDisconnect when the tab goes
                await socket.send_json(
                    {"type": "error", "code": "read_only", "detail": "This socket only listens."}
                )
                receive = asyncio.create_task(socket.receive_text())
    finally:
        receive.cancel()
