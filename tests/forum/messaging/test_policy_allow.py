"""The policy file decides what the private surface does: here it allows contact details."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from forum.storage.tables import SpaceKind
from moderation.policy import DEFAULT_POLICY_PATH
from tests.forum.messaging.helpers import send, started
from tests.forum.messaging.test_policy import CARD, EMAIL


@pytest.fixture
def settings_env(tmp_path: Path) -> dict[str, str]:
    """A policy whose private surface allows contact data outright."""
    text = DEFAULT_POLICY_PATH.read_text()
    text = text.replace(
        'surfaces = { private = "warn" }\n\n[categories.financial_data]',
        'surfaces = { private = "allow" }\n\n[categories.financial_data]',
    )
    assert 'private = "allow"' in text
    path = tmp_path / "policy.toml"
    path.write_text(text)
    return {"FORUM_POLICY": str(path)}


async def test_the_policy_may_allow_contact_details_in_private(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    ann = await make_member("ann")
    await make_member("bob")
    cid = await started(client, ann, ["bob"])
    assert (await send(client, ann, cid, EMAIL)).status_code == 201
    assert (await send(client, ann, cid, CARD)).status_code == 422  # cards: still asked
    await make_space("wall", SpaceKind.board)
    public = await client.post(
        "/api/spaces/wall/messages", json={"body": EMAIL}, headers=ann.headers
    )
    assert public.status_code == 422  # the public surface still warns
