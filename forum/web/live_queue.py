"""The moderators' live queue over a websocket: new items appear, resolved ones disappear."""

from __future__ import annotations

import asyncio
import contextlib
import json

from litestar import WebSocket, websocket
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.exceptions import WebSocketDisconnect

from forum.accounts.members import Account
from forum.events import ACCOUNTS_CHANNEL, QUEUE_CHANNEL
from forum.metrics import WEBSOCKETS
from forum.web.origins import is_same_origin

CLOSE_FORBIDDEN = 4403
CLOSE_REVOKED = 4401


def refuse_reason(socket: WebSocket) -> str | None:
    """Why this socket may not follow the queue (None when it may)."""
    origin = socket.headers.get("origin")
    if origin and not is_same_origin(socket.scope, origin):
        return "cross-site websocket refused"
    user = socket.scope.get("user")
    if not isinstance(user, Account) or not user.is_moderator:
        return "moderators only"
    return None


@websocket("/ws/moderation", name="live_queue")
async def live_queue(socket: WebSocket, channels: NamedDependency[ChannelsPlugin]) -> None:
    """Forward queue events to a moderator; close when their account is closed or suspended."""
    if reason := refuse_reason(socket):
        await socket.close(code=CLOSE_FORBIDDEN, reason=reason)
        return
    me: Account = socket.scope["user"]
    await socket.accept()
    WEBSOCKETS.labels("moderation").inc()
    async with channels.start_subscription([QUEUE_CHANNEL, ACCOUNTS_CHANNEL]) as subscriber:

        async def forward() -> None:
            async for raw in subscriber.iter_events():
                event = json.loads(raw)
                if event.get("type") in ("closed", "role") and event.get("user") == me.id:
                    await socket.close(code=CLOSE_REVOKED, reason="your access has changed")
                    return
                if event.get("type") in ("item", "resolved", "claimed"):
                    await socket.send_text(raw.decode() if isinstance(raw, bytes) else raw)

        task = asyncio.create_task(forward())
        try:
            while not task.done():
                receive = asyncio.create_task(socket.receive_text())
                done, _ = await asyncio.wait({receive, task}, return_when=asyncio.FIRST_COMPLETED)
                if receive in done:
                    receive.result()
                    await socket.send_json(
                        {
                            "type": "error",
                            "code": "read_only",
                            "detail": "This socket only listens.",
                        }
                    )
                else:
                    receive.cancel()
        except WebSocketDisconnect:
            pass
        finally:
            WEBSOCKETS.labels("moderation").dec()
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
