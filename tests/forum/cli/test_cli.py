"""The ``forum`` command as a new user runs it: start a demo forum, create accounts."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FORUM_")}
    env.update(FORUM_DATA_DIR=str(data_dir), FORUM_PASSWORD_PROFILE="fast")
    return env


class Server:
    """A ``forum run`` subprocess and what it printed."""

    def __init__(self, data_dir: Path, **extra_env: str) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = data_dir.parent / f"server-{self.port}.log"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "forum", "run", "--host", "127.0.0.1", "--port", str(self.port)],
            env={**_env(data_dir), **extra_env},
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"forum run exited early:\n{self.output}")
            try:
                if httpx.get(self.url + "/", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise AssertionError(f"forum run did not answer within 60 s:\n{self.output}")

    @property
    def output(self) -> str:
        """Everything the server printed so far."""
        return self.log.read_text()

    def stop(self) -> None:
        """Stop the server the way Ctrl-C would."""
        self.proc.terminate()
        self.proc.wait(timeout=15)


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """An empty data directory, as on a fresh machine."""
    yield tmp_path / "var"


def test_forum_run_serves_a_seeded_demo_and_prints_staff_credentials_once(data_dir: Path) -> None:
    server = Server(data_dir)
    try:
        home = httpx.get(server.url + "/").text
        for kind in ("Forums", "Message boards", "News groups", "Chat rooms"):
            assert kind in home
        found = dict(re.findall(r"^\s+(admin|moderator)\s+password: (\S+)$", server.output, re.M))
        assert set(found) == {"admin", "moderator"}
        login = httpx.post(
            server.url + "/api/auth/login",
            json={"username": "admin", "password": found["admin"]},
        )
        assert login.status_code == 200
    finally:
        server.stop()
    assert (data_dir / "forum.sqlite").exists()
    assert (data_dir / "secret_key").stat().st_mode & 0o077 == 0
    again = Server(data_dir)
    try:
        assert "password:" not in again.output
        assert "admin" in httpx.get(again.url + "/u/admin").text
    finally:
        again.stop()


def test_users_create_prints_a_working_api_token(data_dir: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "forum",
            "users",
            "create",
            "robot",
            "--email",
            "robot@example.test",
            "--password",
            "a long enough password",
            "--role",
            "moderator",
            "--token",
        ],
        env=_env(data_dir),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    token = result.stdout.strip().splitlines()[-1]
    assert token.startswith("fst_")
    server = Server(data_dir)
    try:
        created = httpx.post(
            server.url + "/api/spaces/general/topics",
            json={"title": "Posted by a bot", "body": "beep"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert created.status_code == 201
    finally:
        server.stop()


def test_users_create_explains_bad_input(data_dir: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "forum",
            "users",
            "create",
            "x",
            "--email",
            "bad",
            "--password",
            "p",
        ],
        env=_env(data_dir),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "Usernames are 3 to 32" in result.stderr
    assert "Traceback" not in result.stderr
