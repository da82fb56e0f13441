"""Conversations over the API: who can read them (participants only), and clear refusals."""

from __future__ import annotations

import httpx

from forum.storage.tables import Role
from tests.forum.messaging.helpers import read, send, start, started


async def test_participants_write_and_read_a_conversation(
    client: httpx.AsyncClient, make_member
) -> None:
    ann, bob, cat = await make_member("ann"), await make_member("bob"), await make_member("cat")
    created = await start(client, ann, ["bob", "Cat"], "Hello **both**")
    assert created.status_code == 201, created.text
    cid = created.json()["id"]
    assert (await send(client, bob, cid, "hi ann")).status_code == 201
    seen = (await read(client, cat, cid)).json()
    assert seen["participants"] == ["ann", "bob", "cat"]
    assert [m["author"] for m in seen["messages"]] == ["ann", "bob"]
    assert "<strong>both</strong>" in seen["messages"][0]["html"]
    listed = (await client.get("/api/conversations", headers=bob.headers)).json()
    assert [c["id"] for c in listed] == [cid] and listed[0]["unread"] is False


async def test_a_third_member_a_moderator_and_an_admin_get_404(
    client: httpx.AsyncClient, make_member
) -> None:
    ann, bob = await make_member("ann"), await make_member("bob")
    outsiders = [
        await make_member("eve"),
        await make_member("mod", role=Role.moderator),
        await make_member("boss", role=Role.admin),
    ]
    cid = await started(client, ann, ["bob"], "our secret")
    for person in outsiders:
        assert (await read(client, person, cid)).status_code == 404
        assert (await send(client, person, cid, "let me in")).status_code == 404
        listed = (await client.get("/api/conversations", headers=person.headers)).json()
        assert listed == []
        page = await client.get(f"/messages/{cid}", headers=person.headers)
        assert page.status_code == 404 and "our secret" not in page.text
    # an id that does not exist answers exactly alike
    missing = await read(client, outsiders[0], cid + 1000)
    assert missing.status_code == 404
    assert (await read(client, bob, cid)).status_code == 200
    assert (await client.get(f"/api/conversations/{cid}")).status_code == 401


async def test_bad_requests_are_refused_with_a_sentence_and_nothing_stored(
    client: httpx.AsyncClient, make_member
) -> None:
    ann = await make_member("ann")
    await make_member("bob")
    cases = [
        (["nobody", "ghost"], "Hi", 404, "'nobody', 'ghost'"),
        (["ann"], "Hi", 400, "at least one other member"),
        ([], "Hi", 400, "at least one other member"),
        (["bob"], "   ", 400, "Write something"),
    ]
    for to, body, status, sentence in cases:
        response = await start(client, ann, to, body)
        assert response.status_code == status, response.text
        assert sentence in response.json()["detail"]
    response = await start(client, ann, ["bob"], "Hi", title="")
    assert response.status_code == 400 and "title" in response.json()["detail"]
    response = await client.post(
        "/api/conversations", json={"to": "bob", "title": "x"}, headers=ann.headers
    )
    assert response.status_code == 400
    assert (await client.get("/api/conversations", headers=ann.headers)).json() == []


async def test_too_many_recipients_for_a_new_account(
    client: httpx.AsyncClient, make_member
) -> None:
    ann = await make_member("ann")
    names = [(await make_member(f"member{i}")).username for i in range(4)]
    response = await start(client, ann, names)
    assert response.status_code == 400
    assert "at most 3 members" in response.json()["detail"]


async def test_leaving_a_conversation_hides_it_and_stops_its_messages(
    client: httpx.AsyncClient, make_member
) -> None:
    ann, bob = await make_member("ann"), await make_member("bob")
    cid = await started(client, ann, ["bob"])
    left = await client.post(f"/api/conversations/{cid}/leave", headers=bob.headers)
    assert left.status_code == 200
    assert (await read(client, bob, cid)).status_code == 404
    assert (await send(client, bob, cid, "back?")).status_code == 404
    assert (await read(client, ann, cid)).json()["participants"] == ["ann"]
