"""Signing in: known and unknown usernames answer alike; failures are throttled per address
and per username (also when the guesses for one username come from many addresses).

Throttling across processes is the limiter's business (Redis, forum/limits.py) and is
tested with the scale-out work; here one process.
"""

from __future__ import annotations

import statistics
import time

import httpx
import pytest

from forum.accounts.members import create_account
from forum.storage.tables import AccountStatus, User
from tests.conftest import PASSWORD, csrf_from


@pytest.fixture
def settings_env() -> dict[str, str]:
    """Tight sign-in limits; forwarded addresses believed from loopback (to vary the IP)."""
    return {"FORUM_LIMIT_LOGIN": "4/60", "FORUM_LIMIT_LOGIN_IP": "6/60", "FORUM_TRUST_PROXY": "1"}


def _from(address: str) -> dict[str, str]:
    return {"X-Forwarded-For": address}


async def _form_login(
    client: httpx.AsyncClient, username: str, password: str, address: str
) -> httpx.Response:
    page = await client.get("/login", headers=_from(address))
    data = {"username": username, "password": password, "_csrf_token": csrf_from(page.text)}
    return await client.post("/login", data=data, headers=_from(address))


async def test_unknown_known_and_suspended_usernames_answer_alike(
    client: httpx.AsyncClient, make_member
) -> None:
    await make_member("known")
    suspended = await make_member("resting")
    await User.update({User.status: AccountStatus.suspended.value}).where(
        User.id == suspended.account.id
    )
    attempts = {
        "known, wrong password": ("known", "not the password", "10.0.0.1"),
        "unknown": ("nobody-here", "not the password", "10.0.0.2"),
        "suspended, right password": ("resting", PASSWORD, "10.0.0.3"),
    }
    api, form = {}, {}
    for what, (name, password, address) in attempts.items():
        answer = await client.post(
            "/api/auth/login", json={"username": name, "password": password}, headers=_from(address)
        )
        api[what] = (answer.status_code, answer.json())
        page = await _form_login(client, name, password, address)
        # The form keeps the typed username; everything else must be the same page.
        form[what] = (page.status_code, page.text.replace(f'value="{name}"', 'value=""'))
    assert len(set(map(str, api.values()))) == 1, api
    assert api["unknown"][0] == 401
    assert len({status for status, _ in form.values()}) == 1
    assert len({_error_of(text) for _, text in form.values()}) == 1


def _error_of(page: str) -> str:
    start = page.index('role="alert"')
    return page[start : page.index("</", start)]


@pytest.fixture
def password_profile_default(settings_env: dict[str, str]) -> None:
    """The real password hashing cost (requested before ``client``, so the app uses it)."""
    settings_env.update(FORUM_PASSWORD_PROFILE="default", FORUM_LIMIT_LOGIN="1000/60")


async def test_unknown_usernames_take_as_long_as_known_ones(
    password_profile_default: None, client: httpx.AsyncClient
) -> None:
    """With the real password hashing cost, a miss must not be measurably quicker."""
    await create_account(
        "timed", "timed@example.test", PASSWORD, accept_terms=True, password_profile="default"
    )
    durations: dict[str, list[float]] = {"timed": [], "nobody-here": []}
    for n in range(5):
        for name in durations:
            start = time.perf_counter()
            answer = await client.post(
                "/api/auth/login",
                json={"username": name, "password": "wrong guess"},
                headers=_from(f"10.1.{n}.{len(name)}"),
            )
            durations[name].append(time.perf_counter() - start)
            assert answer.status_code == 401
    known, unknown = (statistics.median(v) for v in durations.values())
    assert 0.5 < unknown / known < 2.0, durations


async def test_guesses_at_one_username_from_many_addresses_are_throttled(
    client: httpx.AsyncClient, make_member
) -> None:
    member = await make_member("target")
    for n in range(4):
        failed = await _form_login(client, "target", f"guess {n}", f"203.0.113.{n}")
        assert failed.status_code == 400
    for address in ("203.0.113.99", "198.51.100.1"):  # new addresses, right password
        refused = await _form_login(client, "TARGET", PASSWORD, address)
        assert refused.status_code == 429 and "Too many failed sign-in attempts" in refused.text
        api = await client.post(
            "/api/auth/login",
            json={"username": member.username, "password": PASSWORD},
            headers=_from(address),
        )
        assert api.status_code == 429
    other = await make_member("bystander")  # other usernames from those addresses still work
    fine = await client.post(
        "/api/auth/login",
        json={"username": other.username, "password": PASSWORD},
        headers=_from("198.51.100.1"),
    )
    assert fine.status_code in (200, 201)


async def test_guesses_from_one_address_at_many_usernames_are_throttled(
    client: httpx.AsyncClient, make_member
) -> None:
    member = await make_member("someone")
    for n in range(6):
        failed = await client.post(
            "/api/auth/login",
            json={"username": f"spray{n}", "password": "Winter2024!"},
            headers=_from("192.0.2.7"),
        )
        assert failed.status_code == 401
    right = await _form_login(client, member.username, PASSWORD, "192.0.2.7")
    assert right.status_code == 429
    elsewhere = await _form_login(client, member.username, PASSWORD, "192.0.2.8")
    assert elsewhere.status_code == 303  # the address is throttled, not the member
