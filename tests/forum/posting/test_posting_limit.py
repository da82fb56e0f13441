"""The posting limit counts stored posts only, and says how many are left."""

from __future__ import annotations

import httpx
import pytest

from forum.storage.tables import Post, SpaceKind
from tests.conftest import browser_login, form_post


@pytest.fixture
def settings_env() -> dict[str, str]:
    """A new account's limit as shipped: five posts a minute."""
    return {"FORUM_LIMIT_POSTS_NEW": "5/60"}


async def test_a_disclosure_warning_does_not_use_up_the_limit(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    # The scenario of issue 17: a warning, a redacted post, then four more; all five stored.
    await make_space("wall", SpaceKind.board)
    newcomer = await make_member()
    warned = await client.post(
        "/api/spaces/wall/messages",
        json={"body": "Write to me at ada.lovelace@example.com"},
        headers=newcomer.headers,
    )
    assert warned.status_code == 422 and warned.json()["code"] == "disclosure_warning"
    answers = []
    for text in ["Write to me at [email removed]", "two", "three", "four", "five"]:
        answers.append(
            await client.post(
                "/api/spaces/wall/messages", json={"body": text}, headers=newcomer.headers
            )
        )
    assert [a.status_code for a in answers] == [201] * 5
    assert [a.json()["posts_left"] for a in answers] == [4, 3, 2, 1, 0]
    assert await Post.count() == 5
    refused = await client.post(
        "/api/spaces/wall/messages", json={"body": "six"}, headers=newcomer.headers
    )
    assert refused.status_code == 429
    detail = refused.json()["detail"]
    assert "at most 5 posts every 60 seconds and have none left" in detail
    assert "try again in" in detail
    assert await Post.count() == 5


async def test_refused_requests_give_their_count_back(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    newcomer = await make_member()
    for _ in range(6):  # empty bodies and personal data: nothing stored, nothing counted
        empty = await client.post(
            "/api/spaces/general/topics",
            json={"title": "Hi all", "body": " "},
            headers=newcomer.headers,
        )
        assert empty.status_code == 400
        warned = await client.post(
            "/api/spaces/general/topics",
            json={"title": "Call me", "body": "My number is +1 415 555 0132"},
            headers=newcomer.headers,
        )
        assert warned.status_code == 422
    first = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Hello", "body": "Hi"},
        headers=newcomer.headers,
    )
    assert first.status_code == 201 and first.json()["posts_left"] == 4


async def test_the_composer_says_when_few_posts_are_left(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    newcomer = await make_member()
    await browser_login(client, newcomer.username)
    page = await client.get("/s/wall")
    assert 'id="posts-left"' not in page.text
    for n in range(4):
        posted = await form_post(client, "/s/wall", "/s/wall/messages", {"body": f"note {n}"})
        assert posted.status_code == 303
    page = await client.get("/s/wall")
    assert "You can post once more in the next" in page.text
