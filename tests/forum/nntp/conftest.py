"""Fixtures for the news server: a real NNTP server in the test's event loop, on its database.

``nntplib`` blocks, so clients run in a thread (``asyncio.to_thread``) while the server
answers in the loop. The client and the web server share the test's database.
"""

from __future__ import annotations

import asyncio
import dataclasses
import socket
import warnings
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from forum.nntp.server import NewsServer
from forum.settings import Settings
from forum.storage.tables import SpaceKind

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    nntplib = pytest.importorskip("nntplib", reason="nntplib left the standard library in 3.13")


@dataclass
class News:
    """Where this test's news server listens."""

    host: str
    port: int
    settings: Settings

    async def session(
        self, work: Callable[[Any], Any], user: str | None = None, password: str | None = None
    ) -> Any:
        """Connect with nntplib (signing in when given a user), run ``work(client)``, quit."""

        def run() -> Any:
            with nntplib.NNTP(self.host, self.port, user=user, password=password, timeout=20) as s:
                return work(s)

        return await asyncio.to_thread(run)

    async def raw(self, *lines: bytes, read_for: float = 1.0) -> list[str]:
        """Send raw bytes after the greeting and return every reply line received."""

        def run() -> list[str]:
            with socket.create_connection((self.host, self.port), timeout=read_for) as sock:
                file = sock.makefile("rb")
                replies = [file.readline().decode().rstrip("\r\n")]
                for line in lines:
                    sock.sendall(line)
                    try:
                        replies.append(file.readline().decode().rstrip("\r\n"))
                    except TimeoutError:
                        replies.append("")
                return replies

        return await asyncio.to_thread(run)

    async def block(self, command: bytes) -> tuple[str, list[str]]:
        """Send one command and read a multi-line reply: (status line, data lines)."""

        def run() -> tuple[str, list[str]]:
            with socket.create_connection((self.host, self.port), timeout=10) as sock:
                file = sock.makefile("rb")
                file.readline()
                sock.sendall(command)
                status = file.readline().decode().rstrip("\r\n")
                lines: list[str] = []
                while (line := file.readline().decode().rstrip("\r\n")) != ".":
                    lines.append(line)
                return status, lines

        return await asyncio.to_thread(run)


@pytest.fixture
async def start_news(settings: Settings, client: httpx.AsyncClient):
    """Factory: start a news server (settings overridable) on a free loopback port."""
    servers: list[NewsServer] = []

    async def start(**overrides: Any) -> News:
        configured = dataclasses.replace(settings, **overrides)
        server = NewsServer(configured)
        servers.append(server)
        port = await server.start("127.0.0.1", 0)
        return News("127.0.0.1", port, configured)

    yield start
    for server in servers:
        await server.stop()


@pytest.fixture
async def news(start_news) -> AsyncIterator[News]:
    """This test's news server with the default settings."""
    yield await start_news()


@pytest.fixture
def make_group(make_space):
    """Factory: create a news group."""

    async def make(slug: str, title: str = "") -> dict:
        return await make_space(slug, SpaceKind.newsgroup, title)

    return make
