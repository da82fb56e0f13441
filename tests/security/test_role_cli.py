"""``forum users set-role`` from another process: the running server closes the member's
sockets at once (the command publishes on Redis), and their sessions are gone.

SQLite only (the command and the server share the file); needs Redis, skipped with the
reason when it does not answer (failed under CI).
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import sys
import time

import httpx
import pytest
import websockets
from redis.asyncio import Redis

from chat.protocol import CLOSE_ACCOUNT
from forum.accounts.members import create_account
from forum.accounts.sessions import SESSION_COOKIE
from forum.app import create_app
from forum.settings import Settings
from forum.storage.desk_tables import ModerationLog
from forum.storage.tables import Role, Space, SpaceKind, User
from tests.conftest import IN_CI, PASSWORD, browser_login, serve

REDIS_URL = os.environ.get("FORUM_TEST_REDIS_URL", "redis://127.0.0.1:6379/9")

pytestmark = pytest.mark.redis


@pytest.fixture
def backend() -> str:
    """The command and the server share one SQLite file."""
    return "sqlite"


async def _redis_or_skip() -> None:
    client = Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        await client.ping()
    except Exception as exc:
        reason = f"Redis does not answer at {REDIS_URL}: {exc!r}"
        if IN_CI:
            pytest.fail(f"CI=true but {reason}")
        pytest.skip(reason)
    finally:
        await client.aclose()


async def _cli(settings: Settings, *args: str) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FORUM_")}
    env.update(
        FORUM_DATA_DIR=str(settings.data_dir),
        FORUM_DATABASE_URL=settings.database_url,
        FORUM_REDIS_URL=REDIS_URL,
        FORUM_SECRET_KEY=settings.secret_key,
        FORUM_SEED_DEMO="0",
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "forum", "users", *args,
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode or 0, out.decode()


async def test_set_role_from_the_command_line_closes_the_members_sockets(
    settings: Settings,
) -> None:
    await _redis_or_skip()
    app = create_app(dataclasses.replace(settings, redis_url=REDIS_URL))
    async with serve(app) as url:
        await Space(slug="lobby", title="Lobby", description="", kind=SpaceKind.chat.value).save()
        staff = await create_account(
            "staffer", "staffer@example.test", PASSWORD, role=Role.moderator,
            accept_terms=True, password_profile="fast",
        )  # fmt: skip
        async with httpx.AsyncClient(base_url=url) as browser:
            await browser_login(browser, "staffer")
            cookie = {"Cookie": f"{SESSION_COOKIE}={browser.cookies.get(SESSION_COOKIE)}"}
            base = url.replace("http", "ws", 1)
            queue = await websockets.connect(base + "/ws/moderation", additional_headers=cookie)
            chat = await websockets.connect(base + "/ws/chat/lobby", additional_headers=cookie)
            code, out = await _cli(settings, "set-role", "staffer", "member", "--personal-data")
            assert code == 0, out
            assert "staffer is now member with personal-data access; signed out." in out
            ended = time.monotonic()
            for ws in (queue, chat):
                with pytest.raises(websockets.ConnectionClosed) as closed:
                    while True:
                        await asyncio.wait_for(ws.recv(), 3)
                assert closed.value.rcvd.code == CLOSE_ACCOUNT
            assert time.monotonic() - ended <= 2.0
            assert (await browser.get("/api/me")).status_code == 401
        row = await User.select(User.role, User.can_view_personal_data).where(User.id == staff.id)
        assert row == [{"role": "member", "can_view_personal_data": True}]
        logged = await ModerationLog.select().where(ModerationLog.action == "role").first()
        details = logged["details"]
        details = json.loads(details) if isinstance(details, str) else details
        assert logged["actor"] is None and details["by"] == "command line"
        code, out = await _cli(settings, "set-role", "nobody", "admin")
        assert code == 1 and "There is no such member." in out
