"""Watched words: community lists per action, wildcards, regexes, the allow-list."""
# ruff: noqa: RUF001  (the tests feed look-alike characters on purpose)

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from moderation import Action, Policy, PolicyError, load_policy, moderate

LISTS = """[watched_words]
category = "inappropriate"
block = ["buy followers", "crypto*"]
hold = ["re:\\\\bfree\\\\s+money\\\\b"]
censor = ["frak"]
warn = []
allow = ["shit"]
"""


@pytest.fixture
def watched(policy_with: Callable[..., Policy]) -> Policy:
    from moderation.policy import DEFAULT_POLICY_PATH

    base = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    start = base.index("[watched_words]")
    return policy_with("", replace=(base[start:], LISTS))


def test_each_list_takes_its_own_action(watched: Policy) -> None:
    assert moderate("want to buy followers?", policy=watched).action == Action.BLOCK
    assert moderate("Free   money inside", policy=watched).action == Action.HOLD
    v = moderate("what the frak", policy=watched)
    assert v.action == Action.CENSOR
    assert v.censored == "what the ****"
    assert v.primary_reason.category == "inappropriate"


def test_wildcards_match_word_endings_only(watched: Policy) -> None:
    assert moderate("cryptocoins for all", policy=watched).action == Action.BLOCK
    assert moderate("encrypted mail", policy=watched).action == Action.ALLOW


def test_watched_words_see_through_fullwidth_and_case(watched: Policy) -> None:
    assert moderate("ＦＲＡＫ", policy=watched).action == Action.CENSOR


def test_the_allow_list_silences_the_profanity_detector(watched: Policy, policy: Policy) -> None:
    assert moderate("shit", policy=policy).offensive
    assert not moderate("shit", policy=watched).offensive


def test_a_bad_regex_fails_at_load_with_its_line(write_policy: Callable[[str], Path]) -> None:
    text = (
        '[categories.inappropriate]\nclause = "x"\ndetectors = ["watched_words"]\n'
        'action = "hold"\n\n[watched_words]\nhold = ["re:(unclosed"]\n'
    )
    with pytest.raises(PolicyError) as err:
        load_policy(write_policy(text))
    assert err.value.line == 7
    assert "bad regular expression" in str(err.value)
