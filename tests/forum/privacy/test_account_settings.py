"""Members review and change their details, and download everything the forum holds."""

from __future__ import annotations

import asyncio
import json

import httpx

from forum.storage.privacy_tables import OutboxMail
from forum.storage.tables import PostRevision, Role, SpaceKind, User
from tests.conftest import PASSWORD, browser_login, form_post


async def _profile(user_id: int) -> dict:
    return await User.select(User.email, User.full_name, User.bio).where(User.id == user_id).first()


async def test_members_review_and_change_their_profile(
    client: httpx.AsyncClient, make_member
) -> None:
    ada = await make_member("ada")
    await browser_login(client, "ada")
    page = await client.get("/account")
    assert "ada@example.test" in page.text and "Download my data" in page.text
    saved = await form_post(
        client, "/account", "/account/profile", {"full_name": " Ada  Lovelace ", "bio": "Maths."}
    )
    assert saved.status_code == 303
    assert await _profile(ada.account.id) == {
        "email": "ada@example.test", "full_name": "Ada Lovelace", "bio": "Maths.",
    }  # fmt: skip
    public = (await client.get("/u/ada")).text
    assert "Maths." in public and "Lovelace" not in public and "ada@example.test" not in public


async def test_malformed_profile_forms_change_nothing(
    client: httpx.AsyncClient, make_member
) -> None:
    ada = await make_member("ada")
    await browser_login(client, "ada")
    before = await _profile(ada.account.id)
    for data, words in (
        ({"full_name": "x" * 101, "bio": ""}, "at most 100 characters"),
        ({"full_name": "Ada", "bio": "y" * 2001}, "at most 2,000 characters"),
        ({"full_name": "Ada\x00", "bio": ""}, "only printable text"),
        ({"bio": "no name field"}, "incomplete"),
    ):
        refused = await form_post(client, "/account", "/account/profile", data)
        assert refused.status_code == 400 and words in refused.text
    assert await _profile(ada.account.id) == before


async def test_a_new_email_address_is_used_only_once_confirmed_from_it(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    ada = await make_member("ada")
    await make_member("bob")
    await browser_login(client, "ada")
    change = "/account/email"
    for data, words in (
        ({"email": "ada@new.test", "password": "wrong password!"}, "not your current password"),
        ({"email": "bob@example.test", "password": PASSWORD}, "Another account uses"),
        ({"email": "not-an-address", "password": PASSWORD}, "like name@example.org"),
    ):
        refused = await form_post(client, "/account", change, data)
        assert refused.status_code == 400 and words in refused.text
    assert await OutboxMail.count() == 0
    asked = await form_post(
        client, "/account", change, {"email": "ada@new.test", "password": PASSWORD}
    )
    assert asked.status_code == 303
    mail = await OutboxMail.select().first()
    assert mail["to_address"] == "ada@new.test"
    assert (await _profile(ada.account.id))["email"] == "ada@example.test"  # not yet

    link = next(w for w in mail["body"].split() if "/account/email/confirm?token=" in w)
    path, token = link[link.index("/account/") :], link.split("token=", 1)[1]
    elsewhere = new_client()
    for bad in (token[:-3] + "AAA", "junk"):
        refused = await form_post(elsewhere, path, "/account/email/confirm", {"token": bad})
        assert refused.status_code == 400 and "Nothing was changed." in refused.text
    assert (await _profile(ada.account.id))["email"] == "ada@example.test"
    done = await form_post(elsewhere, path, "/account/email/confirm", {"token": token})
    assert done.status_code == 200 and "ada@new.test" in done.text
    assert (await _profile(ada.account.id))["email"] == "ada@new.test"
    told = await OutboxMail.select().order_by(OutboxMail.id, ascending=False).first()
    assert told["to_address"] == "ada@example.test" and "was changed" in told["subject"]
    again = await form_post(elsewhere, path, "/account/email/confirm", {"token": token})
    assert again.status_code == 200  # a second click is harmless


async def test_the_export_holds_everything_about_the_member_and_nothing_else(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    await make_space("wall", SpaceKind.board)
    ada, bob = await make_member("ada"), await make_member("bob")
    topic = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Mine", "body": "first draft"},
        headers=ada.headers,
    )
    topic_id = topic.json()["id"]
    first = (await client.get(f"/api/topics/{topic_id}")).json()["posts"][0]["id"]
    await client.patch(f"/api/posts/{first}", json={"body": "second draft"}, headers=ada.headers)
    await client.post(
        "/api/spaces/wall/messages", json={"body": "on the wall"}, headers=ada.headers
    )
    reply = await client.post(
        f"/api/topics/{topic_id}/posts", json={"body": "bob's"}, headers=bob.headers
    )
    for _ in range(100):  # the reply's notification is written after its commit
        if (await client.get("/api/me/notifications", headers=ada.headers)).json()["items"]:
            break
        await asyncio.sleep(0.05)
    report = {"category": "spam", "note": "looks like an advert"}
    await client.post(f"/api/posts/{reply.json()['id']}/report", json=report, headers=ada.headers)
    await browser_login(client, "ada")
    await form_post(client, "/account", "/account/emails", {"newsletter": "1"})

    download = await client.get("/u/ada/export")
    assert download.status_code == 200
    assert download.headers["content-disposition"] == 'attachment; filename="ada-data.json"'
    data = download.json()
    assert data["profile"]["email"] == "ada@example.test"
    assert [p["body"] for p in data["posts"]] == ["second draft"]
    assert [m["body"] for m in data["messages"]] == ["on the wall"]
    assert [r["body"] for r in data["revisions"]] == ["first draft"]
    assert [t["title"] for t in data["topics"]] == ["Mine"]
    assert data["email_preferences"]["newsletter"] is True
    assert data["consents"]["terms_accepted_at"]
    assert data["sessions"][0]["ip"] == "127.0.0.1"
    assert [(r["category"], r["note"]) for r in data["reports"]] == [
        ("spam", "looks like an advert")
    ]
    # Her notification of bob's reply names him, as she saw it; nothing else does.
    assert [n["kind"] for n in data.pop("notifications")] == ["reply"]
    assert data["moderation_of_your_content"] == []
    assert "bob" not in json.dumps(data)
    api = await client.get("/api/me/export", headers=ada.headers)
    assert set(api.json()) == {*data, "notifications"} and api.json()["posts"] == data["posts"]
    assert await PostRevision.count() == 1


async def test_nobody_else_can_download_a_members_data(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    await make_member("ada")
    for name, role, grant in (("bob", Role.member, False), ("boss", Role.admin, True)):
        other = new_client()
        await browser_login(other, (await make_member(name, role, personal_data=grant)).username)
        refused = await other.get("/u/ada/export")
        assert refused.status_code == 403 and "only your own data" in refused.text
        assert "ada@example.test" not in refused.text
    assert (await client.get("/u/ada/export")).headers["location"].startswith("/login")
    unauthenticated = await client.get("/api/me/export")
    assert unauthenticated.status_code == 401 and "Sign in" in unauthenticated.json()["detail"]
