"""Rate limits: sign-in throttling, posting (new accounts stricter) and reporting."""

from __future__ import annotations

import os
import secrets

import httpx
import pytest
from redis.asyncio import Redis

from forum.limits import MemoryLimiter, RedisLimiter, Rule
from forum.storage.tables import Post, SpaceKind
from tests.conftest import PASSWORD, _unavailable


@pytest.fixture
def settings_env() -> dict[str, str]:
    """Tight limits so a test can reach them quickly."""
    return {
        "FORUM_LIMIT_LOGIN": "3/60",
        "FORUM_LIMIT_LOGIN_IP": "8/60",
        "FORUM_LIMIT_POSTS": "6/60",
        "FORUM_LIMIT_POSTS_NEW": "2/60",
        "FORUM_LIMIT_REPORTS": "1/3600",
    }


async def test_sign_in_is_throttled_per_username_and_answers_alike(
    client: httpx.AsyncClient, make_member
) -> None:
    await make_member("known")
    answers = {}
    for name in ("known", "unknown"):
        for _ in range(3):
            failed = await client.post("/api/auth/login", json={"username": name, "password": "no"})
            assert failed.status_code == 401
        answers[name] = await client.post(
            "/api/auth/login", json={"username": name, "password": PASSWORD}
        )
    known, unknown = answers["known"], answers["unknown"]
    assert known.status_code == unknown.status_code == 429
    assert known.json() == unknown.json()
    assert "Too many failed sign-in attempts" in known.json()["detail"]
    assert int(known.headers["retry-after"]) > 0


async def test_sign_in_is_throttled_per_address(client: httpx.AsyncClient, make_member) -> None:
    member = await make_member()
    for n in range(8):
        failed = await client.post(
            "/api/auth/login", json={"username": f"guess{n}", "password": "no"}
        )
        assert failed.status_code == 401
    right = await client.post(
        "/api/auth/login", json={"username": member.username, "password": PASSWORD}
    )
    assert right.status_code == 429


async def test_new_accounts_post_less_often(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    newcomer = await make_member()
    statuses = []
    for n in range(3):
        response = await client.post(
            "/api/spaces/wall/messages", json={"body": f"note {n}"}, headers=newcomer.headers
        )
        statuses.append(response.status_code)
    assert statuses == [201, 201, 429]
    assert "at most 2 posts every 60 seconds" in response.json()["detail"]
    assert response.json()["code"] == "rate_limited"
    assert await Post.count() == 2


async def test_reports_are_limited(client: httpx.AsyncClient, make_member, make_space) -> None:
    await make_space("wall", SpaceKind.board)
    author, reporter = await make_member(), await make_member()
    ids = []
    for n in range(2):
        made = await client.post(
            "/api/spaces/wall/messages", json={"body": f"m{n}"}, headers=author.headers
        )
        ids.append(made.json()["id"])
    first = await client.post(
        f"/api/posts/{ids[0]}/report", json={"category": "spam"}, headers=reporter.headers
    )
    second = await client.post(
        f"/api/posts/{ids[1]}/report", json={"category": "spam"}, headers=reporter.headers
    )
    assert first.status_code == 201 and second.status_code == 429


@pytest.mark.parametrize("kind", ["memory", "redis"])
async def test_a_post_given_back_frees_its_place(kind: str) -> None:
    """Both limiters uncount a refused post and say how many are left."""
    rule, key = Rule(2, 60), f"post:test-{secrets.token_hex(4)}"
    if kind == "redis":
        url = os.environ.get("FORUM_TEST_REDIS_URL", "redis://127.0.0.1:6379/9")
        try:
            await Redis.from_url(url, socket_connect_timeout=2).ping()
        except Exception as exc:
            _unavailable(f"Redis does not answer at {url}: {exc!r}")
        limiter = RedisLimiter(url)
    else:
        limiter = MemoryLimiter()
    assert (await limiter.remaining(key, rule))[0] == 2
    assert await limiter.hit(key, rule) is None
    assert await limiter.hit(key, rule) is None
    left, reset_in = await limiter.remaining(key, rule)
    assert left == 0 and 0 < reset_in <= 60
    await limiter.give_back(key)
    assert (await limiter.remaining(key, rule))[0] == 1
    assert await limiter.hit(key, rule) is None
    assert await limiter.hit(key, rule) is not None
    await limiter.clear(key)
    await limiter.give_back(key)  # no window: nothing to give back, never below zero
    assert (await limiter.remaining(key, rule))[0] == 2
    if isinstance(limiter, RedisLimiter):
        await limiter.close()
