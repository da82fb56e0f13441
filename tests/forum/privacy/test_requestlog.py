"""Request data: recorded off the hot path, purged after the retention, shown only as totals."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from forum.accounts.sessions import start_session
from forum.privacy.requestlog import purge
from forum.privacy.traffic import browser_family
from forum.settings import Settings
from forum.storage import db
from forum.storage.privacy_tables import OutboxMail, RequestLog
from forum.storage.tables import Role, Session
from tests.conftest import browser_login

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36"


@pytest.fixture
def settings(settings: Settings, request: pytest.FixtureRequest) -> Settings:
    """Recording on (30 days) unless a test asks for another retention."""
    return dataclasses.replace(settings, request_log_days=getattr(request, "param", 30))


async def test_requests_are_recorded_with_address_browser_and_page_but_no_query(
    app, client: httpx.AsyncClient, make_member
) -> None:
    member = await make_member()
    await client.get("/?token=secret-in-query", headers={"User-Agent": FIREFOX})
    await client.get("/static/forum.css")
    await client.get("/api/me", headers=member.headers)
    await app.state.request_log.flush()
    rows = await RequestLog.select().order_by(RequestLog.id)
    assert [(r["method"], r["path"], r["status"]) for r in rows] == [
        ("GET", "/", 200),
        ("GET", "/api/me", 200),
    ]
    assert rows[0]["ip"] == "127.0.0.1" and rows[0]["user_agent"] == FIREFOX
    assert rows[0]["browser"] == "Firefox" and rows[0]["user"] is None
    assert rows[1]["user"] == member.account.id
    assert rows[0]["day"] == datetime.now(UTC).strftime("%Y-%m-%d")


@pytest.mark.parametrize("settings", [0], indirect=True)
async def test_a_retention_of_zero_days_records_nothing(app, client: httpx.AsyncClient) -> None:
    await client.get("/")
    await app.state.request_log.flush()
    assert await RequestLog.count() == 0


async def test_a_failing_log_write_never_fails_a_page(app, client: httpx.AsyncClient) -> None:
    rename = 'ALTER TABLE "request_log" RENAME TO "request_log_away"'
    await db.engine().run_ddl(rename)
    try:
        assert (await client.get("/")).status_code == 200
        await app.state.request_log.flush()  # fails: logged, and the row dropped
    finally:
        await db.engine().run_ddl('ALTER TABLE "request_log_away" RENAME TO "request_log"')
    assert (await client.get("/")).status_code == 200
    await app.state.request_log.flush()
    assert await RequestLog.count() == 1


async def test_purge_removes_what_is_older_than_the_retention(
    client: httpx.AsyncClient, make_member
) -> None:
    member = await make_member()
    now = datetime.now(UTC)
    for age in (45, 31, 1):
        created = now - timedelta(days=age)
        await RequestLog.insert(
            RequestLog(created=created, day=f"{created:%Y-%m-%d}", method="GET", path=f"/{age}")
        )
        await OutboxMail.insert(
            OutboxMail(created=created, to_address="a@b.test", kind="k", subject="s", body="b")
        )
    await start_session(member.account.id, days=30)
    await Session.update({Session.expires: now - timedelta(seconds=1)}).where(
        Session.user == member.account.id
    )
    counts = await purge(30)
    assert counts == {"request_log": 2, "mail_outbox": 2, "sessions": 1}
    assert [r["path"] for r in await RequestLog.select(RequestLog.path)] == ["/1"]
    assert await OutboxMail.count() == 1 and await Session.count() == 0


async def _row(day: datetime, path: str, ip: str, agent: str, status: int = 200) -> RequestLog:
    return RequestLog(
        created=day,
        day=f"{day:%Y-%m-%d}",
        method="GET",
        path=path,
        status=status,
        ip=ip,
        user_agent=agent,
        browser=browser_family(agent),
    )


async def test_admins_see_traffic_as_totals_and_a_chart(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    today = datetime.now(UTC)
    yesterday = today - timedelta(days=1)
    rows = [
        await _row(yesterday, "/s/general", "192.0.2.1", FIREFOX),
        await _row(yesterday, "/s/general", "192.0.2.2", CHROME),
        await _row(today, "/s/general", "192.0.2.1", FIREFOX),
        await _row(today, "/t/1", "192.0.2.1", FIREFOX),
        await _row(today, "/missing", "192.0.2.3", CHROME, status=404),
    ]
    await RequestLog.insert(*rows)
    admin = await make_member("boss", Role.admin)
    await browser_login(client, admin.username)
    page = await client.get("/admin/traffic?days=7")
    assert page.status_code == 200
    assert page.text.count('<rect class="bar"') == 7
    assert f"<td>{yesterday:%Y-%m-%d}</td><td>2</td><td>2</td>" in page.text
    assert f"<td>{today:%Y-%m-%d}</td><td>2</td><td>1</td>" in page.text  # the 404 is no view
    assert "<td><code>/s/general</code></td>" in page.text and "/missing" not in page.text
    assert "<td>Firefox</td>" in page.text and "<td>Chrome</td>" in page.text
    for address in ("192.0.2.1", "192.0.2.2", FIREFOX):
        assert address not in page.text
    moderator = new_client()
    await browser_login(moderator, (await make_member("mod", Role.moderator)).username)
    assert (await moderator.get("/admin/traffic")).status_code == 403
    visitor = await new_client().get("/admin/traffic")
    assert visitor.status_code == 303 and visitor.headers["location"].startswith("/login")


def test_browsers_are_named_coarsely() -> None:
    assert browser_family(FIREFOX) == "Firefox"
    assert browser_family(CHROME) == "Chrome"
    assert browser_family(CHROME + " Edg/126.0") == "Edge"
    assert browser_family("Googlebot/2.1 (+http://www.google.com/bot.html)") == "Bot"
    assert browser_family("curl/8.5.0") == "Script"
    assert browser_family("") == "None given"
    assert browser_family("tin/2.6.2") == "Other"
