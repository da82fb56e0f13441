"""A message that is nothing but an insult (``[bare]`` of lexicon/abuse.toml): held as
harassment, as the forum decides it (moderate(), then the second reader); one word alone,
a word with another sense and no lead, and sentences that merely hold the words are not."""

from __future__ import annotations

import pytest

from moderation import Action, Policy, moderate, reread

BARE_INSULTS = [
    "total moron",
    "what a loser",
    "ur so pathetic",
    "absolute scumbag lol",
    "what a clown",
    "idiot idiot idiot",
    "Utter halfwit.",
    "you dipstick",
    "such a creep",
]
NOT_BARE = [
    # One word alone: the word lists' rule, and titles ("Coward", "Dumbo", "Creep").
    "idiot",
    "Coward",
    "Dumbo",
    # A word with another sense and no lead: a painting, an oil dipstick, a laugh.
    "Sad Clown",
    "check the dipstick",
    "clown lol",
    "old fool",
    # Apostrophes are kept: "who're" is not "whore", "Moron's" is a possessive.
    "who're you",
    "Moron's",
    # More than the insult's words: a sentence about oneself, a quote, a film.
    "what a fool I was",
    "he called me an idiot",
    "The Idiot by Dostoevsky",
]


def _bare(text: str, policy: Policy) -> list[str]:
    return [f.type for f in moderate(text, policy=policy).findings if f.detector == "abuse"]


@pytest.mark.parametrize("text", BARE_INSULTS)
def test_a_message_that_is_only_an_insult_is_harassment(text: str, policy: Policy) -> None:
    assert _bare(text, policy) == ["HARASSMENT"]


@pytest.mark.parametrize("text", NOT_BARE)
def test_words_that_are_not_only_an_insult_are_left_alone(text: str, policy: Policy) -> None:
    assert _bare(text, policy) == []


@pytest.mark.parametrize("text", ["total moron", "what a loser", "ur so pathetic"])
def test_a_bare_insult_is_held_under_harassment_with_its_label(text: str) -> None:
    """The forum's whole decision: the second reader upholds these (it reads them as abuse),
    and the moderator sees the clause and a human label."""
    verdict = reread(text, moderate(text))
    assert verdict.action == Action.HOLD
    assert {r.category for r in verdict.reasons} == {"harassment"}
    finding = next(f for f in verdict.findings if f.detector == "abuse")
    assert dict(finding.detail)["label"] == "harassment"
