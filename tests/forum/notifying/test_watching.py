"""Watching and muting topics and spaces, read positions and unread counts."""

from __future__ import annotations

import httpx

from forum.storage.member_tables import Watch
from tests.conftest import browser_login, csrf_from
from tests.forum.notifying.helpers import reply, settle, topic


async def test_watching_a_space_notifies_new_topics_and_posts_coalesced_until_read(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann, bob, wat = await make_member("ann"), await make_member("bob"), await make_member("wat")
    watched = await client.post("/api/spaces/general/watch", headers=wat.headers)
    assert watched.json() == {"level": "watching"}
    started = await topic(client, ann, title="Garden")
    [new_topic] = await settle(client, wat, 1)
    assert new_topic["kind"] == "watching" and "New topic “Garden”" in new_topic["message"]
    await client.post("/api/me/notifications/read", json={"all": True}, headers=wat.headers)
    for text in ("one", "two", "three"):
        await reply(client, bob, started["topic_id"], text)
    found = await settle(client, wat, 3, timeout=1.5)
    unread = [n for n in found if not n["read"]]
    assert len(unread) == 1  # one unread notice, however many posts follow
    assert unread[0]["link"] == "/s/general"  # watchers of a space: one notice per space


async def test_authors_watch_their_topics_and_muting_silences_them(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann, bob = await make_member("ann"), await make_member("bob")
    started = await topic(client, ann)
    assert await Watch.count().where(Watch.user == ann.account.id) == 1
    level = await client.post(
        f"/api/topics/{started['topic_id']}/watch", json={"level": "muted"}, headers=ann.headers
    )
    assert level.json() == {"level": "muted"}
    await reply(client, bob, started["topic_id"], "nobody hears this")
    assert await settle(client, ann, 1, timeout=1.0) == []
    forgot = await client.delete(f"/api/topics/{started['topic_id']}/watch", headers=ann.headers)
    assert forgot.json() == {"level": ""}
    await reply(client, bob, started["topic_id"], "a reply to ann's topic")
    assert [n["kind"] for n in await settle(client, ann, 1)] == ["reply"]


async def test_watch_requests_that_make_no_sense_are_clear_4xx(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann = await make_member("ann")
    bad = await client.post(
        "/api/spaces/general/watch", json={"level": "loudly"}, headers=ann.headers
    )
    assert bad.status_code == 400 and "watching" in bad.json()["detail"]
    assert (await client.post("/api/spaces/nowhere/watch", headers=ann.headers)).status_code == 404
    assert (await client.post("/api/topics/999/watch", headers=ann.headers)).status_code == 404
    assert (await client.post("/api/spaces/general/watch")).status_code == 401


async def test_watch_buttons_work_without_javascript(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    await make_member("ann")
    await browser_login(client, "ann")
    page = await client.get("/s/general")
    assert "Not watching." in page.text and 'action="/s/general/watch"' in page.text
    sent = await client.post(
        "/s/general/watch",
        data={"level": "watching", "_csrf_token": csrf_from(page.text)},
        follow_redirects=True,
    )
    assert "You watch this forum." in sent.text
    refused = await client.post("/s/general/watch", data={"level": "watching"})
    assert refused.status_code == 403  # no CSRF token, no change


async def test_unread_markers_counts_and_the_jump_to_the_first_unread_post(
    client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    space = await make_space("general")
    ann, bob = await make_member("ann"), await make_member("bob")
    started = await topic(client, ann, title="Plans")
    topic_id = started["topic_id"]
    await browser_login(client, "ann")
    listing = await client.get("/s/general")
    assert "new</span>" not in listing.text  # she wrote it: nothing new for her
    first_new = await reply(client, bob, topic_id, "first news")
    await reply(client, bob, topic_id, "second news")
    listing = await client.get("/s/general")
    assert f'href="/t/{topic_id}/unread">2 new</a>' in listing.text
    home = await client.get("/")
    assert "1 with new posts" in home.text
    jump = await client.get(f"/t/{topic_id}/unread", follow_redirects=False)
    assert jump.headers["location"] == f"/p/{first_new['id']}"
    page = await client.get(f"/t/{topic_id}")
    assert page.text.count('<span class="badge new">new</span>') == 2
    again = await client.get(f"/t/{topic_id}")
    assert '<span class="badge new">new</span>' not in again.text  # read now
    assert "with new posts" not in (await client.get("/")).text
    assert f'href="/t/{topic_id}/unread">Jump to first unread' in again.text
    visitor = new_client()
    assert (await visitor.get(f"/t/{topic_id}/unread", follow_redirects=False)).status_code == 303
    assert space["id"]
