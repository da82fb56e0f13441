"""Sessions: a fresh id on every sign-in, dead cookies after signing out, and a suspension or
role change that ends the member's sessions and closes their websockets within 2 seconds."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
import websockets

from chat.protocol import CLOSE_ACCOUNT
from forum.accounts.sessions import SESSION_COOKIE
from forum.storage.desk_tables import ModerationLog
from forum.storage.tables import Role, Session, SpaceKind, User
from tests.conftest import browser_login, csrf_from

WITHIN = 2.0


def _ws(server_url: str, path: str) -> str:
    return server_url.replace("http", "ws", 1) + path


async def _signed_in_as(client: httpx.AsyncClient) -> str | None:
    """Who the server thinks this client is (by its session cookie alone)."""
    response = await client.get("/api/me", headers={"accept": "application/json"})
    return response.json()["username"] if response.status_code == 200 else None


async def _closed_within(ws: Any, seconds: float) -> tuple[int | None, float]:
    """Wait for the server to close ``ws``; the close code and how long it took."""
    start = time.monotonic()
    with pytest.raises(websockets.ConnectionClosed) as closed:
        while True:
            await asyncio.wait_for(ws.recv(), seconds + 1)
    return closed.value.rcvd.code if closed.value.rcvd else None, time.monotonic() - start


async def test_signing_in_mints_a_new_session_id_whatever_cookie_the_browser_had(
    new_client, make_member
) -> None:
    victim, attacker = await make_member("victim"), await make_member("attacker")
    attacker_browser = new_client()
    await browser_login(attacker_browser, attacker.username)
    planted = attacker_browser.cookies.get(SESSION_COOKIE)
    for fixed in (planted, "attacker-chosen-session-id"):
        browser = new_client()
        browser.cookies.set(SESSION_COOKIE, fixed)  # set by a sibling domain or a shared PC
        fresh = (await browser_login(browser, victim.username)).cookies.get(SESSION_COOKIE)
        assert fresh and fresh != fixed
        browser.cookies.clear()
        browser.cookies.set(SESSION_COOKIE, fresh)
        assert await _signed_in_as(browser) == "victim"
        replay = new_client()
        replay.cookies.set(SESSION_COOKIE, fixed)
        assert await _signed_in_as(replay) is None  # the fixed id gives nobody's session
    assert await _signed_in_as(attacker_browser) is None  # replaced, not shared


async def test_an_old_cookie_is_refused_right_after_signing_out(new_client, make_member) -> None:
    member = await make_member()
    browser = new_client()
    await browser_login(browser, member.username)
    copied = browser.cookies.get(SESSION_COOKIE)
    page = await browser.get("/account")
    logout = await browser.post("/logout", data={"_csrf_token": csrf_from(page.text)})
    assert logout.status_code == 303
    thief = new_client()
    thief.cookies.set(SESSION_COOKIE, copied)
    assert await _signed_in_as(thief) is None
    account_page = await thief.get("/account")
    assert account_page.status_code == 303 and account_page.headers["location"].startswith("/login")
    assert await Session.count().where(Session.user == member.account.id) == 0


async def _open_everything(server_url: str, cookie: str, token_headers: dict, staff: bool):
    """A chat socket by cookie (browser), one by token (API client), the live queue if staff."""
    browser = {"Cookie": f"{SESSION_COOKIE}={cookie}", "Origin": server_url}
    sockets = [
        await websockets.connect(_ws(server_url, "/ws/chat/lobby"), additional_headers=browser),
        await websockets.connect(
            _ws(server_url, "/ws/chat/lobby"), additional_headers=token_headers
        ),
    ]
    if staff:
        sockets.append(
            await websockets.connect(_ws(server_url, "/ws/moderation"), additional_headers=browser)
        )
    for ws in sockets[:2]:
        hello = await asyncio.wait_for(ws.recv(), 5)
        assert '"hello"' in hello
    return sockets


async def _assert_all_closed(sockets: list, started: float) -> None:
    results = await asyncio.gather(*(_closed_within(ws, WITHIN) for ws in sockets))
    for code, _ in results:
        assert code == CLOSE_ACCOUNT
    assert time.monotonic() - started <= WITHIN, f"closed after {time.monotonic() - started:.2f} s"


async def test_a_suspension_ends_sessions_and_closes_sockets_within_two_seconds(
    client: httpx.AsyncClient, new_client, server_url: str, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    member, moderator = await make_member(), await make_member(role=Role.moderator)
    browser = new_client()
    await browser_login(browser, member.username)
    sockets = await _open_everything(
        server_url, browser.cookies.get(SESSION_COOKIE), member.headers, staff=False
    )
    started = time.monotonic()
    done = await client.post(
        f"/api/moderation/members/{member.username}/suspend",
        json={"reason": "session test", "hours": 1},
        headers=moderator.headers,
    )
    assert done.status_code == 200, done.text
    await _assert_all_closed(sockets, started)
    assert await _signed_in_as(browser) is None
    assert (await client.get("/api/me", headers=member.headers)).status_code == 401


async def test_a_role_change_ends_sessions_and_closes_sockets_within_two_seconds(
    client: httpx.AsyncClient, new_client, server_url: str, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    staff, admin = (
        await make_member("staffer", role=Role.moderator),
        await make_member("boss", role=Role.admin),
    )
    browser = new_client()
    await browser_login(browser, staff.username)
    sockets = await _open_everything(
        server_url, browser.cookies.get(SESSION_COOKIE), staff.headers, staff=True
    )
    started = time.monotonic()
    done = await client.post(
        f"/api/admin/users/{staff.account.id}/role",
        json={"role": "member", "reason": "stepped down"},
        headers=admin.headers,
    )
    assert done.status_code == 200, done.text
    assert done.json() == {
        "id": staff.account.id,
        "username": "staffer",
        "role": "member",
        "personal_data": False,
        "changed": True,
    }
    await _assert_all_closed(sockets, started)
    assert await _signed_in_as(browser) is None
    # Signing in again gives the new role: the queue is closed to them now.
    await browser_login(browser, staff.username)
    assert (await browser.get("/moderation")).status_code == 403
    row = await ModerationLog.select().where(ModerationLog.action == "role").first()
    assert row["target"] == staff.account.id and row["actor"] == admin.account.id
    assert row["reason"] == "stepped down"
    log = await client.get("/api/moderation/log?action=role", headers=admin.headers)
    assert log.json()[0]["actor"] == "boss" and log.json()[0]["target"] == "staffer"


async def test_the_profile_page_form_grants_personal_data_access(new_client, make_member) -> None:
    target, admin = await make_member("helper"), await make_member("boss", role=Role.admin)
    target_browser, admin_browser = new_client(), new_client()
    await browser_login(target_browser, target.username)
    await browser_login(admin_browser, admin.username)
    page = await admin_browser.get("/u/helper")
    assert 'action="/admin/users/helper/role"' in page.text
    token = csrf_from(page.text)
    grant = {"role": "member", "personal_data": "1", "reason": "privacy desk", "_csrf_token": token}
    done = await admin_browser.post("/admin/users/helper/role", data=grant)
    assert done.status_code == 303 and done.headers["location"] == "/u/helper"
    row = await User.select(User.can_view_personal_data).where(User.id == target.account.id)
    assert row[0]["can_view_personal_data"] is True
    assert await _signed_in_as(target_browser) is None
    await browser_login(target_browser, target.username)
    assert (await target_browser.get("/staff/personal-data")).status_code == 200
    # Submitting the same access again changes nothing and signs nobody out.
    again = await admin_browser.post("/admin/users/helper/role", data=grant)
    assert again.status_code == 303
    assert await _signed_in_as(target_browser) == "helper"
    assert await ModerationLog.count().where(ModerationLog.action == "role") == 1
    bad = await admin_browser.post("/admin/users/helper/role", data={**grant, "role": "emperor"})
    assert bad.status_code == 400 and "Choose a role" in bad.text
    own = await admin_browser.post("/admin/users/boss/role", data={**grant, "role": "member"})
    assert own.status_code == 400 and "your own role" in own.text
    # Members see no form; the route refuses them.
    assert "/role" not in (await target_browser.get("/u/boss")).text
