"""The asyncio news server: connections, line and size limits, timeouts, TLS, start and stop."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import ssl
from collections.abc import AsyncIterable

from litestar.channels import ChannelsPlugin

from forum.nntp.commands import COMMANDS
from forum.nntp.protocol import MAX_ARTICLE_LINE_BYTES, MAX_COMMAND_BYTES, Reply
from forum.nntp.session import Session
from forum.settings import Settings

log = logging.getLogger("forum.nntp")
FLUSH_BYTES = 64 * 1024
STOP_GRACE = 5.0
"""Seconds a stopping server gives open connections to finish the command they are on."""


class LineReader:
    """Reads CRLF lines with a length cap; an over-long line is discarded and flagged."""

    def __init__(self, reader: asyncio.StreamReader) -> None:
        self.reader = reader
        self.buffer = bytearray()

    async def readline(self, limit: int) -> tuple[bytes | None, bool]:
        """(line without its CRLF, too_long); the line is None at end of stream."""
        too_long = False
        while True:
            end = self.buffer.find(b"\n")
            if end >= 0:
                line = bytes(self.buffer[:end]).removesuffix(b"\r")
                del self.buffer[: end + 1]
                return line, too_long or len(line) > limit
            if len(self.buffer) > limit + 2:
                too_long = True
                self.buffer.clear()
            chunk = await self.reader.read(4096)
            if not chunk:
                return None, too_long
            self.buffer += chunk


class Connection:
    """One client: reads commands, lets the session answer, writes replies."""

    def __init__(
        self, server: NewsServer, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.settings = server.settings
        self.lines = LineReader(reader)
        self.writer = writer
        secure = writer.get_extra_info("sslcontext") is not None
        self.session = Session(
            server.settings,
            server.channels,
            COMMANDS,
            may_authenticate=secure or server.settings.nntp_plain_auth or _is_loopback(writer),
            peer=_peer_host(writer),
        )

    async def send(self, reply: Reply) -> None:
        """Write a status line and its dot-stuffed data block; slow readers time out."""
        out = bytearray(reply.status.encode() + b"\r\n")
        if reply.lines is not None:
            if isinstance(reply.lines, AsyncIterable):
                async for line in reply.lines:
                    await self._add(out, line)
            else:
                for line in reply.lines:
                    await self._add(out, line)
            out += b".\r\n"
        await self._flush(out)

    async def _add(self, out: bytearray, line: str) -> None:
        data = line.encode()
        out += (b"." + data if data.startswith(b".") else data) + b"\r\n"
        if len(out) >= FLUSH_BYTES:
            await self._flush(out)

    async def _flush(self, out: bytearray) -> None:
        self.writer.write(bytes(out))
        out.clear()
        async with asyncio.timeout(self.settings.nntp_idle_timeout):
            await self.writer.drain()

    async def _read_article(self) -> Reply:
        """The article after 340: dot-unstuffed, within the size and line limits and in time."""
        limit = self.settings.nntp_max_article_bytes
        data = bytearray()
        too_big = too_long = False
        async with asyncio.timeout(self.settings.nntp_idle_timeout):
            while True:
                line, long_line = await self.lines.readline(MAX_ARTICLE_LINE_BYTES)
                if line is None:
                    return Reply(400, "Connection closed in the middle of an article", close=True)
                if line == b".":
                    break
                too_long = too_long or long_line
                line = line[1:] if line.startswith(b".") else line
                if len(data) + len(line) + 2 > limit:
                    too_big = True
                if not too_big:
                    data += line + b"\r\n"
        if too_big:
            return Reply(441, f"Articles can be at most {limit:,} bytes; nothing was posted")
        if too_long:
            return Reply(441, f"Lines can be at most {MAX_ARTICLE_LINE_BYTES} bytes (RFC 5322)")
        return await self.session.receive_article(bytes(data))

    async def _next_reply(self) -> Reply | None:
        try:
            async with asyncio.timeout(self.settings.nntp_idle_timeout):
                raw, too_long = await self.lines.readline(MAX_COMMAND_BYTES - 2)
        except TimeoutError:
            return Reply(400, "Idle for too long; closing the connection", close=True)
        if raw is None:
            return None
        if too_long:
            return Reply(501, f"Command lines can be at most {MAX_COMMAND_BYTES} bytes")
        try:
            text = raw.decode()
        except UnicodeDecodeError:
            return Reply(501, "Commands must be UTF-8 text")
        return await self.session.handle(text)

    async def serve(self, greeting: Reply) -> None:
        """Greet, then answer commands until QUIT, a timeout, or the client goes away."""
        await self.send(greeting)
        while True:
            reply = await self._next_reply()
            if reply is None:
                return
            await self.send(reply)
            if reply.wants_article:
                try:
                    reply = await self._read_article()
                except TimeoutError:
                    reply = Reply(400, "The article took too long to arrive; closing", close=True)
                await self.send(reply)
            if reply.close:
                return


def _peer_host(writer: asyncio.StreamWriter) -> str:
    peer = writer.get_extra_info("peername")
    return str(peer[0]) if peer else ""


def _is_loopback(writer: asyncio.StreamWriter) -> bool:
    peer = writer.get_extra_info("peername")
    try:
        return bool(peer) and ipaddress.ip_address(peer[0]).is_loopback
    except ValueError:
        return False


class NewsServer:
    """The news server of one forum process."""

    def __init__(self, settings: Settings, channels: ChannelsPlugin | None = None) -> None:
        self.settings = settings
        self.channels = channels
        self.server: asyncio.Server | None = None
        self.tasks: set[asyncio.Task] = set()
        self.writers: set[asyncio.StreamWriter] = set()

    def _tls(self) -> ssl.SSLContext | None:
        if self.settings.nntp_certfile is None:
            return None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.settings.nntp_certfile, self.settings.nntp_keyfile)
        return context

    async def start(self, host: str, port: int, *, reuse_port: bool = False) -> int:
        """Listen on host:port (0 picks a free port); returns the port."""
        self.server = await asyncio.start_server(
            self._client, host, port, ssl=self._tls(), reuse_port=reuse_port or None
        )
        return self.server.sockets[0].getsockname()[1]

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if len(self.writers) >= self.settings.nntp_max_clients:
            with contextlib.suppress(Exception):
                writer.write(b"400 Too many readers right now; try again later\r\n")
                async with asyncio.timeout(5):
                    await writer.drain()
            writer.close()
            return
        if task is not None:
            self.tasks.add(task)
        self.writers.add(writer)
        site = self.settings.site_name
        greeting = Reply(200, f"{site} news server ready; members post after AUTHINFO")
        try:
            await Connection(self, reader, writer).serve(greeting)
        except (ConnectionError, TimeoutError, ssl.SSLError):
            pass  # the client vanished or stopped reading; nothing to answer
        except Exception:
            log.exception("NNTP connection failed")
        finally:
            self.writers.discard(writer)
            self.tasks.discard(task)  # type: ignore[arg-type]
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def stop(self) -> None:
        """Stop listening and close every open connection."""
        if self.server is not None:
            self.server.close()
        for writer in list(self.writers):
            writer.close()
        if self.tasks:  # a closed connection ends its handler at its next read
            _, busy = await asyncio.wait(list(self.tasks), timeout=STOP_GRACE)
            for task in busy:  # cancelling mid-query can keep a pooled connection: last resort
                task.cancel()
            if busy:
                await asyncio.gather(*busy, return_exceptions=True)
        if self.server is not None:
            await self.server.wait_closed()
