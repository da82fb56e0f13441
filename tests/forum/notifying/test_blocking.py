"""Blocking a member: their posts collapse for me, they cannot notify me; moderation goes on."""

from __future__ import annotations

import httpx

from forum.storage.tables import Role
from tests.conftest import browser_login, csrf_from
from tests.forum.notifying.helpers import notes, reply, settle, topic


async def test_a_blocked_member_cannot_notify_and_their_posts_are_collapsed(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann, troll = await make_member("ann"), await make_member("troll")
    blocked = await client.post("/api/members/troll/block", headers=ann.headers)
    assert blocked.json() == {"username": "troll", "blocked": True}
    started = await topic(client, ann)
    await reply(client, troll, started["topic_id"], "@ann you again", parent_id=started["id"])
    assert await settle(client, ann, 1, timeout=1.0) == []
    await browser_login(client, "ann")
    page = await client.get(f"/t/{started['topic_id']}")
    assert '<details class="blocked"><summary>A post by troll, whom you block</summary>' in (
        page.text
    )
    assert "you again" in page.text  # collapsed, still there to open
    await client.delete("/api/members/troll/block", headers=ann.headers)
    await reply(client, troll, started["topic_id"], "@ann hello")
    assert [n["kind"] for n in await settle(client, ann, 1)] == ["mention"]


async def test_blocking_a_moderator_does_not_hide_their_notices(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann = await make_member("ann")
    mod = await make_member("mod", role=Role.moderator)
    await browser_login(client, "ann")
    profile = await client.get("/u/mod")
    assert "Moderation notices still reach you." in profile.text
    done = await client.post(
        "/u/mod/block",
        data={"action": "block", "_csrf_token": csrf_from(profile.text)},
        follow_redirects=True,
    )
    assert "You block mod" in done.text
    started = await topic(client, ann)
    removed = await client.post(
        f"/api/moderation/posts/{started['id']}/remove",
        json={"category": "spam", "reason": "Spam."},
        headers=mod.headers,
    )
    assert removed.status_code == 200  # a blocked moderator still acts
    assert [n["kind"] for n in await notes(client, ann)] == ["removed"]


async def test_blocking_oneself_or_nobody_is_a_clear_4xx(
    client: httpx.AsyncClient, make_member
) -> None:
    ann = await make_member("ann")
    me = await client.post("/api/members/ann/block", headers=ann.headers)
    assert me.status_code == 400 and "yourself" in me.json()["detail"]
    nobody = await client.post("/api/members/nobody/block", headers=ann.headers)
    assert nobody.status_code == 404
