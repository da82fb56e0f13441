"""Sign-up, sign-in, sessions and tokens, through the pages and the API."""

from __future__ import annotations

import httpx

from forum.accounts.sessions import SESSION_COOKIE
from tests.conftest import (
    PASSWORD,
    browser_login,
    csrf_from,
    form_post,
    link_in,
    mails_to,
    press_mailed_button,
)


async def test_signup_form_mails_a_link_that_opens_the_account_and_signs_in(
    client: httpx.AsyncClient,
) -> None:
    response = await form_post(
        client,
        "/signup",
        "/signup",
        {
            "username": "grace",
            "email": "grace@example.test",
            "password": PASSWORD,
            "accept_terms": "1",
        },
    )
    assert response.status_code == 200
    assert "Check your mail" in response.text and "grace@example.test" in response.text
    assert SESSION_COOKIE not in client.cookies
    too_soon = await client.post(
        "/api/auth/login", json={"username": "grace", "password": PASSWORD}
    )
    assert too_soon.status_code == 401  # not until the address is confirmed
    (mail,) = await mails_to("grace@example.test")
    opened = await press_mailed_button(client, link_in(mail["body"], "/signup/confirm"))
    assert opened.status_code == 303
    assert SESSION_COOKIE in client.cookies
    home = await client.get("/")
    assert 'href="/u/grace"' in home.text


async def test_signup_requires_accepting_the_terms(client: httpx.AsyncClient) -> None:
    response = await form_post(
        client,
        "/signup",
        "/signup",
        {"username": "grace", "email": "grace@example.test", "password": PASSWORD},
    )
    assert response.status_code == 400
    assert "accept the terms" in response.text
    assert 'value="grace@example.test"' in response.text  # the form keeps what was typed
    assert PASSWORD not in response.text
    login = await client.post("/api/auth/login", json={"username": "grace", "password": PASSWORD})
    assert login.status_code == 401


async def test_duplicate_username_is_refused_whatever_the_case(
    client: httpx.AsyncClient, make_member
) -> None:
    await make_member("Grace")
    response = await client.post(
        "/api/auth/signup",
        json={
            "username": "grace",
            "email": "other@example.test",
            "password": PASSWORD,
            "accept_terms": True,
        },
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "That username is taken; choose another."


async def test_weak_password_gets_a_reason(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/auth/signup",
        json={"username": "ann", "email": "ann@x.test", "password": "short", "accept_terms": True},
    )
    assert response.status_code == 400
    assert "at least 10 characters" in response.json()["detail"]


async def test_api_signup_and_login_return_working_tokens(client: httpx.AsyncClient) -> None:
    signup = await client.post(
        "/api/auth/signup",
        json={
            "username": "linus",
            "email": "linus@example.test",
            "password": PASSWORD,
            "accept_terms": True,
        },
    )
    assert signup.status_code == 202
    assert signup.json()["status"] == "check_mail" and "token" not in signup.json()
    (mail,) = await mails_to("linus@example.test")
    async with httpx.AsyncClient(base_url=str(client.base_url)) as browser:
        assert (
            await press_mailed_button(browser, link_in(mail["body"], "/signup/confirm"))
        ).is_redirect
    login = await client.post("/api/auth/login", json={"username": "LINUS", "password": PASSWORD})
    assert login.status_code == 200
    token = login.json()["token"]
    assert (await client.get("/api/me", headers={"Authorization": f"Bearer {token}"})).is_success
    wrong = await client.post("/api/auth/login", json={"username": "linus", "password": "nope"})
    unknown = await client.post("/api/auth/login", json={"username": "nobody", "password": "x"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


def session_cookie_set_by(response: httpx.Response) -> str | None:
    """The session id a response sets, if any."""
    for name, value in response.headers.multi_items():
        if name == "set-cookie" and value.startswith(f"{SESSION_COOKIE}="):
            return value.split(";", 1)[0].split("=", 1)[1]
    return None


async def test_login_mints_a_new_session_id(client: httpx.AsyncClient, make_member) -> None:
    member = await make_member()
    first = await browser_login(client, member.username)
    planted = session_cookie_set_by(first)
    assert planted
    page = await client.get("/login")
    again = await client.post(
        "/login",
        data={
            "username": member.username,
            "password": PASSWORD,
            "_csrf_token": csrf_from(page.text),
        },
    )
    fresh = session_cookie_set_by(again)
    assert fresh and fresh != planted
    # the session id the browser held before signing in no longer works
    client.cookies.clear()
    client.cookies.set(SESSION_COOKIE, planted)
    assert f'href="/u/{member.username}"' not in (await client.get("/")).text


async def test_logout_revokes_the_session_on_the_server(
    client: httpx.AsyncClient, make_member
) -> None:
    member = await make_member()
    stolen = session_cookie_set_by(await browser_login(client, member.username))
    page = await client.get("/")
    assert f'href="/u/{member.username}"' in page.text
    await client.post("/logout", data={"_csrf_token": csrf_from(page.text)})
    client.cookies.clear()
    client.cookies.set(SESSION_COOKIE, stolen)  # a copied cookie replayed after log-out
    again = await client.get("/")
    assert f'href="/u/{member.username}"' not in again.text
    assert "Sign in" in again.text


async def test_session_cookie_flags(client: httpx.AsyncClient, make_member) -> None:
    member = await make_member()
    page = await client.get("/login")
    response = await client.post(
        "/login",
        data={
            "username": member.username,
            "password": PASSWORD,
            "_csrf_token": csrf_from(page.text),
        },
    )
    cookie = next(
        v for k, v in response.headers.multi_items() if k == "set-cookie" and SESSION_COOKIE in v
    )
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie or "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # plain HTTP here; Secure is set when served over HTTPS


async def test_login_form_shows_an_error_and_keeps_the_username(client: httpx.AsyncClient) -> None:
    response = await form_post(
        client, "/login", "/login", {"username": "nobody", "password": "wrong password"}
    )
    assert response.status_code == 400
    assert "do not match" in response.text
    assert 'value="nobody"' in response.text


async def test_login_never_redirects_off_site(client: httpx.AsyncClient, make_member) -> None:
    member = await make_member()
    page = await client.get("/login")
    response = await client.post(
        "/login",
        data={
            "username": member.username,
            "password": PASSWORD,
            "next": "//evil.example/",
            "_csrf_token": csrf_from(page.text),
        },
    )
    assert response.headers["location"] == "/"


async def test_profile_never_shows_the_email(client: httpx.AsyncClient, make_member) -> None:
    member = await make_member("hedy")
    response = await client.get("/u/hedy")
    assert response.status_code == 200
    assert "hedy@example.test" not in response.text
    assert member.username in response.text
