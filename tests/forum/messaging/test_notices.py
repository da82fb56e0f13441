"""What a member reads about their private messages: notices in their own words, and the
header's unread count as it is after the page they are on."""

from __future__ import annotations

import httpx

from forum.storage.privacy_tables import OutboxMail
from tests.conftest import browser_login
from tests.forum.messaging.helpers import send, started


async def test_a_held_message_is_told_as_a_private_message_not_a_post(
    client: httpx.AsyncClient, make_member
) -> None:
    ann = await make_member("ann")
    await make_member("bob")
    cid = await started(client, ann, ["bob"])
    held = await send(client, ann, cid, "I will kill you tomorrow")
    assert held.json()["status"] == "pending"
    notes = (await client.get("/api/me/notifications", headers=ann.headers)).json()["items"]
    assert notes[0]["kind"] == "message_held"
    assert notes[0]["message"].startswith("Your private message is waiting")
    [mail] = await OutboxMail.select().where(OutboxMail.to_address == "ann@example.test")
    assert mail["subject"] == "Your private message is waiting for review"
    assert "post" not in mail["subject"]


async def test_the_unread_count_clears_on_the_page_that_reads_the_conversation(
    client: httpx.AsyncClient, make_member
) -> None:
    ann = await make_member("ann")
    await make_member("bob")
    cid = await started(client, ann, ["bob"])
    await browser_login(client, "bob")
    listing = await client.get("/messages")
    assert 'aria-label="1 unread conversations">1</span>' in listing.text
    page = await client.get(f"/messages/{cid}")
    assert 'aria-label="0 unread conversations" hidden>0</span>' in page.text
