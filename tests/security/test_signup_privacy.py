"""Sign-up does not tell a visitor whether an address has an account: the web form and the
API answer alike (status, page, JSON, time), and only the mailbox's owner learns which."""

from __future__ import annotations

import statistics
import time

import httpx

from forum.accounts.sessions import SESSION_COOKIE
from forum.storage.tables import AccountStatus, User
from tests.conftest import (
    PASSWORD,
    form_post,
    link_in,
    mails_to,
    press_mailed_button,
)


def _signup(username: str, email: str) -> dict[str, str]:
    return {"username": username, "email": email, "password": PASSWORD, "accept_terms": "1"}


async def test_the_form_answers_alike_for_known_and_new_addresses(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    await make_member("owner")  # owner@example.test
    known = await form_post(client, "/signup", "/signup", _signup("visitor1", "owner@example.test"))
    fresh = await form_post(client, "/signup", "/signup", _signup("visitor2", "new@example.test"))
    assert known.status_code == fresh.status_code == 200
    assert "already exists" not in known.text
    masked = [
        r.text.replace(email, "E")
        for r, email in ((known, "owner@example.test"), (fresh, "new@example.test"))
    ]
    assert masked[0] == masked[1]
    assert SESSION_COOKIE not in client.cookies
    # No account was made for the known address; its owner is told, with a way in.
    assert not await User.exists().where(User.username == "visitor1")
    (told,) = await mails_to("owner@example.test")
    assert "tried to sign up" in told["subject"] and "owner" in told["body"]
    owner_browser = new_client()
    signed_in = await press_mailed_button(owner_browser, link_in(told["body"], "/login/link/use"))
    assert signed_in.status_code == 303
    assert 'href="/u/owner"' in (await owner_browser.get("/")).text


async def test_the_api_answers_alike_and_keeps_refusing_taken_usernames(
    client: httpx.AsyncClient, make_member
) -> None:
    await make_member("owner")

    async def signup(username: str, email: str) -> httpx.Response:
        body = {"username": username, "email": email, "password": PASSWORD, "accept_terms": True}
        return await client.post("/api/auth/signup", json=body)

    known, fresh = await signup("other1", "OWNER@example.test"), await signup("other2", "x@ex.test")
    assert known.status_code == fresh.status_code == 202
    assert known.json()["detail"].replace("OWNER@example.test", "E") == fresh.json()[
        "detail"
    ].replace("x@ex.test", "E")
    assert set(known.json()) == set(fresh.json()) == {"status", "detail"}
    taken = await signup("Owner", "someone@example.test")  # usernames are public anyway
    assert taken.status_code == 400
    assert taken.json()["detail"] == "That username is taken; choose another."


async def test_known_and_new_addresses_take_about_as_long(
    client: httpx.AsyncClient, make_member
) -> None:
    durations: dict[str, list[float]] = {"known": [], "new": []}
    for n in range(6):
        await make_member(f"holder{n}")
        for kind, email in (("known", f"holder{n}@example.test"), ("new", f"n{n}@example.test")):
            body = {"username": f"{kind}{n}x", "email": email, "password": PASSWORD}
            start = time.perf_counter()
            answer = await client.post("/api/auth/signup", json={**body, "accept_terms": True})
            durations[kind].append(time.perf_counter() - start)
            assert answer.status_code == 202
    known, new = (statistics.median(v) for v in durations.values())
    assert 0.5 < known / new < 2.0, durations


async def test_no_one_can_flood_a_mailbox_through_sign_up(
    client: httpx.AsyncClient, make_member
) -> None:
    await make_member("owner")
    for n in range(6):
        body = {"username": f"flood{n}", "email": "owner@example.test", "password": PASSWORD}
        answer = await client.post("/api/auth/signup", json={**body, "accept_terms": True})
        assert answer.status_code == 202
    assert len(await mails_to("owner@example.test")) == 3


async def test_a_sign_up_squatting_an_address_does_not_keep_its_owner_out(
    client: httpx.AsyncClient, new_client
) -> None:
    await form_post(client, "/signup", "/signup", _signup("squatter", "victim@example.test"))
    (first,) = await mails_to("victim@example.test")
    owner = new_client()
    answer = await form_post(owner, "/signup", "/signup", _signup("victim", "victim@example.test"))
    assert answer.status_code == 200
    assert not await User.exists().where(User.username == "squatter")
    mail = (await mails_to("victim@example.test"))[-1]
    assert "as victim" in mail["body"]
    opened = await press_mailed_button(owner, link_in(mail["body"], "/signup/confirm"))
    assert opened.status_code == 303
    row = await User.select(User.status).where(User.username == "victim").first()
    assert row == {"status": AccountStatus.active.value}
    # the first link leads nowhere now, although the new account may reuse the row's id
    stale = await press_mailed_button(new_client(), link_in(first["body"], "/signup/confirm"))
    assert stale.status_code == 400 and "no longer exists" in stale.text
