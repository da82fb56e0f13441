"""Every malformed, oversized, unknown or unauthorised frame gets an error frame or a close code.

And never an exception in the server log.
"""

from __future__ import annotations

import json

import httpx
import pytest
import websockets

from chat.protocol import CLOSE_FLOOD, CLOSE_NO_ROOM, CLOSE_TOO_BIG, MAX_BODY_BYTES
from forum.storage.tables import SpaceKind
from tests.chat.conftest import ws_url
from tests.conftest import browser_login


@pytest.fixture
def backend() -> str:
    """Frame handling does not depend on the database engine."""
    return "sqlite"


async def test_foreign_origin_is_refused_before_the_socket_opens(
    client: httpx.AsyncClient, server_url: str, open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada = await make_member("ada")
    cookie = (await browser_login(client, ada.username)).cookies.get("forum_session")
    for origin in ("https://evil.example", "null", server_url.replace("127.0.0.1", "localhost")):
        with pytest.raises(websockets.exceptions.InvalidStatus) as refused:
            async with open_chat("lobby", cookie=cookie, origin=origin):
                pass
        assert refused.value.response.status_code == 403, origin
    async with open_chat("lobby", cookie=cookie, origin=server_url) as same_site:
        hello = same_site.seen[0]
        assert hello["you"] == "ada" and hello["role"] == "member"
    async with open_chat("lobby", ada) as api_client:  # bearer token, no Origin header
        assert api_client.seen[0]["you"] == "ada"
    async with open_chat("lobby") as visitor:
        assert visitor.seen[0]["you"] is None and visitor.seen[0]["role"] == "visitor"


async def test_unknown_room_closes_with_4404(server_url: str, make_space) -> None:
    await make_space("general", SpaceKind.forum)
    for room in ("nowhere", "general"):
        async with websockets.connect(ws_url(server_url, room)) as ws:
            with pytest.raises(websockets.ConnectionClosed) as closed:
                await ws.recv()
        assert closed.value.rcvd.code == CLOSE_NO_ROOM


async def test_every_bad_frame_gets_a_clear_error_frame(
    client: httpx.AsyncClient, open_chat, make_member, make_space, server_errors
) -> None:
    await make_space("lobby", SpaceKind.chat)
    await make_space("other", SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    elsewhere = await client.post(
        "/api/spaces/other/messages", json={"body": "elsewhere"}, headers=bob.headers
    )
    cases = [
        ("not json", "bad_json"),
        ("[1, 2]", "bad_frame"),
        ('{"body": "no type"}', "bad_frame"),
        ('{"type": "send", "body": 42}', "bad_frame"),
        ('{"type": "resume", "after": "yesterday"}', "bad_frame"),
        ('{"type": "send", "body": "x", "client_id": "' + "c" * 65 + '"}', "bad_frame"),
        ('{"type": "dance"}', "unknown_type"),
        ('{"type": "send", "body": "   "}', "rejected"),
        (json.dumps({"type": "send", "body": "é" * (MAX_BODY_BYTES // 2 + 1)}), "too_long"),
        ('{"type": "remove", "id": 1, "category": "spam", "reason": "x"}', "forbidden"),
        ('{"type": "kick", "user": "bob", "reason": "x"}', "forbidden"),
        ('{"type": "report", "id": 999999, "category": "spam"}', "not_found"),
        (
            json.dumps({"type": "report", "id": elsewhere.json()["id"], "category": "spam"}),
            "not_found",
        ),
        ('{"type": "report", "id": 0, "category": "no such category"}', "not_found"),
    ]
    async with open_chat("lobby", ada) as chat:
        await chat.expect("history")
        for raw, code in cases:
            await chat.ws.send(raw)
            frame = await chat.expect("error")
            assert frame["code"] == code, (raw, frame)
            assert frame["detail"].endswith((".", "?")) and len(frame["detail"]) > 10, frame
        await chat.ws.send(b"\x00binary")
        assert (await chat.expect("error"))["code"] == "binary_not_supported"
        await chat.send(type="dance", client_id="d1")
        assert (await chat.expect("error"))["client_id"] == "d1"
        await chat.send(type="ping", client_id="p1")
        assert await chat.expect("pong") == {"type": "pong", "client_id": "p1"}
    async with open_chat("lobby") as visitor:
        await visitor.send(type="send", body="hello")
        refused = await visitor.expect("error")
        assert refused["code"] == "sign_in_required"
        await visitor.send(type="report", id=1, category="spam")
        assert (await visitor.expect("error"))["code"] == "sign_in_required"
        await visitor.send(type="resume", after=0)  # reading needs no account
        await visitor.expect("history")
    assert server_errors == []


async def test_duplicate_report_and_blocked_text_are_error_frames(
    client: httpx.AsyncClient, open_chat, make_member, make_space, server_errors
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    made = await client.post(
        "/api/spaces/lobby/messages", json={"body": "buy cheap pills"}, headers=bob.headers
    )
    async with open_chat("lobby", ada) as chat:
        await chat.send(type="report", id=made.json()["id"], category="spam", note="advert")
        await chat.expect("ok", of="report")
        await chat.send(type="report", id=made.json()["id"], category="spam")
        assert (await chat.expect("error"))["code"] == "duplicate_report"
        links = " ".join(f"https://site{n}.example/offer" for n in range(6))
        await chat.send(type="send", body=links, client_id="spam")
        blocked = await chat.expect("error", client_id="spam")
        assert blocked["code"] == "blocked" and blocked["reasons"][0]["category"] == "spam"
        assert "Policy:" in blocked["detail"]
    assert server_errors == []


async def test_oversized_frame_closes_with_1009(open_chat, make_member, make_space) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada = await make_member("ada")
    async with open_chat("lobby", ada) as chat:
        await chat.send(type="send", body="x" * 20_000)
        with pytest.raises(websockets.ConnectionClosed) as closed:
            while True:
                await chat.recv()
    assert closed.value.rcvd.code == CLOSE_TOO_BIG


async def test_a_flood_of_frames_is_refused_then_closed_with_4429(open_chat, make_space) -> None:
    await make_space("lobby", SpaceKind.chat)
    async with open_chat("lobby") as chat:
        for _ in range(130):  # the budget is 60 frames per 10 s; twice that closes the socket
            await chat.ws.send('{"type": "ping"}')
        codes = []
        with pytest.raises(websockets.ConnectionClosed) as closed:
            while True:
                frame = await chat.recv()
                codes.append(frame.get("code"))
    assert closed.value.rcvd.code == CLOSE_FLOOD
    assert "rate_limited" in codes
