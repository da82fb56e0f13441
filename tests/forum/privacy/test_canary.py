"""Personal data is nobody else's business: canary values seeded through the real flows must
not appear in any page, API response, header or websocket frame that a visitor, a member, a
moderator or an admin without the personal-data permission can fetch."""

from __future__ import annotations

import dataclasses
import ipaddress
import secrets

import httpx
import pytest

from forum.accounts.members import create_account
from forum.mail.mailings import notify
from forum.settings import LOOPBACK, Settings
from forum.storage.desk_tables import ReviewItem
from forum.storage.image_tables import Image
from forum.storage.tables import Role, SpaceKind
from tests.conftest import (
    PASSWORD,
    browser_login,
    csrf_from,
    link_in,
    mails_to,
    press_mailed_button,
)
from tests.crawl import (
    default_samples,
    everything_said,
    fetch_all,
    get_paths,
    websocket_frames,
    websocket_paths,
)
from tests.forum.images.pictures import photo_with_gps


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """A proxy on loopback is trusted, so the canary can come from its own addresses."""
    return dataclasses.replace(settings, trusted_proxies=LOOPBACK)


async def _form(client: httpx.AsyncClient, page: str, url: str, data: dict, headers: dict):
    token = csrf_from((await client.get(page, headers=headers)).text)
    return await client.post(url, data={**data, "_csrf_token": token}, headers=headers)


async def _photo(browser: httpx.AsyncClient, serial: str, via: dict) -> list[str]:
    """The canary posts a photo whose EXIF names its camera's serial (and where it was)."""
    photo = photo_with_gps(serial=serial)
    assert serial.encode() in photo
    token = csrf_from((await browser.get("/s/board-space", headers=via)).text)
    form = {"body": "my photo", "_csrf_token": token}
    files = {"images": ("IMG.jpg", photo, "image/jpeg")}
    warned = await browser.post("/s/board-space/messages", data=form, files=files, headers=via)
    assert warned.status_code == 422 and serial in warned.text  # the author alone is told
    rows = await Image.select(Image.id, Image.sha256)
    form |= {"staged_image": str(rows[0]["id"]), "confirm_image_metadata": "1"}
    assert (await browser.post("/s/board-space/messages", data=form, headers=via)).is_redirect
    return [f"{rows[0]['sha256']}.jpg"]


