"""Chat test helpers: real websockets against the real server of each test."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
import websockets

SKIP = ("presence", "pong")


class ChatClient:
    """One websocket client in a room, reading JSON frames."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.seen: list[dict[str, Any]] = []

    async def send(self, **frame: Any) -> None:
        """Send one JSON text frame."""
        await self.ws.send(json.dumps(frame))

    async def recv(self, timeout: float = 5) -> dict[str, Any]:
        """The next frame, whatever its type."""
        frame = json.loads(await asyncio.wait_for(self.ws.recv(), timeout))
        self.seen.append(frame)
        return frame

    async def expect(self, kind: str, timeout: float = 5, **match: Any) -> dict[str, Any]:
        """Read frames until one of ``kind`` (with the given fields) arrives."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            frame = await self.recv(max(0.01, deadline - loop.time()))
            if frame["type"] == kind and all(frame.get(k) == v for k, v in match.items()):
                return frame
            if frame["type"] == "error" and kind != "error":
                raise AssertionError(f"expected {kind}, got error {frame}")

    async def quiet(self, seconds: float = 0.3) -> list[dict[str, Any]]:
        """Frames (other than presence) that arrive within ``seconds``."""
        frames = []
        try:
            while True:
                frame = await self.recv(seconds)
                if frame["type"] not in SKIP:
                    frames.append(frame)
        except TimeoutError:
            return frames


def ws_url(server_url: str, room: str, after: int | None = None) -> str:
    """The chat socket URL of a room."""
    url = server_url.replace("http", "ws", 1) + f"/ws/chat/{room}"
    return url if after is None else f"{url}?after={after}"


@pytest.fixture
def open_chat(server_url: str):
    """Factory: connect to a room as a member (bearer token), by cookie, or as a visitor."""

    @asynccontextmanager
    async def connect(
        room: str,
        member: Any = None,
        *,
        cookie: str | None = None,
        origin: str | None = None,
        after: int | None = None,
        base: str | None = None,
    ) -> AsyncIterator[ChatClient]:
        headers = dict(member.headers) if member is not None else {}
        if cookie:
            headers["Cookie"] = f"forum_session={cookie}"
        if origin:
            headers["Origin"] = origin
        async with websockets.connect(
            ws_url(base or server_url, room, after), additional_headers=headers
        ) as ws:
            client = ChatClient(ws)
            hello = await client.recv()
            assert hello["type"] == "hello", hello
            yield client

    return connect
