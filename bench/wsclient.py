"""A lean RFC 6455 receiving client for load tests: many sockets, little CPU per frame.

It does the real opening handshake (and checks Sec-WebSocket-Accept), reads unmasked
server frames, answers pings with masked pongs, and timestamps every text frame that
carries a benchmark sequence number. A library client costs several times more CPU per
frame; on a 2-core machine that would measure the load generator, not the server.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import os
import struct
import time

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MARK = b'"body":"bench '


def _masked(opcode: int, payload: bytes) -> bytes:
    mask = os.urandom(4)
    body = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return bytes([0x80 | opcode, 0x80 | len(payload)]) + mask + body


class Receiver(asyncio.Protocol):
    """One socket: handshake, then (sequence, arrival time) for each benchmark message."""

    def __init__(self, host: str, path: str, headers: dict[str, str] | None = None) -> None:
        self.key = base64.b64encode(os.urandom(16))
        self.request = (
            f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
            + "".join(f"{k}: {v}\r\n" for k, v in (headers or {}).items())
            + f"Sec-WebSocket-Key: {self.key.decode()}\r\n\r\n"
        ).encode()
        self.buffer = bytearray()
        self.open = asyncio.get_running_loop().create_future()
        self.closed = asyncio.get_running_loop().create_future()
        self.arrivals: list[tuple[int, float]] = []
        self.frames = 0
        self.transport: asyncio.Transport | None = None
        self.upgraded = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        """Send the opening handshake."""
        self.transport = transport  # type: ignore[assignment]
        transport.write(self.request)  # type: ignore[attr-defined]

    def data_received(self, data: bytes) -> None:
        """Parse the handshake answer, then as many whole frames as arrived."""
        self.buffer += data
        if not self.upgraded:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end]).decode("latin-1")
            del self.buffer[: end + 4]
            accept = base64.b64encode(hashlib.sha1(self.key + GUID).digest()).decode()
            if " 101 " not in head.split("\r\n")[0] or accept not in head:
                self.open.set_exception(ConnectionError(head.split("\r\n")[0]))
                return
            self.upgraded = True
            self.open.set_result(None)
        self._frames()

    def _frames(self) -> None:
        buf = self.buffer
        now = time.perf_counter()
        pos = 0
        size = len(buf)
        while size - pos >= 2:
            opcode = buf[pos] & 0x0F
            length = buf[pos + 1] & 0x7F
            start = pos + 2
            if length == 126:
                if size - pos < 4:
                    break
                length = struct.unpack_from("!H", buf, pos + 2)[0]
                start = pos + 4
            elif length == 127:
                if size - pos < 10:
                    break
                length = struct.unpack_from("!Q", buf, pos + 2)[0]
                start = pos + 10
            if size - start < length:
                break
            end = start + length
            if opcode == 1:
                self.frames += 1
                at = buf.find(MARK, start, end)
                if at >= 0:
                    digits = at + len(MARK)
                    stop = buf.find(b" ", digits, end)
                    self.arrivals.append((int(buf[digits:stop]), now))
            elif opcode == 9 and self.transport is not None:
                self.transport.write(_masked(0xA, bytes(buf[start:end])))
            elif opcode == 8 and not self.closed.done():
                self.closed.set_result(bytes(buf[start:end]))
            pos = end
        if pos:
            del buf[:pos]

    def connection_lost(self, exc: Exception | None) -> None:
        """Remember that the socket is gone."""
        if not self.open.done():
            self.open.set_exception(exc or ConnectionError("closed during handshake"))
        if not self.closed.done():
            self.closed.set_result(None)

    def close(self) -> None:
        """Send a close frame and drop the connection."""
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(_masked(0x8, struct.pack("!H", 1000)))
            self.transport.close()


async def connect(host: str, port: int, path: str, headers: dict | None = None) -> Receiver:
    """Open one receiving socket and wait for the handshake."""
    loop = asyncio.get_running_loop()
    _, protocol = await loop.create_connection(
        lambda: Receiver(f"{host}:{port}", path, headers), host, port
    )
    await asyncio.wait_for(protocol.open, 10)
    return protocol