async def _seed(app, new_client, make_space) -> tuple[dict[str, str], dict[str, list[str]]]:
    tag = secrets.token_hex(4)
    canary = {
        "email": f"canary-{tag}@canary-mail.test",
        "new email": f"canary-new-{tag}@canary-mail.test",
        "full name": f"Cassandra Canary{tag}",
        "IPv4": f"198.18.{int(tag[:2], 16)}.{int(tag[2:4], 16) % 250 + 2}",
        # Canonical form, as the server stores it (else a tag like "0b29" fails 1 run in 16).
        "IPv6": str(ipaddress.ip_address(f"2001:db8:{tag[:4]}::c4")),
        "user agent": f"CanaryBrowser/{tag}",
        "camera serial": f"SN-canary-{tag}",
    }
    spaces = {kind: await make_space(f"{kind.value}-space", kind) for kind in SpaceKind}
    account = await create_account(
        "canary", canary["email"], PASSWORD, accept_terms=True, password_profile="fast"
    )
    browser = new_client()
    via = {"X-Forwarded-For": canary["IPv4"], "User-Agent": canary["user agent"]}
    login = await _form(
        browser, "/login", "/login", {"username": "canary", "password": PASSWORD}, via
    )
    assert login.status_code == 303
    await _form(
        browser,
        "/account",
        "/account/profile",
        {"full_name": canary["full name"], "bio": "Hi"},
        via,
    )
    topic = await _form(
        browser,
        "/s/forum-space/new",
        "/s/forum-space/new",
        {"title": "Canary topic", "body": "tweet"},
        via,
    )
    topic_id = topic.headers["location"].rsplit("/", 1)[1]
    await _form(browser, f"/t/{topic_id}", f"/t/{topic_id}/reply", {"body": "reply"}, via)
    await _form(browser, "/s/board-space", "/s/board-space/messages", {"body": "on the board"}, via)
    await _form(browser, "/s/chat-space", "/s/chat-space/messages", {"body": "in the room"}, via)
    names = await _photo(browser, canary["camera serial"], via)
    await _form(
        browser,
        "/account",
        "/account/email",
        {"email": canary["new email"], "password": PASSWORD},
        via,
    )
    other_browser = new_client()
    via6 = {"X-Forwarded-For": canary["IPv6"], "User-Agent": canary["user agent"]}
    await _form(
        other_browser, "/login", "/login", {"username": "canary", "password": PASSWORD}, via6
    )
    await notify(account.id, "replies", "Someone replied", "A reply to your topic.")
    await app.state.request_log.flush()
    posts = (await browser.get(f"/api/topics/{topic_id}")).json()["posts"]
    reporter = new_client()  # a member reports the canary's post: moderators get a queue item
    await _form(reporter, "/signup", "/signup", {"username": "reporter", "email": "r@example.test",
                "password": PASSWORD, "accept_terms": "1"}, {})  # fmt: skip
    (mail,) = await mails_to("r@example.test")
    await press_mailed_button(reporter, link_in(mail["body"], "/signup/confirm"))
    report = f"/p/{posts[0]['id']}/report"
    await _form(reporter, report, report, {"category": "spam"}, {})
    # A private conversation of the canary's, one message of it reported (staff may open it).
    draft = {"to": "reporter", "title": "Canary talk", "body": "private"}
    sent = await _form(browser, "/messages/new", "/messages/new", draft, via)
    conversation, message = sent.headers["location"].removeprefix("/messages/").split("#m")
    page = f"/messages/{conversation}"
    await _form(reporter, page, f"{page}/report", {"message": message, "category": "spam"}, {})
    items = await ReviewItem.select(ReviewItem.id)
    assert items, "the report did not reach the moderation queue"
    samples = {
        "slug": [space["slug"] for space in spaces.values()],
        "name": [f"{space['slug']}.atom" for space in spaces.values()] + names,
        "topic_id": [topic_id],
        "post_id": [str(p["id"]) for p in posts],
        "item_id": [str(item["id"]) for item in items],
        "username": ["canary"],
        "room": [space["slug"] for kind, space in spaces.items() if kind == SpaceKind.chat],
        "conversation_id": [conversation],
        "message_id": [message],
        "image_id": [str(row["id"]) for row in await Image.select(Image.id)],
    }
    return canary, samples


async def test_no_canary_reaches_anyone_without_the_permission(
    app, server_url: str, client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    canary, seeded = await _seed(app, new_client, make_space)
    staff = await make_member("keeper", Role.moderator, personal_data=True)
    await browser_login(client, staff.username)
    view = await _form(
        client, "/staff/personal-data", "/staff/personal-data",
        {"username": "canary", "reason": "canary control: the data is really there"}, {},
    )  # fmt: skip
    for name in ("email", "full name", "IPv4", "IPv6", "user agent"):
        assert canary[name] in view.text, f"control: the {name} is not even shown to staff"

    roles: dict[str, httpx.AsyncClient] = {"visitor": new_client()}
    for name, role in (
        ("member", Role.member),
        ("moderator", Role.moderator),
        ("admin", Role.admin),
    ):
        someone = await make_member(f"crawler-{name}", role)
        roles[name] = new_client()
        await browser_login(roles[name], someone.username)

    leaks, crawled = [], set()
    for role, http in roles.items():
        samples = default_samples()
        samples.values.update(seeded)
        samples.values["username"] = [*seeded["username"], f"crawler-{role}"]
        paths = get_paths(app, samples)
        crawled.update(paths)
        for response in await fetch_all(http, paths):
            said = everything_said(response)
            leaks += [
                f"{role} GET {response.request.url.path}: {name}"
                for name, value in canary.items()
                if value in said
            ]
        for path in websocket_paths(app, samples):
            frames = "\n".join(await websocket_frames(server_url, path, dict(http.cookies)))
            leaks += [f"{role} WS {path}: {n}" for n, v in canary.items() if v in frames]
    assert not leaks, "personal data reached someone without the permission:\n" + "\n".join(leaks)
    expected = {"/account", "/admin/traffic", "/admin/outbox", "/admin/access-log", "/api/me",
                "/api/me/export", "/u/canary/export", "/staff/personal-data", "/moderation",
                "/feeds/forum-space.atom", "/notifications"}  # fmt: skip
    assert expected <= crawled
