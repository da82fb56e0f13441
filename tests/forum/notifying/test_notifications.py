"""Replies and mentions notify exactly once, only what the recipient may see, in one list."""

from __future__ import annotations

import httpx

from forum.storage.desk_tables import Notification
from forum.storage.tables import Role
from tests.forum.notifying.helpers import notes, reply, settle, topic


async def test_a_reply_and_a_mention_create_one_notification_each(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann, bob, cyd = await make_member("ann"), await make_member("bob"), await make_member("cyd")
    started = await topic(client, ann)
    await reply(client, bob, started["topic_id"], "Thanks! @cyd should read this, not @nobody.")
    found = await settle(client, ann, 1)
    [to_ann] = found
    assert to_ann["kind"] == "reply" and to_ann["message"].startswith("bob replied")
    [to_cyd] = await settle(client, cyd, 1)
    assert to_cyd["kind"] == "mention" and to_cyd["link"].startswith("/p/")
    assert await notes(client, bob) == []  # nobody is told of their own post
    assert await Notification.count() == 2


async def test_a_mention_is_linked_and_an_unknown_name_stays_text(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann = await make_member("ann")
    await make_member("Cy.Dee")
    started = await topic(
        client, ann, body="Ask @cy.dee or @ghost, or mail me@example.org", confirm_disclosure=True
    )
    post = (await client.get(f"/api/posts/{started['id']}")).json()
    assert '<a class="mention" href="/u/Cy.Dee">@cy.dee</a>' in post["html"]
    assert "@ghost" in post["html"] and "/u/ghost" not in post["html"]
    assert "/u/example.org" not in post["html"]


async def test_a_mention_in_a_held_post_notifies_once_it_is_approved(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann, cyd = await make_member("ann"), await make_member("cyd")
    mod = await make_member("mod", role=Role.moderator)
    held = await topic(
        client, ann, body="@cyd my card is 4111 1111 1111 1111", confirm_disclosure=True
    )
    assert held["status"] == "pending"
    assert await settle(client, cyd, 1, timeout=1.0) == []
    queue = (await client.get("/api/moderation/queue", headers=mod.headers)).json()
    item = next(i for i in queue if i["post_id"] == held["id"])
    done = await client.post(
        f"/api/moderation/queue/{item['id']}", json={"action": "approve"}, headers=mod.headers
    )
    assert done.status_code == 200, done.text
    [to_cyd] = await settle(client, cyd, 1)
    assert to_cyd["kind"] == "mention"


async def test_a_removed_post_takes_its_notification_away(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann, bob = await make_member("ann"), await make_member("bob")
    mod = await make_member("mod", role=Role.moderator)
    started = await topic(client, ann)
    answer = await reply(client, bob, started["topic_id"], "A rude reply")
    assert len(await settle(client, ann, 1)) == 1
    removed = await client.post(
        f"/api/moderation/posts/{answer['id']}/remove",
        json={"category": "spam", "reason": "Spam."},
        headers=mod.headers,
    )
    assert removed.status_code == 200, removed.text
    assert [n["kind"] for n in await notes(client, ann)] == []  # the reply is gone
    assert [n["kind"] for n in await notes(client, bob)] == ["removed"]  # the notice stays
    unread = (await client.get("/api/me/notifications", headers=ann.headers)).json()["unread"]
    assert unread == 0


async def test_marking_read_by_ids_and_all_and_refusing_bad_ids(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann, bob = await make_member("ann"), await make_member("bob")
    started = await topic(client, ann)
    first = await reply(client, bob, started["topic_id"], "one", parent_id=started["id"])
    await reply(client, bob, started["topic_id"], "two", parent_id=first["id"])
    await reply(client, ann, started["topic_id"], "@bob three")
    found = await settle(client, ann, 2)
    assert [n["read"] for n in found] == [False, False]
    url, auth = "/api/me/notifications/read", ann.headers
    marked = await client.post(url, json={"ids": [found[0]["id"]]}, headers=auth)
    assert marked.json() == {"marked": 1, "unread": 1}
    other = (await settle(client, bob, 1))[0]["id"]
    untouched = await client.post(url, json={"ids": [other]}, headers=auth)
    assert untouched.json()["marked"] == 0  # someone else's notification is never touched
    assert (await client.post(url, json={"all": True}, headers=auth)).json()["unread"] == 0
    for bad in ({}, {"ids": []}, {"ids": ["x"]}, {"ids": [0]}, {"ids": [1], "all": True}):
        answer = await client.post(url, json=bad, headers=auth)
        assert answer.status_code == 400, (bad, answer.text)
        assert answer.json()["detail"]


async def test_the_notifications_page_and_the_header_count_work_without_javascript(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    from tests.conftest import browser_login, csrf_from

    await make_space("general")
    ann, bob = await make_member("ann"), await make_member("bob")
    started = await topic(client, ann)
    await reply(client, bob, started["topic_id"], "hello ann")
    await settle(client, ann, 1)
    await browser_login(client, "ann")
    page = await client.get("/notifications")
    assert 'id="notifications-count" aria-label="1 unread">1<' in page.text
    assert "bob replied to your post" in page.text
    token = csrf_from(page.text)
    [note] = await notes(client, ann)
    elsewhere = await client.post(
        "/notifications/read",
        data={"_csrf_token": token, "id": str(note["id"]), "go": "//evil.example"},
    )
    assert elsewhere.headers["location"] == "/notifications"  # never off the site
    assert (await notes(client, ann))[0]["read"] is True
    read = await client.post("/notifications/read", data={"_csrf_token": token, "go": note["link"]})
    assert read.status_code == 303 and read.headers["location"] == note["link"]
    again = await client.get("/notifications")
    assert 'aria-label="0 unread" hidden' in again.text
