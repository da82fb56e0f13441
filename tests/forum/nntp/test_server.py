"""The server's limits: idle and slow clients, connection caps, password guessing, TLS."""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
from pathlib import Path

import pytest

from forum.nntp import session as nntp_session
from forum.nntp.commands import COMMANDS
from forum.nntp.session import Session
from forum.settings import load_settings
from tests.conftest import PASSWORD, _unavailable
from tests.forum.nntp.conftest import News, nntplib


def _read_until_closed(news: News, send: list[bytes], timeout: float = 5) -> list[str]:
    """Send lines after the greeting, then read every line until the server hangs up."""
    with socket.create_connection((news.host, news.port), timeout=timeout) as sock:
        file = sock.makefile("rb")
        lines = [file.readline().decode().rstrip("\r\n")]
        for data in send:
            sock.sendall(data)
        while line := file.readline():
            lines.append(line.decode().rstrip("\r\n"))
        return lines


async def test_idle_readers_and_unfinished_articles_are_timed_out(start_news, make_member) -> None:
    news = await start_news(nntp_idle_timeout=0.3)
    ada = await make_member("ada")
    idle = await asyncio.to_thread(_read_until_closed, news, [])
    assert idle[1] == "400 Idle for too long; closing the connection"
    auth = [f"AUTHINFO USER {ada.username}\r\n".encode(), f"AUTHINFO PASS {PASSWORD}\r\n".encode()]
    slow = await asyncio.to_thread(
        _read_until_closed, news, [*auth, b"POST\r\n", b"Newsgroups: help.python\r\n"]
    )
    assert [line[:3] for line in slow[1:]] == ["381", "281", "340", "400"]
    assert "took too long" in slow[-1]


async def test_readers_beyond_the_cap_are_turned_away(start_news) -> None:
    news = await start_news(nntp_max_clients=1)

    def crowd() -> tuple[str, list[str]]:
        with socket.create_connection((news.host, news.port), timeout=5) as first:
            greeting = first.makefile("rb").readline().decode()
            return greeting, _read_until_closed(news, [])

    greeting, second = await asyncio.to_thread(crowd)
    assert greeting.startswith("200 ")
    assert second == ["400 Too many readers right now; try again later"]


async def test_password_guessing_ends_the_connection(
    start_news, make_member, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nntp_session, "AUTH_FAILURE_DELAY", 0)
    news = await start_news()
    await make_member("ada")
    guesses = [b"AUTHINFO USER ada\r\nAUTHINFO PASS guess\r\n"] * 3
    lines = await asyncio.to_thread(_read_until_closed, news, guesses)
    assert [line[:3] for line in lines[1:]] == ["381", "481", "381", "481", "381", "481"]


def test_passwords_are_refused_in_the_clear_off_loopback(tmp_path: Path) -> None:
    settings = load_settings({"FORUM_DATA_DIR": str(tmp_path), "FORUM_SECRET_KEY": "k"})
    session = Session(settings, None, COMMANDS, may_authenticate=False)
    caps = asyncio.run(session.handle("CAPABILITIES"))
    assert "AUTHINFO" in caps.lines and "AUTHINFO USER" not in caps.lines  # type: ignore[operator]
    reply = asyncio.run(session.handle("AUTHINFO USER ada"))
    assert (reply.code, reply.text) == (
        483,
        "Passwords are accepted only over TLS (the NNTPS port)",
    )


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost, made with the openssl command."""
    if shutil.which("openssl") is None:
        _unavailable("the openssl command is not installed (apt-get install openssl)")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


async def test_nntps_serves_readers_over_tls(
    start_news, make_member, make_group, certificate: tuple[Path, Path]
) -> None:
    cert, key = certificate
    news = await start_news(nntp_certfile=cert, nntp_keyfile=key)
    await make_group("help.python")
    await make_member("ada")
    context = ssl.create_default_context(cafile=str(cert))

    def read() -> tuple[str, list[str]]:
        with nntplib.NNTP_SSL(
            "localhost", news.port, user="ada", password=PASSWORD, ssl_context=context
        ) as s:
            return s.welcome, [g.group for g in s.list()[1]]

    welcome, groups = await asyncio.to_thread(read)
    assert welcome.startswith("200 ") and groups == ["help.python"]
