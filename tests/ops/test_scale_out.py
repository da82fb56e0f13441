"""Two real forum processes over one PostgreSQL database and one Redis, as two machines would be.

Sessions, sign-in throttling, posting limits, chat, presence, the live moderation queue and
suspensions must hold across the processes, with nothing shared but PostgreSQL and Redis.
Skipped locally (with the reason) without PostgreSQL or Redis; failed under CI=true.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import httpx
import pytest
import websockets

from forum.accounts.members import create_account
from forum.accounts.sessions import issue_api_token
from forum.storage import db
from forum.storage.tables import Role
from tests.conftest import PASSWORD, csrf_from
from tests.forum.cli.test_cli import _env, _free_port
from tests.postgres_db import dsn

pytestmark = [pytest.mark.postgres, pytest.mark.redis]


class ForumProcess:
    """``python -m forum run`` as its own process (own data dir: another machine)."""

    def __init__(self, data_dir: Path, env: dict[str, str], *extra: str) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        data_dir.mkdir(parents=True, exist_ok=True)
        self.log = data_dir / "server.log"
        argv = [sys.executable, "-m", "forum", "run", "--port", str(self.port), *extra]
        self.proc = subprocess.Popen(
            argv,
            env={**_env(data_dir), **env},
            stdout=self.log.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def output(self) -> str:
        """What the process printed so far."""
        return self.log.read_text()

    async def ready(self, timeout: float = 60) -> None:
        """Wait until /healthz answers 200 (database and Redis reachable)."""
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(timeout=2) as http:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise AssertionError(f"forum run exited:\n{self.output}")
                with contextlib.suppress(httpx.HTTPError):
                    if (await http.get(self.url + "/healthz")).status_code == 200:
                        return
                await asyncio.sleep(0.1)
        raise AssertionError(f"forum run did not answer within {timeout} s:\n{self.output}")

    def stop(self) -> None:
        """Ctrl-C for the whole process group (workers included)."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGINT)
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


@pytest.fixture
async def shared_env(scratch_postgres, redis_url: str) -> dict[str, str]:
    """What every machine of one forum shares: database, Redis, secret key, limits."""
    return {
        "FORUM_DATABASE_URL": await scratch_postgres(),
        "FORUM_REDIS_URL": redis_url,
        "FORUM_SECRET_KEY": "shared-" + secrets.token_hex(16),
        "FORUM_LIMIT_LOGIN": "4/60",
        "FORUM_LIMIT_LOGIN_IP": "1000/60",
        "FORUM_LIMIT_POSTS": "1000/60",
        "FORUM_LIMIT_POSTS_NEW": "3/60",
    }


@pytest.fixture
async def pair(tmp_path: Path, shared_env: dict[str, str]) -> AsyncIterator[list[str]]:
    """Two forum processes started at the same moment on an empty database (demo seeding on).

    Both migrate and seed at once: the start-up lock must make one wait for the other.
    """
    processes = [ForumProcess(tmp_path / name, shared_env) for name in ("a", "b")]
    try:
        await asyncio.gather(*(p.ready() for p in processes))
        yield [p.url for p in processes]
    finally:
        for p in processes:
            p.stop()
    printed = [p.output.count("password:") for p in processes]
    assert sorted(printed) == [0, 2], "the demo (two staff passwords) is created exactly once"


@pytest.fixture
async def accounts(pair: list[str], shared_env: dict[str, str]) -> AsyncIterator[dict]:
    """Members and a moderator, created in the shared database; their API tokens."""
    made: dict = {}
    async with db.connected(shared_env["FORUM_DATABASE_URL"]):
        for name, role in (("ada", Role.member), ("bob", Role.member),
                           ("poster", Role.member), ("mod", Role.moderator)):  # fmt: skip
            account = await create_account(
                f"{name}_x", f"{name}@example.test", PASSWORD, role=role,
                accept_terms=True, password_profile="fast",
            )  # fmt: skip
            made[name] = {"Authorization": f"Bearer {await issue_api_token(account.id, 't')}"}
        yield made


@contextlib.asynccontextmanager
async def socket(base: str, path: str, headers: dict[str, str]) -> AsyncIterator:
    """A websocket to one of the processes."""
    url = base.replace("http", "ws", 1) + path
    async with websockets.connect(url, additional_headers=headers, open_timeout=10) as ws:
        yield ws


