"""A participant reports one message: it (only it) reaches the review queue, every staff view
of it is written to the personal-data access log, and removing it goes through the queue."""

from __future__ import annotations

import httpx

from forum.storage.privacy_tables import AccessLog
from forum.storage.tables import Role
from tests.conftest import browser_login, csrf_from
from tests.forum.messaging.helpers import read, send, started


async def _reported(client: httpx.AsyncClient, make_member) -> dict:
    ann, bob = await make_member("ann"), await make_member("bob")
    mod = await make_member("mod", role=Role.moderator)
    cid = await started(client, ann, ["bob"], "an ordinary hello")
    bad = (await send(client, ann, cid, "Bob stole money from the church fund last year")).json()
    report = await client.post(
        f"/api/conversations/{cid}/messages/{bad['message_id']}/report",
        json={"category": "defamatory", "note": "keeps doing this"},
        headers=bob.headers,
    )
    assert report.status_code == 201, report.text
    return {"ann": ann, "bob": bob, "mod": mod, "cid": cid, "message": bad["message_id"]}


async def test_a_reported_message_alone_reaches_the_queue_and_every_view_is_logged(
    client: httpx.AsyncClient, make_member
) -> None:
    world = await _reported(client, make_member)
    mod, message = world["mod"], world["message"]
    queue = (await client.get("/api/moderation/queue", headers=mod.headers)).json()
    [item] = [i for i in queue if i["message_id"] == message]
    assert item["body"] == "" and item["author"] == "ann" and item["reports"][0]["note"]
    assert "hello" not in str(queue)  # the rest of the conversation is not there
    assert await AccessLog.count() == 0  # the queue shows who and why, not the text
    seen = await client.get(f"/api/moderation/messages/{message}", headers=mod.headers)
    assert seen.status_code == 200 and "stole" in seen.json()["html"]
    rows = await AccessLog.select(AccessLog.viewer, AccessLog.subject, AccessLog.what)
    assert rows == [
        {"viewer": mod.account.id, "subject": world["ann"].account.id,
         "what": f"private message {message}"}
    ]  # fmt: skip
    await browser_login(client, "mod")
    listing = await client.get("/moderation")
    assert f"/moderation/messages/{message}" in listing.text and "stole" not in listing.text
    assert await AccessLog.count() == 1
    page = await client.get(f"/moderation/messages/{message}")
    assert page.status_code == 200 and "access log" in page.text
    assert await AccessLog.count() == 2
    assert (await read(client, mod, world["cid"])).status_code == 404  # still not a participant


async def test_staff_cannot_open_a_message_nobody_reported(
    client: httpx.AsyncClient, make_member
) -> None:
    world = await _reported(client, make_member)
    quiet = (await send(client, world["bob"], world["cid"], "a quiet reply")).json()
    for path in (f"/api/moderation/messages/{quiet['message_id']}",):
        assert (await client.get(path, headers=world["mod"].headers)).status_code == 404
    assert await AccessLog.count() == 0


async def test_removing_a_reported_message_through_the_queue(
    client: httpx.AsyncClient, make_member
) -> None:
    world = await _reported(client, make_member)
    mod = world["mod"]
    queue = (await client.get("/api/moderation/queue", headers=mod.headers)).json()
    item = next(i for i in queue if i["message_id"] == world["message"])
    done = await client.post(
        f"/api/moderation/queue/{item['id']}",
        json={"action": "remove", "category": "defamatory", "reason": "Personal attack."},
        headers=mod.headers,
    )
    assert done.status_code == 200 and done.json()["status"] == "resolved"
    bodies = [
        m["body"] for m in (await read(client, world["bob"], world["cid"])).json()["messages"]
    ]
    assert not any("stole" in b for b in bodies)
    mine = (await read(client, world["ann"], world["cid"])).json()["messages"]
    assert mine[-1]["status"] == "removed"
    lock = await client.post(
        f"/api/moderation/queue/{item['id']}", json={"action": "lock"}, headers=mod.headers
    )
    assert lock.status_code == 400 and "remove" in lock.json()["detail"]


async def test_only_participants_report_and_never_their_own_message(
    client: httpx.AsyncClient, make_member
) -> None:
    world = await _reported(client, make_member)
    eve = await make_member("eve")
    path = f"/api/conversations/{world['cid']}/messages/{world['message']}/report"
    body = {"category": "defamatory"}
    assert (await client.post(path, json=body, headers=eve.headers)).status_code == 404
    own = await client.post(path, json=body, headers=world["ann"].headers)
    assert own.status_code == 400 and "your own" in own.json()["detail"]
    twice = await client.post(path, json=body, headers=world["bob"].headers)
    assert twice.status_code == 409


async def test_reporting_from_the_page_works_without_javascript(
    client: httpx.AsyncClient, make_member
) -> None:
    ann = await make_member("ann")
    await make_member("bob")
    cid = await started(client, ann, ["bob"], "buy my stuff")
    await browser_login(client, "bob")
    page = await client.get(f"/messages/{cid}")
    message = page.text.split('name="message" value="')[1].split('"')[0]
    response = await client.post(
        f"/messages/{cid}/report",
        data={"message": message, "category": "spam", "_csrf_token": csrf_from(page.text)},
    )
    assert response.status_code == 200 and "only it" in response.text
