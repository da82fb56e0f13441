"""Watches, read positions, blocks and notifications are personal data: exported, erased."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from forum.mail import sender
from forum.notifying import fanout, recipients
from forum.privacy.erasure import delete_account
from forum.storage.desk_tables import Notification
from forum.storage.member_tables import Block, ReadPosition, Watch
from forum.storage.privacy_tables import OutboxMail
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


async def test_a_member_deleted_while_a_notice_is_on_its_way_gets_no_row(
    client: httpx.AsyncClient, make_member, make_space, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fan-out reads a reply's recipients, then writes their notifications: an account
    deleted in between (here: right after the reads) gets no row, the others get theirs."""
    await make_space("general")
    ann, bob, cy = await make_member("ann"), await make_member("bob"), await make_member("cyd")
    started = await topic(client, ann)
    await client.post(f"/api/topics/{started['topic_id']}/watch", headers=cy.headers)
    read_recipients, delivered = recipients.allowed, asyncio.Event()

    async def allowed_then_ann_leaves(notes, unchecked):
        await read_recipients(notes, unchecked)
        await delete_account(ann.account.id)

    async def deliver_and_tell(post_ids, channels):
        try:
            return await deliver(post_ids, channels)
        finally:
            delivered.set()

    deliver = fanout.deliver
    monkeypatch.setattr(recipients, "allowed", allowed_then_ann_leaves)
    monkeypatch.setattr(fanout, "deliver", deliver_and_tell)
    await reply(client, bob, started["topic_id"], "Thanks, that helps.")
    await asyncio.wait_for(delivered.wait(), 5)
    assert await Notification.count().where(Notification.user == ann.account.id) == 0
    assert await Notification.count().where(Notification.user == cy.account.id) == 1


async def test_a_mail_to_a_deleted_member_is_not_kept(make_member) -> None:
    """A mail whose address was read before the member deleted the account is not stored
    in the outbox once the deletion has cleared it; the other mails of the batch are."""
    ann, bob = await make_member("ann"), await make_member("bob")
    await delete_account(ann.account.id)
    mails = [
        sender.Mail("ann@example.test", "Bob replied", "Hi", "replies", ann.account.id),
        sender.Mail("bob@example.test", "Ann replied", "Hi", "replies", bob.account.id),
    ]
    assert await sender.send_many(mails) == [None, None]
    assert [r["to_address"] for r in await OutboxMail.select(OutboxMail.to_address)] == [
        "bob@example.test"
    ]