async def frame_of(ws, kind: str, timeout: float = 5, **match) -> dict:
    """Read frames until one of ``kind`` with the given fields arrives."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        left = deadline - asyncio.get_running_loop().time()
        frame = json.loads(await asyncio.wait_for(ws.recv(), max(0.01, left)))
        if frame.get("type") == kind and all(frame.get(k) == v for k, v in match.items()):
            return frame


async def test_a_session_from_one_process_works_on_the_other_until_logout(
    pair: list[str], accounts: dict
) -> None:
    a, b = pair
    async with httpx.AsyncClient(timeout=30) as browser:  # one cookie jar for both addresses
        page = await browser.get(a + "/login")
        signed_in = await browser.post(
            a + "/login",
            data={"username": "ada_x", "password": PASSWORD, "_csrf_token": csrf_from(page.text)},
        )
        assert signed_in.status_code == 303
        cookie = browser.cookies["forum_session"]
        me = await browser.get(b + "/api/me")
        assert me.status_code == 200 and me.json()["username"] == "ada_x"
        home = await browser.get(a + "/")
        out = await browser.post(a + "/logout", data={"_csrf_token": csrf_from(home.text)})
        assert out.status_code == 303
    async with httpx.AsyncClient(timeout=30, cookies={"forum_session": cookie}) as copied:
        assert (await copied.get(b + "/api/me")).status_code == 401


async def test_sign_in_throttling_counts_attempts_on_both_processes(
    pair: list[str], accounts: dict
) -> None:
    a, b = pair
    async with httpx.AsyncClient(timeout=30) as http:
        for base in (a, b, a, b):  # FORUM_LIMIT_LOGIN=4/60: two wrong guesses on each
            guess = {"username": "bob_x", "password": "wrong guess"}
            wrong = await http.post(base + "/api/auth/login", json=guess)
            assert wrong.status_code == 401
        for base in (a, b):  # now even the right password waits, on either machine
            right = await http.post(base + "/api/auth/login",
                                    json={"username": "bob_x", "password": PASSWORD})  # fmt: skip
            assert right.status_code == 429, right.text
            assert int(right.headers["retry-after"]) > 0


async def test_the_posting_limit_counts_posts_on_both_processes(
    pair: list[str], accounts: dict
) -> None:
    a, b = pair
    async with httpx.AsyncClient(timeout=30, headers=accounts["poster"]) as http:
        for n, base in enumerate((a, b, a)):  # FORUM_LIMIT_POSTS_NEW=3/60 for new accounts
            made = await http.post(base + "/api/spaces/wall/messages", json={"body": f"note {n}"})
            assert made.status_code == 201, made.text
        over = await http.post(b + "/api/spaces/wall/messages", json={"body": "one too many"})
        assert over.status_code == 429 and over.json()["code"] == "rate_limited"


async def test_chat_presence_and_messages_cross_processes(pair: list[str], accounts: dict) -> None:
    a, b = pair
    async with (
        socket(a, "/ws/chat/lobby", accounts["ada"]) as on_a,
        socket(b, "/ws/chat/lobby", accounts["bob"]) as on_b,
    ):
        await frame_of(on_b, "presence", members=["ada_x", "bob_x"])
        await on_a.send(json.dumps({"type": "send", "body": "hello from A", "client_id": "1"}))
        sent = await frame_of(on_a, "sent", client_id="1")
        message = await frame_of(on_b, "message", body="hello from A")
        assert message["id"] == sent["id"] and message["author"] == "ada_x"


async def test_the_live_queue_on_one_process_sees_an_item_held_on_the_other(
    pair: list[str], accounts: dict
) -> None:
    a, b = pair
    async with socket(b, "/ws/moderation", accounts["mod"]) as queue:
        async with httpx.AsyncClient(timeout=30, headers=accounts["ada"]) as http:
            held = await http.post(
                a + "/api/spaces/wall/messages",
                json={"body": "my card 4111 1111 1111 1111", "confirm_disclosure": True},
            )
        assert held.status_code == 201 and held.json()["status"] == "pending", held.text
        item = await frame_of(queue, "item")
        async with httpx.AsyncClient(timeout=30, headers=accounts["mod"]) as http:
            shown = await http.get(f"{b}/api/moderation/queue/{item['id']}")
        assert shown.status_code == 200 and shown.json()["post_id"] == held.json()["id"]


async def test_a_suspension_on_one_process_closes_the_members_socket_on_the_other(
    pair: list[str], accounts: dict
) -> None:
    a, b = pair
    async with socket(b, "/ws/chat/lobby", accounts["bob"]) as bobs:
        await frame_of(bobs, "history")
        async with httpx.AsyncClient(timeout=30, headers=accounts["mod"]) as http:
            started = time.monotonic()
            done = await http.post(a + "/api/moderation/members/bob_x/suspend",
                                   json={"hours": 2, "reason": "Cooling off."})  # fmt: skip
            assert done.status_code == 200, done.text
        with pytest.raises(websockets.ConnectionClosed) as closed:
            while True:
                await asyncio.wait_for(bobs.recv(), 2.0)
        assert time.monotonic() - started < 2.0
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4401
    async with httpx.AsyncClient(timeout=30, headers=accounts["bob"]) as http:
        assert (await http.get(b + "/api/me")).status_code == 401


async def test_forum_run_workers_starts_several_workers_that_seed_once(
    tmp_path: Path, shared_env: dict[str, str]
) -> None:
    server = ForumProcess(tmp_path / "w", shared_env, "--workers", "2")
    try:
        await server.ready()
        async with httpx.AsyncClient(timeout=30) as http:
            for _ in range(20):  # the kernel spreads connections over both workers
                assert (await http.get(server.url + "/s/lobby")).status_code == 200
    finally:
        server.stop()
    assert server.output.count("Application startup complete") == 2, server.output
    assert server.output.count("admin      password:") == 1
    conn = await asyncpg.connect(dsn(shared_env["FORUM_DATABASE_URL"]))
    try:
        assert await conn.fetchval("SELECT count(*) FROM users WHERE username = 'admin'") == 1
        assert await conn.fetchval("SELECT count(*) FROM spaces WHERE slug = 'lobby'") == 1
    finally:
        await conn.close()
