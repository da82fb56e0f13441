"""Someone guessing a member's password cannot lock the member out: a browser that signed in
to the account before keeps its own count, and a one-time link by mail always gets in."""

from __future__ import annotations

import httpx
import pytest

from forum.privacy.cookies import DEVICE_COOKIE
from tests.conftest import PASSWORD, csrf_from, form_post, link_in, mails_to, press_mailed_button


@pytest.fixture
def settings_env() -> dict[str, str]:
    """Tight sign-in limits; forwarded addresses believed from loopback (to vary the IP)."""
    return {"FORUM_LIMIT_LOGIN": "4/60", "FORUM_LIMIT_LOGIN_IP": "6/60", "FORUM_TRUST_PROXY": "1"}


async def _login(
    client: httpx.AsyncClient, username: str, password: str, address: str = "192.0.2.10"
) -> httpx.Response:
    via = {"X-Forwarded-For": address}
    page = await client.get("/login", headers=via)
    data = {"username": username, "password": password, "_csrf_token": csrf_from(page.text)}
    return await client.post("/login", data=data, headers=via)


async def _guess(client: httpx.AsyncClient, username: str, times: int) -> None:
    for n in range(times):
        answer = await _login(client, username, f"guess {n}", f"203.0.113.{n}")
        assert answer.status_code in (400, 429)


async def test_a_browser_that_signed_in_before_gets_in_while_others_guess(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    await make_member("ada")
    assert (await _login(client, "ada", PASSWORD)).status_code == 303
    assert DEVICE_COOKIE in client.cookies
    await client.post("/logout", data={"_csrf_token": csrf_from((await client.get("/")).text)})
    attacker = new_client()
    await _guess(attacker, "ada", 6)
    stranger = await _login(new_client(), "ada", PASSWORD, "198.51.100.7")
    assert stranger.status_code == 429  # the per-account throttle still holds for new browsers
    assert "sign in with a link by mail" in stranger.text
    back = await _login(client, "ada", PASSWORD)
    assert back.status_code == 303
    assert 'href="/u/ada"' in (await client.get("/")).text


async def test_a_device_cookie_of_another_account_does_not_lift_the_throttle(
    client: httpx.AsyncClient, make_member
) -> None:
    await make_member("ada")
    await make_member("mallory")
    assert (await _login(client, "mallory", PASSWORD)).status_code == 303
    for n in range(4):
        assert (await _login(client, "ada", f"guess {n}", f"203.0.113.{n}")).status_code == 400
    assert (await _login(client, "ada", PASSWORD, "203.0.113.50")).status_code == 429
    client.cookies.set(DEVICE_COOKIE, "forged.cookie", path="/login")
    assert (await _login(client, "ada", PASSWORD, "203.0.113.51")).status_code == 429


async def test_a_known_browser_that_guesses_is_throttled_on_its_own(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    await make_member("ada")
    assert (await _login(client, "ada", PASSWORD)).status_code == 303
    for n in range(4):
        assert (await _login(client, "ada", f"wrong {n}")).status_code == 400
    assert (await _login(client, "ada", PASSWORD)).status_code == 429
    # its failures did not count against the account for everyone else
    assert (await _login(new_client(), "ada", PASSWORD, "198.51.100.9")).status_code == 303


async def test_a_sign_in_link_by_mail_gets_past_a_lockout_once(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    await make_member("ada")
    await _guess(new_client(), "ada", 6)
    assert (await _login(client, "ada", PASSWORD)).status_code == 429
    asked = await form_post(client, "/login/link", "/login/link", {"identifier": "ADA"})
    unknown = await form_post(client, "/login/link", "/login/link", {"identifier": "nobody"})
    assert asked.status_code == unknown.status_code == 200
    assert asked.text == unknown.text
    (mail,) = await mails_to("ada@example.test")
    link = link_in(mail["body"], "/login/link/use")
    used = await press_mailed_button(client, link)
    assert used.status_code == 303
    assert 'href="/u/ada"' in (await client.get("/")).text
    again = await new_client().get(link)
    assert again.status_code == 400 and "used or has expired" in again.text
    by_email = await form_post(
        client, "/login/link", "/login/link", {"identifier": "ada@example.test"}
    )
    assert by_email.status_code == 200 and len(await mails_to("ada@example.test")) == 2
