"""Policies in versions: stable URLs, effective dates, and a banner until members acknowledge."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from forum.privacy import policies
from forum.storage.privacy_tables import PolicyAcknowledgement, PolicyKind
from tests.conftest import browser_login, form_post

BANNER = 'aria-label="Policy changes"'


async def test_every_policy_is_seeded_once_at_a_stable_url(client: httpx.AsyncClient) -> None:
    index = await client.get("/policies")
    for kind in PolicyKind:
        assert f'href="/policies/{kind.value}/1"' in index.text
        page = await client.get(f"/policies/{kind.value}/1")
        assert page.status_code == 200 and "Version 1, in force from" in page.text
    assert "chat room is public" in (await client.get("/terms")).text
    privacy = (await client.get("/privacy")).text
    assert "Your rights, in practice" in privacy
    assert "deleted after <strong>30 days</strong>" in privacy  # the retention setting, filled in
    assert await policies.seed_policies() == 0  # a restart publishes nothing new
    assert (await client.get("/policies/bylaws")).status_code == 404
    assert (await client.get("/policies/terms/7")).status_code == 404
    assert (await client.get("/policies/terms/99999999999")).status_code == 400


async def test_a_new_version_shows_a_banner_until_the_member_acknowledges(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    member = await make_member("ada")
    await browser_login(client, member.username)
    assert BANNER not in (await client.get("/")).text
    old = await policies.document("privacy", 1)
    new_body = old["body"] + "\n## Backups\n\nBackups are kept for 14 days.\n"
    version = await policies.publish(
        "privacy", new_body, "Backups are kept for 14 days.", datetime.now(UTC)
    )
    assert version == 2
    page = await client.get("/s/none")  # every page, even an error page
    assert BANNER in page.text and 'href="/policies/privacy/2#changes"' in page.text
    assert BANNER not in (await new_client().get("/")).text  # visitors are not bothered
    newcomer = new_client()
    await browser_login(newcomer, (await make_member("newcomer")).username)
    assert BANNER not in (await newcomer.get("/")).text  # joined under version 2

    changes = await client.get("/policies/privacy/2")
    assert "Backups are kept for 14 days." in changes.text
    assert "<ins>+ Backups are kept for 14 days.</ins>" in changes.text
    assert (await client.get("/policies/privacy/1")).status_code == 200  # still readable
    assert "Version 2, in force from" in (await client.get("/privacy")).text

    done = await form_post(client, "/", "/policies/acknowledge", {"next": "/s/none"})
    assert done.status_code == 303 and done.headers["location"] == "/s/none"
    assert BANNER not in (await client.get("/")).text
    assert await PolicyAcknowledgement.count() == 1
    await form_post(client, "/", "/policies/acknowledge", {"next": "/"})
    assert await PolicyAcknowledgement.count() == 1  # acknowledging twice changes nothing


async def test_a_version_in_the_future_is_announced_but_not_in_force(
    client: httpx.AsyncClient, make_member
) -> None:
    member = await make_member()
    await browser_login(client, member.username)
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    await policies.publish("terms", "New terms.", "Shorter terms.", tomorrow)
    assert "Version 1, in force from" in (await client.get("/terms")).text
    assert "Version 2, in force from" in (await client.get("/policies/terms/2")).text
    assert 'href="/policies/terms/2"' in (await client.get("/policies")).text
    assert BANNER not in (await client.get("/")).text


async def test_publishing_refuses_what_members_could_not_follow(client: httpx.AsyncClient) -> None:
    now = datetime.now(UTC)
    with pytest.raises(policies.PolicyError, match="no policy called"):
        await policies.publish("bylaws", "Text", "Summary", now)
    with pytest.raises(policies.PolicyError, match="what changed"):
        await policies.publish("terms", "Text", "  ", now)
    with pytest.raises(policies.PolicyError, match="empty"):
        await policies.publish("terms", "\n", "Summary", now)
    assert "Version 2" not in (await client.get("/policies/terms/1")).text


def test_what_changed_shows_the_changes_with_a_little_context() -> None:
    old = "\n".join(f"line {n}" for n in range(1, 21))
    new = old.replace("line 3", "line three").replace("line 18\n", "")
    assert policies.changes(old, new, context=1) == [
        ("same", "line 2"), ("removed", "line 3"), ("added", "line three"), ("same", "line 4"),
        ("gap", "…"),
        ("same", "line 17"), ("removed", "line 18"), ("same", "line 19"),
    ]  # fmt: skip
