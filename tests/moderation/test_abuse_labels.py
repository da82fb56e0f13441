"""The family a moderator is shown for abuse with a vulgar word: "go fuck yourself" is an
insult, held under harassment, not incitement to self-harm (both readers read it after "go
kill yourself" and named it so before the phrase was in lexicon/abuse.toml)."""

from __future__ import annotations

import pytest

from moderation import Action, moderate, reread

_ABUSE = {"threats", "self_harm", "harassment", "doxxing"}

DISMISSALS = [
    "go fuck yourself",
    "Go fuck yourself, Dave.",
    "go fuck urself",
    "just go fuck yourself already",
    "fuck off and die",
]


@pytest.mark.parametrize("text", DISMISSALS)
def test_a_vulgar_dismissal_is_held_as_harassment(text: str) -> None:
    verdict = reread(text, moderate(text))
    assert verdict.action == Action.HOLD
    abuse = {r.category for r in verdict.reasons if r.category in _ABUSE}
    assert abuse == {"harassment"}
    assert "self_harm" not in {r.category for r in verdict.reasons}


@pytest.mark.parametrize(
    "text",
    [
        "He told me to go fuck myself, so I left the group.",
        "This update is shit.",
    ],
)
def test_swearing_that_dismisses_nobody_here_is_only_censored(text: str) -> None:
    verdict = reread(text, moderate(text))
    assert verdict.action == Action.CENSOR
    assert not {r.category for r in verdict.reasons} & _ABUSE
