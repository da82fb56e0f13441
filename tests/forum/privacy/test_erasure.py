"""Deleting an account: personal data gone from every table, sessions and live connections
closed at once, posts others replied to kept as "deleted member", repeated or unconfirmed
deletion refused with nothing changed."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from datetime import UTC, datetime

import httpx
import pytest
import websockets
from litestar.channels import ChannelsPlugin

from forum import events
from forum.accounts import presence
from forum.desk import notices
from forum.mail import mailings
from forum.privacy import policies
from forum.settings import LOOPBACK, Settings
from forum.storage.desk_tables import ModerationLog, Notification, Report, ReviewItem
from forum.storage.piccolo_app import FORUM_TABLES
from forum.storage.privacy_tables import AccessLog
from forum.storage.tables import Post, Role, SpaceKind, User
from tests.conftest import PASSWORD, browser_login, csrf_from, form_post

CANARY = {
    "email": "ada-erase@canary-mail.test",
    "new email": "ada-next@canary-mail.test",
    "full name": "Ada Erasable",
    "IPv4": "198.18.201.33",
    "IPv6": "2001:db8:e7a5::33",
    "user agent": "EraseMeBrowser/1.0",
    "report note": "Ada-only report note 7731",
}


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The loopback proxy is trusted, so Ada can come from her own addresses."""
    return dataclasses.replace(settings, trusted_proxies=LOOPBACK)


async def _login(http: httpx.AsyncClient, ip: str) -> None:
    via = {"X-Forwarded-For": ip, "User-Agent": CANARY["user agent"]}
    token = csrf_from((await http.get("/login", headers=via)).text)
    login = {"username": "ada", "password": PASSWORD, "_csrf_token": token}
    assert (await http.post("/login", data=login, headers=via)).status_code == 303


async def _everything_in_the_database() -> str:
    """Every row of every forum table as text (new tables are included automatically)."""
    return "\n".join([repr(await table.select()) for table in FORUM_TABLES])


async def _ada_everywhere(client, new_client, make_member, make_space) -> dict:
    """Ada uses every feature that stores something about her."""
    await make_space("general")
    await make_space("wall", SpaceKind.board)
    ada = await make_member("ada")
    await User.update({User.email: CANARY["email"], User.full_name: CANARY["full name"]}).where(
        User.id == ada.account.id
    )
    bob = await make_member("bob")
    browser, phone = new_client(), new_client()
    await _login(browser, CANARY["IPv4"])
    await _login(phone, CANARY["IPv6"])
    via = {**ada.headers, "X-Forwarded-For": CANARY["IPv4"], "User-Agent": CANARY["user agent"]}
    replied = await client.post(
        "/api/spaces/general/topics", json={"title": "Kept", "body": "keep me"}, headers=via
    )
    lonely = await client.post(
        "/api/spaces/general/topics", json={"title": "Alone", "body": "erase me"}, headers=via
    )
    wall = await client.post("/api/spaces/wall/messages", json={"body": "wall note"}, headers=via)
    kept_topic, lonely_topic = replied.json()["id"], lonely.json()["id"]
    first = (await client.get(f"/api/topics/{kept_topic}")).json()["posts"][0]["id"]
    await client.patch(f"/api/posts/{first}", json={"body": "keep me, edited"}, headers=via)
    await client.post(
        f"/api/topics/{kept_topic}/posts",
        json={"body": "bob answers", "parent_id": first},
        headers=bob.headers,
    )
    await form_post(
        browser, "/account", "/account/email", {"email": CANARY["new email"], "password": PASSWORD}
    )
    await mailings.set_preferences(ada.account.id, {"newsletter": True})
    await mailings.notify(ada.account.id, "newsletter", "Issue 1", "News")
    await policies.publish("privacy", "Changed.", "A change.", datetime.now(UTC))
    await form_post(browser, "/", "/policies/acknowledge", {"next": "/"})
    keeper = new_client()
    await browser_login(
        keeper, (await make_member("keeper", Role.admin, personal_data=True)).username
    )
    await form_post(
        keeper,
        "/staff/personal-data",
        "/staff/personal-data",
        {"username": "ada", "reason": "abuse report 7, checking"},
    )
    bobs = (await client.get(f"/api/topics/{kept_topic}")).json()["posts"][1]["id"]
    note = {"category": "spam", "note": CANARY["report note"]}
    await client.post(f"/api/posts/{bobs}/report", json=note, headers=ada.headers)
    lonely_first = (await client.get(f"/api/topics/{lonely_topic}")).json()["posts"][0]["id"]
    spam = {"category": "spam"}
    await client.post(f"/api/posts/{lonely_first}/report", json=spam, headers=bob.headers)
    await notices.add(ada.account.id, "test", "A notification for Ada.")
    return {
        "ada": ada, "browser": browser, "phone": phone, "first": first, "wall": wall.json()["id"],
        "kept_topic": kept_topic, "lonely_topic": lonely_topic, "bobs": bobs,
        "lonely_first": lonely_first,
    }  # fmt: skip


