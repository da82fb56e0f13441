"""Notifications reach every open tab of a member over a websocket, and nobody else's."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import websockets
from websockets.exceptions import InvalidStatus

from forum.storage.tables import Role
from tests.conftest import browser_login
from tests.forum.notifying.helpers import reply, topic


def _socket(server_url: str, cookie: str | None, origin: str | None = None):
    headers = {}
    if cookie:
        headers["Cookie"] = f"forum_session={cookie}"
    if origin:
        headers["Origin"] = origin
    url = server_url.replace("http", "ws", 1) + "/ws/notifications"
    return websockets.connect(url, additional_headers=headers, open_timeout=5)


async def _cookie(server_url: str, username: str) -> str:
    async with httpx.AsyncClient(base_url=server_url) as browser:
        login = await browser_login(browser, username)
        return login.cookies["forum_session"]


async def test_a_reply_reaches_every_open_tab_of_its_recipient(
    client: httpx.AsyncClient, server_url: str, make_member, make_space
) -> None:
    await make_space("general")
    ann, bob = await make_member("ann"), await make_member("bob")
    started = await topic(client, ann)
    ann_cookie, bob_cookie = await _cookie(server_url, "ann"), await _cookie(server_url, "bob")
    async with (
        _socket(server_url, ann_cookie, server_url) as tab1,
        _socket(server_url, ann_cookie) as tab2,
        _socket(server_url, bob_cookie, server_url) as bobs,
    ):
        await reply(client, bob, started["topic_id"], "hello ann")
        for tab in (tab1, tab2):
            frame = json.loads(await asyncio.wait_for(tab.recv(), 5))
            assert frame["type"] == "notification" and frame["kind"] == "reply"
            assert frame["fresh"] is True and frame["message"].startswith("bob replied")
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(bobs.recv(), 0.5)  # the author hears nothing of it


async def test_moderators_notices_arrive_live_too(
    client: httpx.AsyncClient, server_url: str, make_member, make_space
) -> None:
    await make_space("general")
    ann = await make_member("ann")
    mod = await make_member("mod", role=Role.moderator)
    started = await topic(client, ann)
    async with _socket(server_url, await _cookie(server_url, "ann")) as tab:
        await client.post(
            f"/api/moderation/posts/{started['id']}/remove",
            json={"category": "spam", "reason": "Selling shoes."},
            headers=mod.headers,
        )
        frame = json.loads(await asyncio.wait_for(tab.recv(), 5))
        assert frame["kind"] == "removed" and "Selling shoes." in frame["message"]


async def test_the_socket_refuses_visitors_and_other_sites_and_only_listens(
    client: httpx.AsyncClient, server_url: str, make_member
) -> None:
    await make_member("ann")
    cookie = await _cookie(server_url, "ann")
    for who, origin in ((None, None), (cookie, "https://evil.example")):
        with pytest.raises(InvalidStatus) as refused:  # closed before the handshake completes
            async with _socket(server_url, who, origin):
                pass
        assert refused.value.response.status_code == 403
    async with _socket(server_url, cookie) as socket:
        await socket.send("hello")
        frame = json.loads(await asyncio.wait_for(socket.recv(), 5))
        assert frame["code"] == "read_only"
