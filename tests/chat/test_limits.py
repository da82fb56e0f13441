"""Per-member rate limits on chat frames, in one process (the Redis-shared limit: test_redis)."""

from __future__ import annotations

import dataclasses

import pytest

from forum.settings import Settings
from forum.storage.tables import Post, SpaceKind


@pytest.fixture
def backend() -> str:
    """Limits live in memory or Redis, not in the database."""
    return "sqlite"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """Three chat messages per minute, so the limit is reached in a few frames."""
    return dataclasses.replace(settings, chat_rate=3, chat_rate_window=60)


async def test_rate_limit_covers_every_socket_of_a_member(
    open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada = await make_member("ada")
    async with open_chat("lobby", ada) as one, open_chat("lobby", ada) as two:
        assert one.seen[0]["limits"] == {
            "max_body_bytes": 4096, "max_frame_bytes": 16384, "messages": 3, "per_seconds": 60,
        }  # fmt: skip
        for n, chat in enumerate((one, two, one)):
            await chat.send(type="send", body=f"message {n}", client_id=str(n))
            await chat.expect("sent", client_id=str(n))
        await two.send(type="send", body="one too many", client_id="late")
        limited = await two.expect("error", client_id="late")
        assert limited["code"] == "rate_limited" and 0 < limited["retry_after"] <= 60
        assert "at most 3 messages every 60 seconds" in limited["detail"]
    assert await Post.count() == 3


async def test_http_posts_into_a_room_share_the_socket_budget(
    open_chat, client, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada = await make_member("ada")
    async with open_chat("lobby", ada) as chat:
        for n in range(2):
            await chat.send(type="send", body=f"by socket {n}", client_id=str(n))
            await chat.expect("sent", client_id=str(n))
        third = await client.post(
            "/api/spaces/lobby/messages", json={"body": "by HTTP"}, headers=ada.headers
        )
        assert third.status_code == 201
        fourth = await client.post(
            "/api/spaces/lobby/messages", json={"body": "one too many"}, headers=ada.headers
        )
        assert fourth.status_code == 429
        assert "at most 3 messages every 60 seconds" in fourth.json()["detail"]
        await chat.send(type="send", body="and by socket", client_id="late")
        assert (await chat.expect("error", client_id="late"))["code"] == "rate_limited"
    assert await Post.count() == 3


@pytest.mark.parametrize("settings_env", [{"FORUM_CHAT_RATE_NEW": "1"}], indirect=False)
async def test_new_accounts_chat_less_often(open_chat, make_member, make_space) -> None:
    await make_space("lobby", SpaceKind.chat)
    newcomer = await make_member("newcomer")  # created a moment ago: a new account
    async with open_chat("lobby", newcomer) as chat:
        assert chat.seen[0]["limits"]["messages"] == 1
        await chat.send(type="send", body="hello", client_id="1")
        await chat.expect("sent", client_id="1")
        await chat.send(type="send", body="hello again", client_id="2")
        assert (await chat.expect("error", client_id="2"))["code"] == "rate_limited"