async def test_deletion_leaves_no_email_or_address_anywhere_and_closes_everything(
    app, client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    seen = await _ada_everywhere(client, new_client, make_member, make_space)
    ada = seen["ada"]
    await app.state.request_log.flush()
    before = await _everything_in_the_database()
    assert all(value in before for value in CANARY.values()), "the canaries were not stored"

    closed: list[int] = []

    async def close_socket() -> None:
        closed.append(ada.account.id)

    channels = app.plugins.get(ChannelsPlugin)
    subscriber = await channels.subscribe([events.ACCOUNTS_CHANNEL])
    with presence.connected(ada.account.id, close_socket):
        deleted = await client.request(
            "DELETE", "/api/me", json={"password": PASSWORD}, headers=ada.headers
        )
        assert deleted.status_code == 204
        assert closed == [ada.account.id] and presence.open_connections(ada.account.id) == 0
    event = json.loads(await asyncio.wait_for(anext(subscriber.iter_events()), 5))
    assert event == {"type": "closed", "user": ada.account.id}
    await channels.unsubscribe(subscriber)

    await app.state.request_log.flush()
    after = await _everything_in_the_database()
    left = [name for name, value in CANARY.items() if value in after]
    assert not left, f"still stored after deletion: {left}"

    for http in (seen["browser"], seen["phone"]):  # every session ended at once
        assert (await http.get("/account")).headers["location"].startswith("/login")
    assert (await client.get("/api/me", headers=ada.headers)).status_code == 401
    thread = (await client.get(f"/t/{seen['kept_topic']}")).text
    assert "deleted member" in thread and "keep me, edited" in thread and "bob answers" in thread
    assert (await client.get(f"/t/{seen['lonely_topic']}")).status_code == 404
    assert "wall note" not in (await client.get("/s/wall")).text
    assert (await client.get("/u/ada")).status_code == 404
    row = await Post.select(Post.body, Post.status).where(Post.id == seen["wall"]).first()
    assert row == {"body": "", "status": "removed"}
    log = await AccessLog.select(AccessLog.subject, AccessLog.subject_label, AccessLog.reason)
    assert log == [
        {"subject": None, "subject_label": "deleted member", "reason": "abuse report 7, checking"}
    ]
    items = await ReviewItem.select(ReviewItem.post, ReviewItem.status, ReviewItem.resolution)
    by_post = {item["post"]: item for item in items}
    assert by_post[seen["lonely_first"]]["resolution"] == "author_deleted"  # nothing left to review
    assert by_post[seen["bobs"]]["status"] == "open"  # Ada's report of Bob's post still stands
    report = await Report.select(Report.reporter, Report.note).where(Report.post == seen["bobs"])
    assert report == [{"reporter": ada.account.id, "note": ""}]
    assert await Notification.count().where(Notification.user == ada.account.id) == 0
    assert await ModerationLog.count().where(ModerationLog.action == "author_deleted") == 1


async def test_deletion_needs_the_password_and_happens_only_once(
    client: httpx.AsyncClient, make_member
) -> None:
    ada = await make_member("ada")
    for body, status in (({"password": "not my password"}, 400), ({}, 400), (None, 400)):
        refused = await client.request("DELETE", "/api/me", json=body, headers=ada.headers)
        assert refused.status_code == status and refused.json()["detail"]
    row = await User.select(User.email, User.status).where(User.id == ada.account.id).first()
    assert row == {"email": "ada@example.test", "status": "active"}
    gone = await client.request(
        "DELETE", "/api/me", json={"password": PASSWORD}, headers=ada.headers
    )
    assert gone.status_code == 204
    again = await client.request(
        "DELETE", "/api/me", json={"password": PASSWORD}, headers=ada.headers
    )
    assert again.status_code == 401 and "Sign in" in again.json()["detail"]


async def test_the_page_says_what_is_kept_and_deletes_only_when_confirmed(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada, bob = await make_member("ada"), await make_member("bob")
    topic = await client.post(
        "/api/spaces/general/topics", json={"title": "Hello", "body": "x"}, headers=ada.headers
    )
    await client.post(
        f"/api/topics/{topic.json()['id']}/posts", json={"body": "y"}, headers=bob.headers
    )
    await client.post(
        "/api/spaces/general/topics", json={"title": "Solo", "body": "z"}, headers=ada.headers
    )
    await browser_login(client, "ada")
    page = (await client.get("/account/delete")).text
    assert "1 post that others replied to stay" in page and "deleted member" in page
    assert "1 post that nobody replied to" in page and "Moderation records keep" in page
    unconfirmed = await form_post(
        client, "/account/delete", "/account/delete", {"password": PASSWORD}
    )
    assert unconfirmed.status_code == 400 and "Tick the box" in unconfirmed.text
    wrong = await form_post(
        client, "/account/delete", "/account/delete", {"password": "wrong one!", "confirm": "1"}
    )
    assert wrong.status_code == 400 and "not your current password" in wrong.text
    assert (await User.select(User.status).where(User.id == ada.account.id).first())[
        "status"
    ] == "active"
    done = await form_post(
        client, "/account/delete", "/account/delete", {"password": PASSWORD, "confirm": "1"}
    )
    assert done.status_code == 200 and "Your account is deleted" in done.text
    assert 'href="/login' in done.text  # the page is already shown to a visitor
    assert 'forum_session=""' in done.headers["set-cookie"]
    again = await client.post("/account/delete", data={"password": PASSWORD, "confirm": "1"})
    assert again.status_code in (401, 403)


async def test_requests_still_buffered_at_deletion_keep_no_address(
    app, client: httpx.AsyncClient, make_member
) -> None:
    ada = await make_member("ada")
    await client.get("/api/me", headers={**ada.headers, "X-Forwarded-For": "198.18.9.9"})
    await client.request("DELETE", "/api/me", json={"password": PASSWORD}, headers=ada.headers)
    await app.state.request_log.flush()
    assert "198.18.9.9" not in await _everything_in_the_database()


async def test_a_deleted_moderators_live_queue_closes_at_once(
    server_url: str, client: httpx.AsyncClient, make_member
) -> None:
    moderator = await make_member("mod", Role.moderator)
    await browser_login(client, "mod")
    cookie = f"forum_session={client.cookies.get('forum_session')}"
    url = server_url.replace("http", "ws", 1) + "/ws/moderation"
    headers = {"Origin": server_url, "Cookie": cookie}
    async with websockets.connect(url, additional_headers=headers) as live:
        deleted = await client.request(
            "DELETE", "/api/me", json={"password": PASSWORD}, headers=moderator.headers
        )
        assert deleted.status_code == 204
        with pytest.raises(websockets.exceptions.ConnectionClosed) as closed:
            await asyncio.wait_for(live.recv(), 5)
    assert closed.value.rcvd.code == 4401
