"""The chat room page: works as a plain form without JavaScript; enhanced by /static/chat.js."""

from __future__ import annotations

import httpx
import pytest

from forum.storage.tables import SpaceKind
from tests.conftest import browser_login, form_post


@pytest.fixture
def backend() -> str:
    """The page renders the same on both engines (history queries: test_rooms)."""
    return "sqlite"


async def test_room_page_posts_without_javascript_and_reaches_live_sockets(
    client: httpx.AsyncClient, open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat, title="The lobby")
    ada = await make_member("ada")
    await browser_login(client, ada.username)
    async with open_chat("lobby") as visitor:
        await visitor.expect("history")
        posted = await form_post(client, "/s/lobby", "/s/lobby/messages", {"body": "from a form"})
        assert posted.status_code == 303
        live = await visitor.expect("message")
        assert live["body"] == "from a form" and live["author"] == "ada"
    page = await client.get("/s/lobby")
    assert page.status_code == 200 and "from a form" in page.text
    assert '<script src="/static/chat.js" defer></script>' in page.text
    assert f'data-last="{live["id"]}"' in page.text and 'data-socket="/ws/chat/lobby"' in page.text
    assert 'data-me="ada"' in page.text and 'data-moderator="0"' in page.text
    assert "style=" not in page.text and "<script>" not in page.text
    script = await client.get("/static/chat.js")
    assert script.status_code == 200 and "new WebSocket" in script.text
