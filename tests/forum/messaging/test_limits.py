"""New accounts open only a few conversations a day; the count is the shared limiter's."""

from __future__ import annotations

import httpx
import pytest

from tests.forum.messaging.helpers import send, start, started


@pytest.fixture
def settings_env() -> dict[str, str]:
    """Two conversations a day for new accounts (test accounts are new)."""
    return {"FORUM_LIMIT_CONVERSATIONS_NEW": "2/86400", "FORUM_PM_MAX_RECIPIENTS_NEW": "2"}


async def test_a_new_account_opens_only_n_conversations_a_day(
    client: httpx.AsyncClient, make_member
) -> None:
    ann = await make_member("ann")
    await make_member("bob"), await make_member("cat")
    refused = await start(client, ann, ["nobody"])  # refused before storing: not counted
    assert refused.status_code == 404
    first = await started(client, ann, ["bob"])
    await started(client, ann, ["cat"])
    third = await start(client, ann, ["bob", "cat"])
    assert third.status_code == 429
    assert "at most 2 conversations every day" in third.json()["detail"]
    assert (await send(client, ann, first, "replying is fine")).status_code == 201


async def test_recipients_cap_comes_from_settings(client: httpx.AsyncClient, make_member) -> None:
    ann = await make_member("ann")
    names = [(await make_member(f"member{i}")).username for i in range(3)]
    response = await start(client, ann, names)
    assert response.status_code == 400 and "at most 2 members" in response.json()["detail"]
