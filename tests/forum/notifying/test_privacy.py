"""Watches, read positions, blocks and notifications are personal data: exported, erased."""

from __future__ import annotations

import httpx

from forum.privacy.erasure import delete_account
from forum.storage.desk_tables import Notification
from forum.storage.member_tables import Block, ReadPosition, Watch
from tests.conftest import browser_login
from tests.forum.notifying.helpers import reply, settle, topic


async def test_export_holds_them_and_erasure_removes_them(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann, bob = await make_member("ann"), await make_member("bob")
    started = await topic(client, ann)
    await client.post("/api/spaces/general/watch", headers=ann.headers)
    await client.post("/api/members/bob/block", headers=ann.headers)
    await client.delete("/api/members/bob/block", headers=ann.headers)
    await client.post("/api/members/bob/block", headers=ann.headers)
    await client.post("/api/members/ann/block", headers=bob.headers)
    await reply(client, ann, started["topic_id"], "@bob hi")
    await settle(client, bob, 1, timeout=1.0)
    await browser_login(client, "ann")
    await client.get(f"/t/{started['topic_id']}")
    data = (await client.get("/api/me/export", headers=ann.headers)).json()
    assert {w["space.slug"] for w in data["watches"]} == {"general", None}
    assert data["blocked_members"][0]["blocked.username"] == "bob"
    assert data["read_positions"][0]["topic"] == started["topic_id"]
    await delete_account(ann.account.id)
    me = ann.account.id
    assert await Watch.count().where(Watch.user == me) == 0
    assert await ReadPosition.count().where(ReadPosition.user == me) == 0
    assert await Block.count().where((Block.blocker == me) | (Block.blocked == me)) == 0
    assert await Notification.count().where(Notification.actor == me) == 0
