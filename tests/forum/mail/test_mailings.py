"""Members choose their emails; every notice unsubscribes in one click, at once, no login."""

from __future__ import annotations

import json
import re

import httpx

from forum.mail import mailings
from forum.mail.signing import sign
from forum.storage.privacy_tables import EmailPreference, OutboxMail
from tests.conftest import browser_login, form_post


async def _last_mail() -> dict:
    row = await OutboxMail.select().order_by(OutboxMail.id, ascending=False).first()
    row["headers"] = json.loads(row["headers"])
    return row


async def test_the_newsletter_is_off_until_the_member_turns_it_on(
    client: httpx.AsyncClient, make_member
) -> None:
    ada = await make_member("ada")
    assert await mailings.preferences(ada.account.id) == mailings.DEFAULTS
    assert mailings.DEFAULTS["newsletter"] is False
    await browser_login(client, "ada")
    page = (await client.get("/account")).text
    assert 'name="newsletter" type="checkbox" value="1">' in page  # shown, not ticked
    saved = await form_post(
        client, "/account", "/account/emails", {"replies": "1", "newsletter": "on"}
    )
    assert saved.status_code == 303
    assert await mailings.preferences(ada.account.id) == {
        "replies": True, "mentions": False, "watching": False, "digest": False,
        "moderation": False, "newsletter": True,
    }  # fmt: skip


async def test_malformed_email_choices_change_nothing(
    client: httpx.AsyncClient, make_member
) -> None:
    await make_member("ada")
    await browser_login(client, "ada")
    for data in ({"newsletter": "maybe"}, {"replies": "1", "sms": "1"}):
        refused = await form_post(client, "/account", "/account/emails", data)
        assert refused.status_code == 400 and "nothing was changed" in refused.text
    assert await EmailPreference.count() == 0


async def test_notices_follow_the_choices_and_unsubscribe_in_one_click(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    ada = await make_member("ada")
    assert await mailings.notify(ada.account.id, "newsletter", "News", "Hello") is False
    assert await OutboxMail.count() == 0
    assert await mailings.notify(ada.account.id, "replies", "Bob replied", "Bob said hi.") is True
    mail = await _last_mail()
    assert mail["to_address"] == "ada@example.test" and mail["kind"] == "replies"
    assert mail["headers"]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = mail["headers"]["List-Unsubscribe"].strip("<>")
    assert link in mail["body"] and "Bob said hi." in mail["body"]

    stranger = new_client()  # not signed in, no cookies: the link alone is enough
    path = link.removeprefix("http://127.0.0.1:8000")
    page = await stranger.get(path)
    assert page.status_code == 200 and "Replies to my posts" in page.text
    assert (await mailings.preferences(ada.account.id))["replies"] is True  # GET changes nothing
    done = await stranger.post(path)
    assert done.status_code == 200 and "took effect at once" in done.text
    assert (await mailings.preferences(ada.account.id))["replies"] is False
    assert await mailings.notify(ada.account.id, "replies", "Again", "…") is False


async def test_mail_programs_unsubscribe_with_the_rfc_8058_post(new_client, make_member) -> None:
    ada = await make_member("ada")
    await mailings.set_preferences(ada.account.id, {"newsletter": True})
    await mailings.notify(ada.account.id, "newsletter", "Issue 1", "News.")
    link = (await _last_mail())["headers"]["List-Unsubscribe"].strip("<>")
    one_click = await new_client().post(
        link.removeprefix("http://127.0.0.1:8000"),
        content="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert one_click.status_code == 200
    assert (await mailings.preferences(ada.account.id))["newsletter"] is False


async def test_forged_unsubscribe_links_change_nothing(
    client: httpx.AsyncClient, make_member, settings
) -> None:
    ada = await make_member("ada")
    good = mailings.unsubscribe_token(ada.account.id, "replies")
    body, _, signature = good.partition(".")
    forged_body = sign("another-secret", "unsubscribe", {"u": ada.account.id, "k": "replies"})
    other_purpose = sign(settings.secret_key, "email-change", {"u": ada.account.id, "k": "replies"})
    for token in (
        f"{body}.{signature[:-2]}AA",
        forged_body,
        other_purpose,
        sign(settings.secret_key, "unsubscribe", {"u": ada.account.id, "k": "everything"}),
        "garbage",
        "",
    ):
        response = await client.post("/unsubscribe", params={"token": token})
        assert response.status_code == 400, token
        assert "Nothing was changed." in response.text or "no token" in response.text
        assert (await client.get("/unsubscribe", params={"token": token})).status_code == 400
    assert await EmailPreference.count() == 0


async def test_the_newsletter_reaches_only_members_who_chose_it(make_member) -> None:
    ada, bob = await make_member("ada"), await make_member("bob")
    await make_member("cyd")
    await mailings.set_preferences(ada.account.id, {"newsletter": True})
    await mailings.set_preferences(bob.account.id, {"newsletter": True})
    await mailings.set_preferences(bob.account.id, {"newsletter": False})
    assert await mailings.send_newsletter("Issue 1", "News of the month.") == 1
    assert [r["to_address"] for r in await OutboxMail.select()] == ["ada@example.test"]
    assert re.search(r"/unsubscribe\?token=\S+", (await _last_mail())["body"])
