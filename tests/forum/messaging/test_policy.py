"""Private messages go through the same policy, on the ``private`` surface: offensive words
masked or held as in public, a disclosure warned about once per conversation, card numbers
held; what the surface does is the policy file's to say."""

from __future__ import annotations

import httpx

from forum.storage.desk_tables import ReviewItem
from forum.storage.message_tables import Message
from tests.forum.messaging.helpers import read, send, started

EMAIL = "write to me at ann.smith@example.org"
CARD = "my card is 4111 1111 1111 1111"


async def test_profanity_is_masked_and_the_author_keeps_the_original(
    client: httpx.AsyncClient, make_member
) -> None:
    ann, bob = await make_member("ann"), await make_member("bob")
    cid = await started(client, ann, ["bob"])
    sent = await send(client, ann, cid, "this is shit")
    assert sent.status_code == 201 and sent.json()["masked"][0]["text"] == "shit"
    bodies = [m["body"] for m in (await read(client, bob, cid)).json()["messages"]]
    assert bodies[-1] == "this is ****"
    stored = await Message.select(Message.original).where(Message.id == sent.json()["message_id"])
    assert "this is shit" in str(stored[0]["original"])


async def test_a_threat_is_held_for_review_and_reaches_no_one(
    client: httpx.AsyncClient, make_member
) -> None:
    ann, bob = await make_member("ann"), await make_member("bob")
    cid = await started(client, ann, ["bob"])
    sent = await send(client, ann, cid, "I will kill you tomorrow")
    assert sent.status_code == 201 and sent.json()["status"] == "pending"
    assert len((await read(client, bob, cid)).json()["messages"]) == 1
    mine = (await read(client, ann, cid)).json()["messages"]
    assert mine[-1]["status"] == "pending"
    item = await ReviewItem.select().where(ReviewItem.message == sent.json()["message_id"])
    assert item and item[0]["origin"] == "auto" and item[0]["post"] is None


async def test_a_disclosure_is_warned_about_once_per_conversation(
    client: httpx.AsyncClient, make_member
) -> None:
    ann = await make_member("ann")
    await make_member("bob"), await make_member("cat")
    cid = await started(client, ann, ["bob"])
    warned = await send(client, ann, cid, EMAIL)
    assert warned.status_code == 422 and warned.json()["code"] == "disclosure_warning"
    assert "Only the members of this conversation" in warned.json()["detail"]
    confirmed = await send(client, ann, cid, EMAIL, confirm_disclosure=True)
    assert confirmed.status_code == 201 and confirmed.json()["status"] == "visible"
    again = await send(client, ann, cid, "or bob.jones@example.org")
    assert again.status_code == 201, again.text  # not asked twice in this conversation
    other = await started(client, ann, ["cat"])
    assert (await send(client, ann, other, EMAIL)).status_code == 422  # a new conversation


async def test_a_card_number_is_held_even_when_confirmed_and_asked_every_time(
    client: httpx.AsyncClient, make_member
) -> None:
    ann = await make_member("ann")
    await make_member("bob")
    cid = await started(client, ann, ["bob"])
    assert (await send(client, ann, cid, CARD)).status_code == 422
    held = await send(client, ann, cid, CARD, confirm_disclosure=True)
    assert held.status_code == 201 and held.json()["status"] == "pending"
    assert (await send(client, ann, cid, CARD)).status_code == 422
