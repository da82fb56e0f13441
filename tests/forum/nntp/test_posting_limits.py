"""Posting over NNTP counts against the same shared limit as posting on the web and in chat."""

from __future__ import annotations

import pytest

from tests.forum.nntp.test_submitting import article, post


@pytest.fixture
def settings_env() -> dict[str, str]:
    """Two posts a minute, for new and established members alike."""
    return {"FORUM_LIMIT_POSTS": "2/60", "FORUM_LIMIT_POSTS_NEW": "2/60"}


async def test_posting_attempts_are_limited_per_member(news, make_member, make_group) -> None:
    await make_group("help.python")
    ada, bob = await make_member("ada"), await make_member("bob")
    for n in range(2):
        assert (await post(news, ada, article("help.python", f"Question {n}", "text"))).startswith(
            "240"
        )
    assert (await post(news, bob, article("help.python", "Mine", "text"))).startswith("240")
    refused = await post(news, ada, article("help.python", "Question 3", "text"))
    assert refused.startswith("441 ") and "too fast" in refused
    other = await post(news, bob, article("help.python", "Again", "text"))
    assert other.startswith("240")  # the limit is per member
