"""Home and space pages: counts, last activity and its author, pinned topics first."""

from __future__ import annotations

import httpx

from forum.storage.desk_tables import ModerationLog
from forum.storage.tables import Role, SpaceKind
from tests.conftest import browser_login, csrf_from
from tests.forum.notifying.helpers import reply, topic


async def test_home_shows_counts_and_the_last_activity_per_space(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    await make_space("wall", SpaceKind.board)
    ann, bob = await make_member("ann"), await make_member("bob")
    started = await topic(client, ann)
    await reply(client, bob, started["topic_id"], "a reply")
    await client.post("/api/spaces/wall/messages", json={"body": "hi"}, headers=ann.headers)
    home = (await client.get("/")).text
    general = home[home.index('href="/s/general"') : home.index('href="/s/wall"')]
    assert "1 topic · 2 posts" in general and "by bob" in general
    wall = home[home.index('href="/s/wall"') :]
    assert "1 post" in wall and "by ann" in wall
    listing = (await client.get("/s/general")).text
    assert "by bob" in listing  # the topic's last post


async def test_moderators_pin_topics_first_and_the_log_keeps_it(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann = await make_member("ann")
    mod = await make_member("mod", role=Role.moderator)
    rules = await topic(client, ann, title="House rules")
    await topic(client, ann, title="Later chatter")
    refused = await client.post(f"/api/topics/{rules['topic_id']}/pin", headers=ann.headers)
    assert refused.status_code == 403
    pinned = await client.post(f"/api/topics/{rules['topic_id']}/pin", headers=mod.headers)
    assert pinned.json() == {"topic": rules["topic_id"], "pinned": True}
    listing = (await client.get("/s/general")).text
    assert listing.index("House rules") < listing.index("Later chatter")
    assert '<span class="badge">pinned</span> <a href="/t/' in listing
    api = (await client.get("/api/spaces/general")).json()
    assert api["topics"][0]["title"] == "House rules"
    assert await ModerationLog.count().where(ModerationLog.action == "pin") == 1
    assert (await client.post("/api/topics/999/pin", headers=mod.headers)).status_code == 404
    await browser_login(client, "mod")
    page = await client.get(f"/moderation/posts/{rules['id']}")
    done = await client.post(
        f"/moderation/posts/{rules['id']}",
        data={"action": "unpin", "_csrf_token": csrf_from(page.text)},
    )
    assert done.status_code == 303
    listing = (await client.get("/s/general")).text
    assert listing.index("Later chatter") < listing.index("House rules")
    assert await ModerationLog.count().where(ModerationLog.action == "unpin") == 1
