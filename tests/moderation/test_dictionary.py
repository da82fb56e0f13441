"""Knowing English: a dictionary word that is not profane is never censored, in any
inflection, and what a listed term generates never makes an English word."""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation import Policy, moderate
from moderation.lexicon import SENSES, build_lexicon
from moderation.lexicon.english import english_words, stems
from moderation.lexicon.forms import normalise_form


def offensive(text: str, policy: Policy) -> list[str]:
    """The texts of the profanity findings."""
    return [f.text for f in moderate(text, policy=policy).findings if f.detector == "profanity"]


def named_in_senses() -> frozenset[str]:
    """Every spelling the senses file names: profane, ambiguous or leet-only."""
    senses = tomllib.loads(SENSES.read_text(encoding="utf-8"))
    return frozenset(
        normalise_form(w)
        for w in (
            *senses["dictionary"]["profane"],
            *senses["ambiguous"]["terms"],
            *senses["leet_only"]["terms"],
        )
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "I tested it on Linux.",  # teste + d: a suffix made an English word
        "We are testing the new build.",
        "Penetration testing found three issues.",
        "letter spacing can be controlled",  # spac + ing
        "We assessed the damage and kept assessing it.",  # asses + doubled s + ed
        "The Shiite and Sunni traditions differ.",  # shite with a vowel held longer
        "The engine's thrust was enough.",  # a listed spelling that is an English word
        "A leech clung to his leg.",  # lech with a vowel held longer
        "A titter ran through the hall.",  # titt + er
        "The spiked drink was spiced with cloves.",  # spik/spic + ed
        "She wore knickers and a jerkin.",
        "Cox and Dix met Cummings at the regatta.",  # names the lists spell as terms
        "Police arrested a child molester.",  # a word that names a crime, not an insult
    ],
)
def test_everyday_english_is_never_censored(sentence: str, policy: Policy) -> None:
    assert offensive(sentence, policy) == []


def test_inflections_of_english_words_are_not_generated_as_terms() -> None:
    lex = build_lexicon()
    for word in ("tested", "testing", "spacing", "spaced", "assessed", "shiite", "titter"):
        assert word not in lex.words, word
    # "testin" is no dictionary word, but it inflects "test": still innocent.
    assert "test" in stems("testin")
    assert "testin" not in lex.words


def test_profane_dictionary_words_still_count(policy: Policy) -> None:
    for sentence in ("this is shit", "what a fucking mess", "he is a bastard", "piss off"):
        assert offensive(sentence, policy), sentence


def test_every_dictionary_word_in_the_lexicon_is_named_by_the_senses() -> None:
    """The review: a dictionary word left in the lexicon is one the senses file names."""
    lex = build_lexicon()
    english, named = english_words(), named_in_senses()
    unnamed = sorted(w for w in lex.words if w in english and w not in named)
    assert unnamed == []


def test_compounds_in_the_dictionary_count_only_when_named(policy: Policy) -> None:
    # The dictionary gates compound reading (no ass+essing); profane compounds that are
    # dictionary words are named in the senses file instead.
    assert offensive("a shitload of work", policy) == ["shitload"]


CLEAN = [
    "Please send me the slides before the meeting on Friday.",
    "The garden looks lovely after the rain.",
    "We walked along the river and talked about books.",
    "My brother fixed the old radio last winter.",
]


def _innocent_words() -> list[str]:
    named = named_in_senses()
    return sorted(w for w in english_words() if w not in named)


INNOCENT = _innocent_words()


@settings(max_examples=400, deadline=None)
@given(
    word=st.sampled_from(INNOCENT),
    sentence=st.sampled_from(CLEAN),
    position=st.integers(min_value=0, max_value=12),
    capital=st.booleans(),
)
def test_inserting_any_innocent_dictionary_word_never_changes_the_verdict(
    word: str, sentence: str, position: int, capital: bool, policy: Policy
) -> None:
    words = sentence.split()
    words.insert(min(position, len(words)), word.capitalize() if capital else word)
    before, after = moderate(sentence, policy=policy), moderate(" ".join(words), policy=policy)
    assert (after.action, after.categories) == (before.action, before.categories), word
