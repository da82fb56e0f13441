"""Joining a room: history on join, catching up after a reconnect, held messages, kicks.

These run on SQLite and PostgreSQL: they exercise the history queries and the room_bans table.
"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest
import websockets

from chat.protocol import CLOSE_KICKED
from forum.storage.desk_tables import ModerationLog, RoomBan
from forum.storage.tables import Post, PostStatus, SpaceKind


async def _say(client: httpx.AsyncClient, member, body: str, room: str = "lobby") -> int:
    made = await client.post(
        f"/api/spaces/{room}/messages", json={"body": body}, headers=member.headers
    )
    assert made.status_code == 201, made.text
    return made.json()["id"]


async def test_history_on_join_is_the_last_messages_oldest_first(
    client: httpx.AsyncClient, open_chat, make_member, make_space
) -> None:
    room = await make_space("lobby", SpaceKind.chat)
    ada = await make_member("ada")
    now = datetime.now(UTC)
    await Post.insert(
        *[
            Post(
                space=room["id"],
                author=ada.account.id,
                body=f"old {n}",
                html=f"<p>old {n}</p>",
                status=PostStatus.visible.value,
                created=now,
            )
            for n in range(55)
        ]
    )
    hidden = await _say(client, ada, "removed later")
    await Post.update({Post.status: PostStatus.removed.value}).where(Post.id == hidden)
    async with open_chat("lobby") as visitor:
        history = await visitor.expect("history")
    bodies = [m["body"] for m in history["messages"]]
    assert len(bodies) == 50 and history["more"] is True
    assert bodies[0] == "old 5" and bodies[-1] == "old 54"
    assert "removed later" not in bodies
    first = history["messages"][0]
    assert first["author"] == "ada" and first["room"] == "lobby"
    assert datetime.fromisoformat(first["created"]).tzinfo is not None


async def test_reconnect_with_the_last_id_receives_what_was_missed(
    client: httpx.AsyncClient, open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    async with open_chat("lobby", ada) as a:
        await a.expect("history")
        await a.send(type="send", body="before the drop")
        last_seen = (await a.expect("message"))["id"]
    missed = [await _say(client, bob, f"while away {n}") for n in range(3)]
    async with open_chat("lobby", ada, after=last_seen) as a:
        caught_up = await a.expect("history")
        assert caught_up["after"] == last_seen
        assert [m["id"] for m in caught_up["messages"]] == missed
        await a.send(type="resume", after=missed[0], client_id="r1")
        resumed = await a.expect("history", client_id="r1")
        assert [m["id"] for m in resumed["messages"]] == missed[1:]
        await a.send(type="resume", after=missed[-1])
        assert (await a.expect("history"))["messages"] == []


async def test_held_message_reaches_the_room_only_when_approved(
    client: httpx.AsyncClient, open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    mod = await make_member("mod", role="moderator")
    async with open_chat("lobby", ada) as a, open_chat("lobby", bob) as b:
        await a.send(
            type="send", body="my card 4111 1111 1111 1111", confirm_disclosure=True,
            client_id="c1",
        )  # fmt: skip
        held = await a.expect("held", client_id="c1")
        assert "review" in held["detail"]
        assert [f for f in await b.quiet() if f["type"] == "message"] == []
        queue = (await client.get("/api/moderation/queue", headers=mod.headers)).json()
        item = next(i for i in queue if i["post_id"] == held["id"])
        approved = await client.post(
            f"/api/moderation/queue/{item['id']}", json={"action": "approve"}, headers=mod.headers
        )
        assert approved.status_code == 200, approved.text
        arrived = await b.expect("message", id=held["id"])
        assert "4111" in arrived["body"] and arrived["author"] == "ada"


async def test_kicked_member_is_closed_and_cannot_rejoin(
    server_url: str, open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    bob = await make_member("bob")
    mod = await make_member("mod", role="moderator")
    async with open_chat("lobby", mod) as m, open_chat("lobby", bob) as b:
        await m.send(type="kick", user="bob", reason="Flooding the room.", hours=2)
        done = await m.expect("ok", of="kick")
        assert done["user"] == "bob"
        with pytest.raises(websockets.ConnectionClosed) as closed:
            while True:
                await b.recv(3)
        assert closed.value.rcvd.code == CLOSE_KICKED
    assert await RoomBan.count() == 1
    log = await ModerationLog.select().where(ModerationLog.action == "kick").first()
    assert log["reason"] == "Flooding the room." and '"lobby"' in str(log["details"])
    with pytest.raises(websockets.ConnectionClosed) as again:
        async with open_chat("lobby", bob) as b:
            await b.recv(3)
    assert again.value.rcvd.code == CLOSE_KICKED
    async with open_chat("lobby") as visitor:  # the room itself stays public
        await visitor.expect("history")


async def test_a_message_its_author_deletes_disappears_from_the_room(
    client: httpx.AsyncClient, open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    async with open_chat("lobby", bob) as b:
        await b.expect("history")
        said = await _say(client, ada, "I take this back")
        await b.expect("message", id=said)
        deleted = await client.delete(f"/api/posts/{said}", headers=ada.headers)
        assert deleted.status_code == 204
        await b.expect("removed", id=said)
