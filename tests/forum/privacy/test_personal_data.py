"""Per-person data only for staff with the permission, and every view is in the access log."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from forum.settings import LOOPBACK, Settings
from forum.storage.privacy_tables import AccessLog
from forum.storage.tables import Role, User
from tests.conftest import PASSWORD, browser_login, csrf_from, form_post

WHY = "spam wave from one address, ticket 42"


@pytest.fixture
def settings(settings: Settings) -> Settings:
    """The loopback proxy is trusted, so members can come from their own addresses."""
    return dataclasses.replace(settings, trusted_proxies=LOOPBACK)


async def _staff(new_client, make_member, name: str, **grant) -> httpx.AsyncClient:
    staff = await make_member(name, **grant)
    http = new_client()
    await browser_login(http, staff.username)
    return http


async def test_moderators_without_the_permission_cannot_look(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    await make_member("ada")
    moderator = await _staff(new_client, make_member, "mod", role=Role.moderator)
    assert (await moderator.get("/staff/personal-data")).status_code == 403
    token = csrf_from((await moderator.get("/account")).text)
    refused = await moderator.post(
        "/staff/personal-data", data={"username": "ada", "reason": WHY, "_csrf_token": token}
    )
    assert refused.status_code == 403 and "ada@example.test" not in refused.text
    assert await AccessLog.count() == 0
    assert (await client.get("/staff/personal-data")).headers["location"].startswith("/login")


async def test_a_view_needs_a_reason_and_is_logged_before_it_is_shown(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    ada = await make_member("ada")
    await User.update({User.full_name: "Ada Lovelace"}).where(User.id == ada.account.id)
    keeper = await make_member("keeper", Role.moderator, personal_data=True)
    await browser_login(client, keeper.username)
    form = "/staff/personal-data"
    for reason in ("", "because"):
        vague = await form_post(client, form, form, {"username": "ada", "reason": reason})
        assert vague.status_code == 400 and "at least 10 characters" in vague.text
        assert "ada@example.test" not in vague.text
    assert await AccessLog.count() == 0
    unknown = await form_post(client, form, form, {"username": "nobody", "reason": WHY})
    assert unknown.status_code == 404 and await AccessLog.count() == 0

    ada_browser, via = new_client(), {"X-Forwarded-For": "192.0.2.44"}
    token = csrf_from((await ada_browser.get("/login")).text)
    login = {"username": "ada", "password": PASSWORD, "_csrf_token": token}
    assert (await ada_browser.post("/login", data=login, headers=via)).status_code == 303
    shown = await form_post(client, form, form, {"username": "ADA", "reason": WHY})
    assert shown.status_code == 200 and shown.headers["cache-control"] == "no-store"
    assert "ada@example.test" in shown.text and "Ada Lovelace" in shown.text
    assert "192.0.2.44" in shown.text
    rows = await AccessLog.select()
    assert len(rows) == 1
    assert rows[0]["viewer"] == keeper.account.id and rows[0]["subject"] == ada.account.id
    assert rows[0]["reason"] == WHY and rows[0]["what"] == "member record"


async def test_staff_can_see_which_address_a_post_came_from(
    client: httpx.AsyncClient, app, new_client, make_member, make_space
) -> None:
    await make_space("general")
    ada = await make_member("ada")
    posted = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Hello there", "body": "From my place"},
        headers={**ada.headers, "X-Forwarded-For": "203.0.113.80", "User-Agent": "Firefox/128"},
    )
    await app.state.request_log.flush()
    post_id = (await client.get(f"/api/topics/{posted.json()['id']}")).json()["posts"][0]["id"]
    staff = await _staff(new_client, make_member, "keeper", role=Role.admin, personal_data=True)
    form = "/staff/personal-data"
    page = await form_post(staff, form, form, {"post": f"#{post_id}", "reason": WHY})
    assert page.status_code == 200
    assert "203.0.113.80" in page.text and "Firefox" in page.text
    assert "POST /api/spaces/general/topics" in page.text
    row = await AccessLog.select().first()
    assert row["subject"] == ada.account.id and row["what"] == f"where post {post_id} came from"
    for number in ("99999", "99999999999"):
        missing = await form_post(staff, form, form, {"post": number, "reason": WHY})
        assert missing.status_code == 404 and await AccessLog.count() == 1


async def test_admins_read_the_access_log_and_nobody_else(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    await make_member("ada")
    keeper = await _staff(
        new_client, make_member, "keeper", role=Role.moderator, personal_data=True
    )
    form = "/staff/personal-data"
    await form_post(keeper, form, form, {"username": "ada", "reason": WHY})
    assert (await keeper.get("/admin/access-log")).status_code == 403
    admin = await _staff(new_client, make_member, "boss", role=Role.admin)
    log = await admin.get("/admin/access-log")
    assert log.status_code == 200
    assert "<td>keeper</td>" in log.text and "<td>ada</td>" in log.text and WHY in log.text
    assert "ada@example.test" not in log.text
