"""FORUM_TRUST_PROXY: whose X-Forwarded-For / X-Forwarded-Proto count, and what follows."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from forum.accounts.sessions import SESSION_COOKIE
from forum.settings import LOOPBACK, Settings, load_settings
from forum.storage.privacy_tables import RequestLog
from forum.web.proxy import TrustedProxies
from tests.conftest import PASSWORD, csrf_from


@pytest.fixture
def settings(settings: Settings, request: pytest.FixtureRequest) -> Settings:
    """The proxy in front is on this machine (FORUM_TRUST_PROXY=1) unless a test says."""
    trusted = getattr(request, "param", LOOPBACK)
    return dataclasses.replace(settings, trusted_proxies=trusted)


async def test_session_cookie_and_hsts_follow_the_trusted_proxys_https(
    client: httpx.AsyncClient, make_member
) -> None:
    member = await make_member()
    behind_tls = {"X-Forwarded-Proto": "https"}  # as the TLS-terminating proxy on loopback sends
    page = await client.get("/login")
    response = await client.post(
        "/login",
        headers=behind_tls,
        data={
            "username": member.username,
            "password": PASSWORD,
            "_csrf_token": csrf_from(page.text),
        },
    )
    cookies = [v for k, v in response.headers.multi_items() if k == "set-cookie"]
    assert any(SESSION_COOKIE in c and "Secure" in c for c in cookies)
    assert response.headers["strict-transport-security"].startswith("max-age=")


async def test_client_address_is_the_one_the_trusted_proxy_reports(
    client: httpx.AsyncClient, app
) -> None:
    await client.get("/", headers={"X-Forwarded-For": "198.51.100.7, 127.0.0.1"})
    await app.state.request_log.flush()
    assert [r["ip"] for r in await RequestLog.select(RequestLog.ip)] == ["198.51.100.7"]


@pytest.mark.parametrize("settings", [()], indirect=True)
async def test_without_trust_forwarding_headers_are_ignored(client: httpx.AsyncClient, app) -> None:
    response = await client.get(
        "/", headers={"X-Forwarded-For": "198.51.100.7", "X-Forwarded-Proto": "https"}
    )
    assert "strict-transport-security" not in response.headers
    await app.state.request_log.flush()
    assert [r["ip"] for r in await RequestLog.select(RequestLog.ip)] == ["127.0.0.1"]


@pytest.mark.parametrize("settings", [("10.0.0.0/8",)], indirect=True)
async def test_a_peer_outside_the_trusted_networks_cannot_claim_an_address(
    client: httpx.AsyncClient, app
) -> None:
    await client.get("/", headers={"X-Forwarded-For": "198.51.100.7"})
    await app.state.request_log.flush()
    assert [r["ip"] for r in await RequestLog.select(RequestLog.ip)] == ["127.0.0.1"]


def test_the_client_is_the_rightmost_address_that_is_not_a_trusted_proxy() -> None:
    proxies = TrustedProxies(("10.0.0.0/8",))
    # A client can write anything at the left; only what our proxies appended counts.
    assert proxies.client_from("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.3") == "203.0.113.9"
    assert proxies.client_from("10.0.0.2", "garbage, 10.0.0.3") == "10.0.0.3"
    assert proxies.client_from("10.0.0.2", "") == "10.0.0.2"
    assert TrustedProxies(("*",)).client_from("192.0.2.1", "6.6.6.6, 203.0.113.9") == "203.0.113.9"
    assert proxies.client_from("10.0.0.2", "[2001:db8::1]:443") == "2001:db8::1"


def test_trust_proxy_setting_is_read_precisely(tmp_path) -> None:
    def trusted(value: str) -> tuple[str, ...]:
        env = {"FORUM_DATA_DIR": str(tmp_path), "FORUM_SECRET_KEY": "k", "FORUM_TRUST_PROXY": value}
        return load_settings(env).trusted_proxies

    assert trusted("") == () and trusted("0") == ()
    assert trusted("1") == LOOPBACK
    assert trusted("*") == ("*",)
    assert trusted("10.0.0.2, 10.1.0.0/16") == ("10.0.0.2/32", "10.1.0.0/16")
    with pytest.raises(SystemExit, match="FORUM_TRUST_PROXY"):
        trusted("proxy.example")
