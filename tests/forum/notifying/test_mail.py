"""Notifications by mail: at once by default, one daily digest by choice, one-click unsubscribe."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import unquote

import httpx

from forum.mail import mailings
from forum.notifying.mailing import send_digests
from forum.storage.privacy_tables import OutboxMail
from tests.forum.notifying.helpers import reply, settle, topic


async def _mails(address: str) -> list[dict]:
    return await OutboxMail.select().where(OutboxMail.to_address == address).order_by(OutboxMail.id)


async def test_a_reply_is_mailed_at_once_with_one_click_unsubscribe(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann, bob = await make_member("ann"), await make_member("bob")
    started = await topic(client, ann)
    await reply(client, bob, started["topic_id"], "Nice topic")
    await settle(client, ann, 1)
    [mail] = await _mails("ann@example.test")
    assert mail["subject"] == "A reply to your post" and "bob replied" in mail["body"]
    assert "List-Unsubscribe-Post" in mail["headers"]
    token = mail["body"].split("/unsubscribe?token=")[1].split()[0]
    done = await client.post("/unsubscribe", params={"token": unquote(token)})  # RFC 8058
    assert done.status_code == 200
    assert (await mailings.preferences(ann.account.id))["replies"] is False
    await reply(client, bob, started["topic_id"], "Another one", parent_id=started["id"])
    await settle(client, ann, 2)
    assert len(await _mails("ann@example.test")) == 1  # honoured at once


async def test_digest_members_get_one_mail_a_day_with_everything_in_it(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ann, bob, cyd = await make_member("ann"), await make_member("bob"), await make_member("cyd")
    await mailings.set_preferences(ann.account.id, {"digest": True})
    started = await topic(client, ann)
    await reply(client, bob, started["topic_id"], "first", parent_id=started["id"])
    await reply(client, cyd, started["topic_id"], "@ann second")
    await settle(client, ann, 2)
    assert await _mails("ann@example.test") == []  # nothing at once
    assert await send_digests(datetime.now(UTC)) == 0  # not a day old yet
    assert await send_digests(datetime.now(UTC) + timedelta(days=1, minutes=1)) == 1
    [digest] = await _mails("ann@example.test")
    assert digest["subject"] == "2 new notifications" and digest["kind"] == "digest"
    assert "bob replied" in digest["body"] and "cyd mentioned you" in digest["body"]
    assert await send_digests(datetime.now(UTC) + timedelta(days=3)) == 0  # each goes once


async def test_unsubscribing_from_the_digest_does_not_start_separate_mails(
    client: httpx.AsyncClient, make_member
) -> None:
    ann = await make_member("ann")
    await mailings.set_preferences(ann.account.id, {"digest": True})
    token = mailings.unsubscribe_token(ann.account.id, "digest")
    await mailings.unsubscribe(token)
    choices = await mailings.preferences(ann.account.id)
    assert not any(choices[k] for k in ("digest", "replies", "mentions", "watching"))
    assert choices["moderation"] is True
