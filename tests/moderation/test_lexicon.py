"""The lexicon: both sources, attribution shipped, senses applied."""

from __future__ import annotations

import hashlib

from moderation.lexicon import HERE, SURGE_CSV, build_lexicon

# surge-ai/profanity @ 77dabf36, profanity_en.csv
SURGE_SHA256 = "45214f1e4522a1c36cee7efa94440fce4188871db105abeb93d9dfe8c66feb6a"


def test_the_surge_list_is_shipped_byte_for_byte_with_its_attribution() -> None:
    data = SURGE_CSV.read_bytes()
    assert len(data) == 105_714
    assert hashlib.sha256(data).hexdigest() == SURGE_SHA256
    attribution = (HERE / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "MIT" in attribution and "Surge AI" in attribution and "77dabf36" in attribution


def test_sources_can_be_chosen() -> None:
    surge = build_lexicon(("surge",))
    both = build_lexicon(("surge", "better_profanity"))
    assert "whitey" not in surge.words and "whitey" in both.words
    assert len(both.words) > len(surge.words)


def test_ordinary_vocabulary_from_better_profanity_is_excluded() -> None:
    lex = build_lexicon()
    for word in ("god", "hell", "drunk", "vodka", "virgin", "lmao", "damn"):
        assert word not in lex.words, word


def test_inflections_and_ambiguity_are_recorded() -> None:
    lex = build_lexicon()
    assert lex.words["retards"].key == "retard"
    assert lex.words["shittin"].key == "shit"
    assert lex.words["skanked"].key == "skank"
    assert lex.words["crow"].ambiguous
    assert not lex.words["bitch"].ambiguous
    assert lex.words["hoe"].languages == ("nl",)
