"""A message held by the policy: reviewed behind the logged view, approved through the queue
(then its recipients hear of it), or its author muted from the same item."""

from __future__ import annotations

import httpx

from forum.storage.privacy_tables import AccessLog
from forum.storage.tables import Role
from tests.forum.messaging.helpers import read, send, started


async def _held(client: httpx.AsyncClient, make_member) -> dict:
    ann, bob = await make_member("ann"), await make_member("bob")
    mod = await make_member("mod", role=Role.moderator)
    cid = await started(client, ann, ["bob"], "hello")
    held = (await send(client, ann, cid, "I will kill you tomorrow")).json()
    assert held["status"] == "pending"
    queue = (await client.get("/api/moderation/queue", headers=mod.headers)).json()
    item = next(i for i in queue if i["message_id"] == held["message_id"])
    assert item["origin"] == "auto" and item["body"] == ""
    assert all(not f.get("text") for f in item["findings"])  # not even the matched words
    return {"ann": ann, "bob": bob, "mod": mod, "cid": cid, "item": item, **held}


async def test_approving_a_held_message_delivers_it_then(
    client: httpx.AsyncClient, make_member
) -> None:
    world = await _held(client, make_member)
    bob, mod = world["bob"], world["mod"]
    before = (await client.get("/api/me/notifications", headers=bob.headers)).json()["items"]
    seen = await client.get(f"/api/moderation/messages/{world['message_id']}", headers=mod.headers)
    assert "kill" in seen.json()["html"] and await AccessLog.count() == 1
    done = await client.post(
        f"/api/moderation/queue/{world['item']['id']}",
        json={"action": "approve"},
        headers=mod.headers,
    )
    assert done.status_code == 200, done.text
    bodies = [m["body"] for m in (await read(client, bob, world["cid"])).json()["messages"]]
    assert bodies[-1] == "I will kill you tomorrow"
    after = (await client.get("/api/me/notifications", headers=bob.headers)).json()["items"]
    assert len(after) == len(before) + 1 and after[0]["kind"] == "message"


async def test_muting_the_author_from_a_held_message(
    client: httpx.AsyncClient, make_member
) -> None:
    world = await _held(client, make_member)
    done = await client.post(
        f"/api/moderation/queue/{world['item']['id']}",
        json={"action": "mute", "hours": 2, "reason": "Threats."},
        headers=world["mod"].headers,
    )
    assert done.status_code == 200, done.text
    again = await send(client, world["ann"], world["cid"], "sorry")
    assert again.status_code == 403 and "muted" in again.json()["detail"]
