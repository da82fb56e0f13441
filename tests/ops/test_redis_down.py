"""With Redis configured but unreachable, the forum degrades: no 500s, health says why."""

from __future__ import annotations

import socket

import httpx
import pytest

from forum.storage.tables import SpaceKind


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again on return: nothing listens there


@pytest.fixture
def backend() -> str:
    """One database engine is enough here."""
    return "sqlite"


@pytest.fixture
def settings_env() -> dict[str, str]:
    """A Redis URL where no Redis answers."""
    return {"FORUM_REDIS_URL": f"redis://127.0.0.1:{_closed_port()}/0"}


async def test_writes_still_work_and_health_reports_redis_down(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    member = await make_member()
    health = await client.get("/healthz")
    assert health.status_code == 503 and health.json()["redis"].startswith("down")
    wrong = await client.post("/api/auth/login", json={"username": "x", "password": "nope"})
    assert wrong.status_code == 401, wrong.text
    made = await client.post(
        "/api/spaces/wall/messages", json={"body": "Redis is down"}, headers=member.headers
    )
    assert made.status_code == 201, made.text
