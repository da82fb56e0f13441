"""``forum run`` as a server on the network: bounded request heads, links to where it listens."""

from __future__ import annotations

import contextlib
import socket
import sqlite3
from pathlib import Path

import httpx

from tests.forum.cli.test_cli import Server


def _raw_request(port: int, head: bytes) -> bytes:
    """Send a request head over a plain socket and return what the server answered."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        # the server may refuse before the client has finished sending
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(head)
        answer = b""
        try:
            while chunk := sock.recv(65536):
                answer += chunk
        except (ConnectionResetError, TimeoutError):
            pass
    return answer


def _status(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.1 ") else 0


def test_forum_run_refuses_oversized_or_too_many_headers_and_serves_normal_requests(
    tmp_path: Path,
) -> None:
    server = Server(tmp_path / "var")
    try:
        start = b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        huge = _raw_request(server.port, start + b"X-Big: " + b"a" * 1_000_000 + b"\r\n\r\n")
        assert _status(huge) in (400, 431), huge[:200]
        many = b"".join(b"X-H%d: v\r\n" % i for i in range(2000))
        crowd = _raw_request(server.port, start + many + b"Connection: close\r\n\r\n")
        assert _status(crowd) in (400, 431), crowd[:200]
        # a browser's ordinary head still passes, cookies and all
        ordinary = {"Cookie": "a=" + "b" * 4000, **{f"X-Extra-{i}": "v" for i in range(30)}}
        assert httpx.get(server.url + "/", headers=ordinary).status_code == 200
    finally:
        server.stop()


def test_without_public_url_mails_link_to_where_forum_run_listens_and_start_up_warns(
    tmp_path: Path,
) -> None:
    server = Server(tmp_path / "var")
    try:
        assert "FORUM_PUBLIC_URL is not set" in server.output
        page = httpx.get(server.url + "/signup")
        token = page.text.split('name="_csrf_token" value="', 1)[1].split('"', 1)[0]
        answer = httpx.post(
            server.url + "/signup",
            data={
                "username": "newcomer",
                "email": "newcomer@example.test",
                "password": "a long enough password",
                "accept_terms": "1",
                "_csrf_token": token,
            },
            cookies=page.cookies,
        )
        assert answer.status_code == 200, answer.text
        with sqlite3.connect(tmp_path / "var" / "forum.sqlite") as conn:
            (body,) = conn.execute(
                "SELECT body FROM mail_outbox WHERE to_address = 'newcomer@example.test'"
            ).fetchone()
        assert f"{server.url}/signup/confirm?token=" in body
        assert "127.0.0.1:8000" not in body
    finally:
        server.stop()
