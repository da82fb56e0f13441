"""Spam signals: too many links, flooding."""

from __future__ import annotations

from moderation import Action, Policy, moderate


def test_a_post_with_more_links_than_allowed_is_held_as_spam(policy: Policy) -> None:
    few = " ".join(f"https://example.com/{i}" for i in range(4))
    many = " ".join(f"https://example.com/{i}" for i in range(6))
    assert moderate(f"see {few}", policy=policy).action == Action.ALLOW
    v = moderate(f"see {many}", policy=policy)
    assert v.action == Action.HOLD
    assert v.categories == ("spam",)
    assert not v.offensive


def test_the_same_word_flooded_is_spam(policy: Policy) -> None:
    assert moderate(" ".join(["buy"] * 12), policy=policy).categories == ("spam",)
    assert moderate("buy buy buy, what a bargain", policy=policy).categories == ()
