"""The ceiling for chat fan-out: a bare `websockets` server that broadcasts what it receives.

    python bench/bare_server.py PORT

No authentication, moderation, storage or pub/sub: each ``send`` frame becomes a
``message`` frame of the same shape as the forum's, broadcast to every socket with
``websockets.broadcast`` (frames written straight to each connection).
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime

BARE_PATH = "/ws/chat/bench"


async def serve(port: int) -> None:
    """Accept sockets on ``port`` and broadcast every message to all of them."""
    from websockets.asyncio.server import broadcast
    from websockets.asyncio.server import serve as ws_serve

    sockets: set = set()
    counter = 0

    async def handler(ws) -> None:
        nonlocal counter
        sockets.add(ws)
        try:
            async for raw in ws:
                frame = json.loads(raw)
                counter += 1
                message = {
                    "type": "message", "id": counter, "room": "bench", "author": "sender",
                    "body": frame["body"], "html": f"<p>{frame['body']}</p>\n",
                    "created": datetime.now(UTC).isoformat(),
                }  # fmt: skip
                broadcast(sockets, json.dumps(message, separators=(",", ":")))
        finally:
            sockets.discard(ws)

    async with ws_serve(handler, "127.0.0.1", port, max_size=65536):
        await asyncio.Future()


if __name__ == "__main__":
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(serve(int(sys.argv[1])))
