"""A real newsreader against ``forum nntp``: Debian's slrn, driven in tmux, lists and reads.

Skips when slrn or tmux is not installed (``apt-get install -y slrn tmux``); fails under CI=true.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import IN_CI
from tests.forum.cli.test_cli import Server, _env, _free_port


def _needs(program: str) -> None:
    if shutil.which(program) is None:
        reason = f"{program} is not installed (apt-get install -y {program})"
        if IN_CI:
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)


def _wait_for_greeting(port: int, proc: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"forum nntp exited early:\n{log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                if sock.makefile("rb").readline().startswith(b"200 "):
                    return
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"forum nntp did not answer within 30 s:\n{log.read_text()}")


@pytest.fixture
def news_port(tmp_path: Path) -> Iterator[int]:
    """``forum nntp`` on a free port with a fresh data dir (so the demo groups are seeded)."""
    port = _free_port()
    log = tmp_path / "nntp.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "forum", "nntp", "--host", "127.0.0.1", "--port", str(port)],
        env=_env(tmp_path / "var"),
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for_greeting(port, proc, log)
        yield port
    finally:
        proc.terminate()
        assert proc.wait(timeout=15) == 0, log.read_text()


class Tmux:
    """A private tmux server (its own socket) running one program in a fixed-size window."""

    def __init__(self, name: str, command: list[str], env: dict[str, str]) -> None:
        self.base = ["tmux", "-L", name]
        subprocess.run(
            [*self.base, "new-session", "-d", "-x", "150", "-y", "40", *command],
            env=env,
            check=True,
        )

    def screen(self) -> str:
        """The visible text of the window."""
        return subprocess.run(
            [*self.base, "capture-pane", "-p"], capture_output=True, text=True, check=True
        ).stdout

    def wait_for(self, text: str, timeout: float = 15) -> str:
        """Wait until ``text`` is on screen; fail with the screen if it never shows."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in (screen := self.screen()):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen shows:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        """Type keys (tmux key names such as Down, Enter, Space)."""
        subprocess.run([*self.base, "send-keys", *keys], check=True)

    def close(self) -> None:
        """Stop this private tmux server and the program in it."""
        subprocess.run([*self.base, "kill-server"], capture_output=True)


def test_slrn_lists_the_demo_groups_and_reads_an_article(news_port: int, tmp_path: Path) -> None:
    _needs("slrn")
    _needs("tmux")
    home = tmp_path / "home"
    home.mkdir()
    rc = home / ".slrnrc"
    rc.write_text('set hostname "forum.invalid"\nset username "reader"\nset realname "Reader"\n')
    env = {**os.environ, "HOME": str(home), "TERM": "xterm"}
    command = ["slrn", "-i", str(rc), "-h", "127.0.0.1", "-p", str(news_port),
               "-f", str(home / ".jnewsrc"), "--create", "-n", "-C-"]  # fmt: skip
    tmux = Tmux(f"forum-test-{os.getpid()}-{news_port}", command, env)
    try:
        groups = tmux.wait_for("help.python")
        assert "community.announce" in groups
        tmux.keys("Down", "Enter")
        tmux.wait_for("List comprehension or loop?")
        tmux.keys("Space")
        article = tmux.wait_for("When is a comprehension clearer than a plain for loop?")
        assert "From: ada <ada@invalid>" in article
        assert "Newsgroups: help.python" in article
    finally:
        tmux.close()


def test_forum_run_serves_nntp_alongside_the_web_when_asked(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        nntplib = pytest.importorskip("nntplib", reason="nntplib left the standard library")
    port = _free_port()
    server = Server(tmp_path / "var", FORUM_NNTP_PORT=str(port))
    try:
        assert f"News server (NNTP) on 127.0.0.1:{port}" in server.output
        with nntplib.NNTP("127.0.0.1", port, timeout=10) as news:
            groups = [g.group for g in news.list()[1]]
            _, count, low, _, _ = news.group("community.announce")
            body = news.body(low)[1].lines
        assert groups == ["community.announce", "help.python"]
        assert count == 2  # the demo's announcement and a moderator's reply
        assert b"Point your newsreader at this site" in b" ".join(body)
    finally:
        server.stop()
