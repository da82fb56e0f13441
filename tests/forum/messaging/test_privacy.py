"""A member's export holds their conversations; deleting the account blanks their messages."""

from __future__ import annotations

import httpx

from forum.privacy.erasure import delete_account
from forum.storage.message_tables import Message, Participant
from tests.forum.messaging.helpers import read, send, started


async def test_the_export_holds_conversations_and_the_original_of_masked_words(
    client: httpx.AsyncClient, make_member
) -> None:
    ann, bob = await make_member("ann"), await make_member("bob")
    cid = await started(client, ann, ["bob"], "first words")
    await send(client, bob, cid, "a reply from bob")
    await send(client, ann, cid, "this is shit")
    export = (await client.get("/api/me/export", headers=ann.headers)).json()
    [conversation] = export["private_conversations"]
    assert conversation["participants"] == ["ann", "bob"]
    bodies = [m["body"] for m in conversation["messages"]]
    assert bodies == ["first words", "a reply from bob", "this is ****"]
    assert conversation["messages"][2]["original"]["body"] == "this is shit"
    assert "original" not in conversation["messages"][1]


async def test_erasure_blanks_the_members_messages_and_keeps_the_others(
    client: httpx.AsyncClient, make_member
) -> None:
    ann, bob = await make_member("ann"), await make_member("bob")
    cid = await started(client, ann, ["bob"], "my secret plans")
    await send(client, bob, cid, "bob stays")
    await delete_account(ann.account.id)
    seen = (await read(client, bob, cid)).json()
    assert [m["body"] for m in seen["messages"]] == ["bob stays"]
    assert seen["participants"] == ["bob"]
    rows = await Message.select(Message.body, Message.html).where(Message.author == ann.account.id)
    assert rows == [{"body": "", "html": ""}]
    assert not await Participant.exists().where(Participant.user == ann.account.id)
