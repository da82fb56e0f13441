"""The content policy and the moderators in a live room: warnings, removal, mutes, suspensions."""

from __future__ import annotations

import asyncio

import httpx
import pytest
import websockets

from chat.protocol import CLOSE_ACCOUNT
from forum.storage.desk_tables import ModerationLog, ReviewItem
from forum.storage.tables import Post, SpaceKind


@pytest.fixture
def backend() -> str:
    """These check the live behaviour; the queries run on both engines in test_rooms."""
    return "sqlite"


async def test_disclosure_warning_goes_to_the_sender_alone_until_confirmed(
    open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    body = "ring me on +44 20 7946 0958 tonight"
    async with open_chat("lobby", ada) as a, open_chat("lobby", bob) as b:
        await a.send(type="send", body=body, client_id="c1")
        warning = await a.expect("disclosure_warning", client_id="c1")
        [finding] = warning["findings"]
        assert finding["type"] == "PHONE_NUMBER"
        assert body[finding["start"] : finding["end"]] == "+44 20 7946 0958"
        assert "becomes public" in warning["detail"]
        assert await Post.count() == 0
        assert [f for f in await b.quiet() if f["type"] == "message"] == []
        redacted = body[: finding["start"]] + "[phone number removed]" + body[finding["end"] :]
        await a.send(type="send", body=redacted, client_id="c2")
        await a.expect("sent", client_id="c2")
        assert (await b.expect("message"))["body"] == redacted
        await a.send(type="send", body=body, confirm_disclosure=True, client_id="c3")
        await a.expect("sent", client_id="c3")
        assert (await b.expect("message"))["body"] == body


async def test_moderator_removal_disappears_for_everyone_and_is_logged(
    open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    mod = await make_member("mod", role="moderator")
    async with (
        open_chat("lobby", ada) as a,
        open_chat("lobby", bob) as b,
        open_chat("lobby", mod) as m,
    ):
        await a.send(type="send", body="something nasty")
        message = await b.expect("message")
        await m.expect("message", id=message["id"])
        await m.send(type="remove", id=message["id"], category="abusive", reason="")
        assert (await m.expect("error"))["code"] == "rejected"  # a reason is required
        await m.send(type="remove", id=message["id"], category="abusive", reason="Personal attack.")
        await m.expect("ok", of="remove", id=message["id"])
        for client in (a, b):
            assert await client.expect("removed") == {"type": "removed", "id": message["id"]}
        assert {"type": "removed", "id": message["id"]} in m.seen + await m.quiet()
    log = await ModerationLog.select().where(ModerationLog.action == "remove").first()
    assert log["reason"] == "Personal attack." and log["content"] == "something nasty"
    async with open_chat("lobby") as visitor:
        assert (await visitor.expect("history"))["messages"] == []


async def test_muted_member_is_told_and_refused(
    client: httpx.AsyncClient, open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    bob, carol = await make_member("bob"), await make_member("carol")
    mod = await make_member("mod", role="moderator")
    async with open_chat("lobby", bob) as b, open_chat("lobby", mod) as m:
        await m.send(type="mute", user="bob", hours=3, reason="Cool off.")
        done = await m.expect("ok", of="mute")
        told = await b.expect("muted")
        assert told["until"] == done["until"] and "muted you" in told["detail"]
        await b.send(type="send", body="let me speak", client_id="x")
        refused = await b.expect("error", client_id="x")
        assert refused["code"] == "muted" and refused["until"] == done["until"]
    assert await Post.count() == 0
    # A mute made elsewhere (the HTTP API, any process) reaches an open socket too.
    async with open_chat("lobby", carol) as c:
        await c.expect("history")
        muted = await client.post(
            "/api/moderation/members/carol/mute",
            json={"reason": "Spamming.", "hours": 1},
            headers=mod.headers,
        )
        assert muted.status_code == 200, muted.text
        await c.expect("muted")
        await c.send(type="send", body="hello?")
        assert (await c.expect("error"))["code"] == "muted"


async def test_suspension_closes_the_socket_within_two_seconds(
    client: httpx.AsyncClient, open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    bob = await make_member("bob")
    mod = await make_member("mod", role="moderator")
    async with open_chat("lobby", bob) as b:
        await b.expect("history")
        started = asyncio.get_running_loop().time()
        await client.post(
            "/api/moderation/members/bob/suspend",
            json={"reason": "Threats.", "hours": 24},
            headers=mod.headers,
        )
        with pytest.raises(websockets.ConnectionClosed) as closed:
            while True:
                await b.recv(2)
        assert closed.value.rcvd.code == CLOSE_ACCOUNT
        assert asyncio.get_running_loop().time() - started < 2


async def test_account_closed_event_closes_sockets(open_chat, make_member, make_space, app) -> None:
    """Account deletion (privacy) publishes {"type": "closed", "user"} on "accounts"."""
    from litestar.channels import ChannelsPlugin

    await make_space("lobby", SpaceKind.chat)
    bob = await make_member("bob")
    async with open_chat("lobby", bob) as b:
        await b.expect("history")
        channels = app.plugins.get(ChannelsPlugin)
        await channels.wait_published({"type": "closed", "user": bob.account.id}, ["accounts"])
        with pytest.raises(websockets.ConnectionClosed) as closed:
            while True:
                await b.recv(2)
        assert closed.value.rcvd.code == CLOSE_ACCOUNT


async def test_member_reports_a_message_into_the_review_queue(
    client: httpx.AsyncClient, open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    mod = await make_member("mod", role="moderator")
    async with open_chat("lobby", ada) as a, open_chat("lobby", bob) as b:
        await a.send(type="send", body="this thread is a waste of time")
        message = await b.expect("message")
        await b.send(
            type="report", id=message["id"], category="abusive", note="rude", client_id="r"
        )
        reported = await b.expect("ok", client_id="r")
        assert reported["of"] == "report" and reported["hidden"] is False
        await a.send(type="report", id=message["id"], category="abusive")
        assert (await a.expect("error"))["code"] == "rejected"  # not your own message
    assert await ReviewItem.count() == 1
    queue = (await client.get("/api/moderation/queue", headers=mod.headers)).json()
    assert queue[0]["post_id"] == message["id"] and queue[0]["space"] == "lobby"
    assert queue[0]["reports"][0]["category"] == "abusive"
