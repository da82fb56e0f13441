"""New private messages reach the open tabs of the conversation's participants, and nobody
else's; a member who blocks the sender hears nothing."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
import websockets

from forum.storage.tables import Role
from tests.conftest import browser_login
from tests.forum.messaging.helpers import send, started


def _socket(server_url: str, cookie: str):
    url = server_url.replace("http", "ws", 1) + "/ws/notifications"
    headers = {"Cookie": f"forum_session={cookie}", "Origin": server_url}
    return websockets.connect(url, additional_headers=headers, open_timeout=5)


async def _cookie(server_url: str, username: str) -> str:
    async with httpx.AsyncClient(base_url=server_url) as browser:
        return (await browser_login(browser, username)).cookies["forum_session"]


async def test_a_message_reaches_the_participants_tabs_and_no_one_elses(
    client: httpx.AsyncClient, server_url: str, make_member
) -> None:
    ann, bob = await make_member("ann"), await make_member("bob")
    await make_member("eve"), await make_member("mod", role=Role.moderator)
    cid = await started(client, ann, ["bob"])
    cookies = {name: await _cookie(server_url, name) for name in ("bob", "eve", "mod")}
    async with (
        _socket(server_url, cookies["bob"]) as bobs,
        _socket(server_url, cookies["eve"]) as eves,
        _socket(server_url, cookies["mod"]) as mods,
    ):
        await send(client, ann, cid, "see you at *noon*")
        frame = json.loads(await asyncio.wait_for(bobs.recv(), 5))
        assert frame["kind"] == "message" and frame["fresh"] is True
        assert frame["private"]["conversation"] == cid
        assert "<em>noon</em>" in frame["private"]["html"]
        for outsider in (eves, mods):
            with pytest.raises(TimeoutError):
                await asyncio.wait_for(outsider.recv(), 0.3)
    notes = (await client.get("/api/me/notifications", headers=bob.headers)).json()["items"]
    assert notes[0]["kind"] == "message" and notes[0]["link"] == f"/messages/{cid}"


async def test_a_member_who_blocks_the_sender_is_not_notified_nor_can_be_added(
    client: httpx.AsyncClient, server_url: str, make_member
) -> None:
    ann, bob, cat = await make_member("ann"), await make_member("bob"), await make_member("cat")
    cid = await started(client, ann, ["bob", "cat"])
    blocked = await client.post("/api/members/ann/block", headers=bob.headers)
    assert blocked.status_code in (200, 201, 204), blocked.text
    async with _socket(server_url, await _cookie(server_url, "bob")) as bobs:
        assert (await send(client, ann, cid, "are you there?")).status_code == 201
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(bobs.recv(), 0.5)
    bob_notes = (await client.get("/api/me/notifications", headers=bob.headers)).json()
    cat_notes = (await client.get("/api/me/notifications", headers=cat.headers)).json()
    assert [n["kind"] for n in bob_notes["items"]] == []
    assert [n["kind"] for n in cat_notes["items"]] == ["message", "message"]
    again = await client.post(
        "/api/conversations", json={"to": ["bob"], "title": "Hello", "body": "x"},
        headers=ann.headers,
    )  # fmt: skip
    assert again.status_code == 403 and "bob blocked you" in again.json()["detail"]
