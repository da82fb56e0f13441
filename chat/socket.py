"""``/ws/chat/{room}``: the chat websocket. Checks before accepting, then frames in, frames out.

Before ``accept()``: the Origin must be this site (browsers send the session cookie to
any page's websocket; Litestar does not check). Then: no such room → 4404, removed from
the room → 4409. After that every frame gets an answer or an error frame; nothing a
client sends raises into the server log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from litestar import WebSocket, websocket
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar.types import ASGIApp, Receive, Scope, Send

from chat import history, kicks
from chat.commands import Context, dispatch, history_frame
from chat.connection import Connection, send_message
from chat.protocol import (
    CLOSE_FLOOD,
    CLOSE_KICKED,
    CLOSE_NO_ROOM,
    CLOSE_TOO_BIG,
    CLOSE_TRY_AGAIN,
    MAX_BODY_BYTES,
    MAX_FRAME_BYTES,
    FrameError,
    error,
    parse,
    reply,
)
from chat.service import ChatService
from forum import limits
from forum.accounts.members import Account
from forum.posting.checks import rate_rule
from forum.web.origins import is_same_origin

log = logging.getLogger("chat.socket")

FLOOD_WINDOW = 10.0
JOIN_TIMEOUT = 5.0
CLOSE_FORBIDDEN = 4403


RAW_SEND = "chat.raw_send"


def keep_raw_send(app: ASGIApp) -> ASGIApp:
    """ASGI middleware (first in the list): keep the ``send`` our middleware stack receives.

    Fan-out writes each frame to 1,000 sockets; this lets it skip the wrappers added further
    in (the WebSocket object's per-call state check, which matters only around ``accept``).
    """

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            scope[RAW_SEND] = send  # type: ignore[literal-required]
        await app(scope, receive, send)

    return middleware


def foreign_origin(socket: WebSocket) -> bool:
    """True when a browser page from another site opened this socket."""
    origin = socket.headers.get("origin")
    return origin is not None and (origin == "null" or not is_same_origin(socket.scope, origin))


def _after_param(socket: WebSocket) -> int | None:
    raw = socket.query_params.get("after")
    try:
        return max(0, int(raw)) if raw not in (None, "") else None
    except ValueError:
        return None


def _hello(room: dict[str, Any], conn: Connection, service: ChatService) -> str:
    account = conn.account
    role = "visitor" if account is None else ("moderator" if account.is_moderator else "member")
    rule = limits.rules().chat if account is None else rate_rule(account, chat=True)
    return reply(
        "hello",
        room=room["slug"],
        title=room["title"],
        you=account.username if account else None,
        role=role,
        muted_until=conn.muted_until.isoformat() if conn.is_muted and conn.muted_until else None,
        limits={
            "max_body_bytes": MAX_BODY_BYTES,
            "max_frame_bytes": MAX_FRAME_BYTES,
            "messages": rule.limit,
            "per_seconds": rule.window,
        },
    )


@websocket("/ws/chat/{room:str}", name="chat_socket")
async def chat_socket(
    socket: WebSocket, room: FromPath[str], channels: NamedDependency[ChannelsPlugin]
) -> None:
    """A chat room over a websocket: history on join, live messages, moderation frames."""
    if foreign_origin(socket):
        await socket.close(code=CLOSE_FORBIDDEN, reason="cross-site websocket refused")
        return
    service: ChatService = socket.app.state.chat
    account = socket.scope.get("user")
    account = account if isinstance(account, Account) else None
    info = await history.chat_room(room)
    if info is None:
        await socket.accept()
        await socket.close(code=CLOSE_NO_ROOM, reason="There is no chat room by that name.")
        return
    if account is not None and (until := await kicks.banned_until(info["id"], account.id)):
        await socket.accept()
        reason = f"Removed from this room until {until:%Y-%m-%d %H:%M} UTC."
        await socket.close(code=CLOSE_KICKED, reason=reason)
        return
    await socket.accept()
    conn = Connection(socket, account, info["slug"], socket.scope.get(RAW_SEND))
    ctx = Context(conn, info, service, channels)
    hub = service.hub
    try:
        await asyncio.wait_for(hub.join(info, conn), JOIN_TIMEOUT)
    except Exception as exc:  # the pub/sub backend is unreachable: the client retries
        log.warning("could not join %s: %r", info["slug"], exc)
        hub.leave(conn)
        await conn.close(CLOSE_TRY_AGAIN, "The chat is briefly unavailable; reconnecting.")
        return
    try:
        # Live frames queued while joining go after hello and history, never before.
        first = await history_frame(ctx, _after_param(socket))
        conn.pending.appendleft(send_message(first))
        conn.pending.appendleft(send_message(_hello(info, conn, service)))
        conn.start()
        await _read(socket, ctx, service)
    finally:
        hub.leave(conn)
        await conn.finish()


async def _read(socket: WebSocket, ctx: Context, service: ChatService) -> None:
    """Frames in until the client leaves or the socket is closed by the server."""
    conn = ctx.conn
    budget = max(60, limits.rules().chat.limit * 3)  # frames of any kind, per window
    window_start, frames = time.monotonic(), 0
    while True:
        message = await socket.receive()
        if message["type"] != "websocket.receive":
            return
        if conn.closed:
            continue
        now = time.monotonic()
        if now - window_start > FLOOD_WINDOW:
            window_start, frames = now, 0
        frames += 1
        if frames > budget * 2:
            await conn.close(CLOSE_FLOOD, "Too many frames; slow down and reconnect.")
            continue
        if frames > budget:
            conn.push_text(error("rate_limited", "Too many frames; slow down.", None))
            continue
        text = message.get("text")
        if text is None:
            conn.push_text(error("binary_not_supported", "Send JSON text frames, not binary."))
            continue
        if len(text.encode("utf-8", "surrogatepass")) > MAX_FRAME_BYTES:
            await conn.close(CLOSE_TOO_BIG, f"Frames can be at most {MAX_FRAME_BYTES} bytes.")
            continue
        await _handle(text, ctx)


async def _handle(text: str, ctx: Context) -> None:
    client_id = None
    try:
        frame = parse(text)
        client_id = frame.client_id
        await dispatch(ctx, frame)
    except FrameError as problem:
        ctx.conn.push_text(problem.frame())
    except Exception:  # a bug of ours, not the client's: log it, tell the client plainly
        log.exception("chat frame failed in %s", ctx.room["slug"])
        ctx.conn.push_text(
            error("internal_error", "Something went wrong on our side; try again.", client_id)
        )
