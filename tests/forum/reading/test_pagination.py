"""Keyset pagination: following "Older" links walks every topic and message once, in order."""

from __future__ import annotations

import re

import httpx
import pytest

from forum.storage.tables import SpaceKind


@pytest.fixture
def settings_env() -> dict[str, str]:
    """Small pages, so a few posts make several of them."""
    return {"FORUM_PAGE_SIZE": "3"}


async def _walk(client: httpx.AsyncClient, path: str, item: str) -> list[str]:
    seen, url = [], path
    while url:
        page = (await client.get(url)).text
        seen += re.findall(item, page)
        older = re.search(r'<a rel="next" href="([^"]+)"', page)
        url = path + older.group(1).replace("&amp;", "&") if older else ""
    return seen


async def test_older_links_walk_every_topic_once_newest_first(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("lounge")
    ada = await make_member()
    for n in range(8):
        created = await client.post(
            "/api/spaces/lounge/topics", json={"title": f"Topic {n}", "body": "b"},
            headers=ada.headers,
        )  # fmt: skip
        assert created.status_code == 201
    titles = await _walk(client, "/s/lounge", r">(Topic \d)</a>")
    assert titles == [f"Topic {n}" for n in reversed(range(8))]


async def test_older_links_walk_every_board_message_once_newest_first(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    ada = await make_member()
    for n in range(7):
        sent = await client.post(
            "/api/spaces/wall/messages", json={"body": f"Message {n}"}, headers=ada.headers
        )
        assert sent.status_code == 201
    messages = await _walk(client, "/s/wall", r"<p>(Message \d)</p>")
    assert messages == [f"Message {n}" for n in reversed(range(7))]
