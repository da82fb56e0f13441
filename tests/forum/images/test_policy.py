"""What happens to pictures is the policy's to say: a changed policy file, no changed code."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import httpx
import pytest

from forum.settings import Settings
from forum.storage.desk_tables import ReviewItem
from forum.storage.tables import SpaceKind
from moderation.policy import DEFAULT_POLICY_PATH
from tests.forum.images.pictures import png
from tests.forum.images.test_upload import seasoned, upload


@pytest.fixture
def settings(settings: Settings, tmp_path: Path) -> Settings:
    """A policy that holds every picture, from anyone."""
    text = DEFAULT_POLICY_PATH.read_text()
    text = text.replace(
        'clause = "Pictures from new members are reviewed by a moderator before they are '
        'published."\ndetectors = []\naction = "allow"',
        'clause = "Every picture is reviewed before it is published."\ndetectors = []\n'
        'action = "hold"',
    )
    assert 'action = "hold"\nnew_author_action' in text
    policy = tmp_path / "policy.toml"
    policy.write_text(text)
    return dataclasses.replace(settings, policy_path=policy)


async def test_a_policy_that_holds_every_picture_holds_a_seasoned_members(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    old_hand = await make_member("oldhand")
    await seasoned(old_hand)
    text_only = await client.post(
        "/api/spaces/wall/messages", json={"body": "words only"}, headers=old_hand.headers
    )
    assert text_only.json()["status"] == "visible"
    image = (await upload(client, old_hand, png())).json()
    held = await client.post(
        "/api/spaces/wall/messages", json={"body": "with a picture", "images": [image["id"]]},
        headers=old_hand.headers,
    )  # fmt: skip
    assert held.json()["status"] == "pending"
    [item] = await ReviewItem.select(ReviewItem.category)
    assert item["category"] == "images"
    assert (await client.get(image["url"])).status_code == 404
