"""The values of a lexicon: one term, and the lookup tables built from all of them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DEFAULT_LABEL = "other / general insult"
DEFAULT_SEVERITY = 1.2
TYPE_BY_LABEL = {
    "racial / ethnic slurs": "SLUR",
    "sexual orientation / gender": "SLUR",
    "religious offense": "SLUR",
    "mental disability": "SLUR",
    "physical disability": "SLUR",
    "sexual anatomy / sexual acts": "SEXUAL",
    "bodily fluids / excrement": "PROFANITY",
    "other / general insult": "INSULT",
    "animal references": "INSULT",
    "physical attributes": "INSULT",
    "political": "INSULT",
}


@dataclass(frozen=True, slots=True)
class Term:
    """One lexicon entry in normalised form."""

    key: str
    canonical: str
    labels: tuple[str, ...]
    severity: float
    source: str
    ambiguous: bool = False
    languages: tuple[str, ...] = ()
    leet_only: bool = False
    in_innocent_phrase: bool = False

    # Derived once (a finding copies them): type, 0..1 score and the detail pairs.
    finding_type: str = field(init=False, compare=False)
    score: float = field(init=False, compare=False)
    detail: tuple[tuple[str, str], ...] = field(init=False, compare=False)
    checked: bool = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # A term with a slur among its labels is a slur (fucking retard, gaytard): the
        # policy clause it breaks is the gravest one.
        labels = self.labels or (DEFAULT_LABEL,)
        label = next((lb for lb in labels if TYPE_BY_LABEL.get(lb) == "SLUR"), labels[0])
        object.__setattr__(self, "finding_type", TYPE_BY_LABEL.get(label, "INSULT"))
        object.__setattr__(self, "score", round(min(self.severity / 3.0, 1.0), 3))
        object.__setattr__(
            self, "checked", bool(self.leet_only or self.languages or self.in_innocent_phrase)
        )
        object.__setattr__(
            self,
            "detail",
            (
                ("label", label),
                ("severity", f"{self.severity:g}"),
                ("source", self.source),
                ("term", self.canonical),
            ),
        )


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Lookup structures built once per policy; read-only afterwards."""

    words: dict[str, Term]
    squeezed: dict[str, tuple[tuple[tuple[int, ...], Term], ...]]
    phrases: dict[str, tuple[tuple[tuple[str, ...], Term], ...]]
    by_length: dict[int, tuple[Term, ...]]
    innocent: dict[str, tuple[tuple[str, ...], ...]]
    context: dict[str, frozenset[str]]
    mention_markers: frozenset[str] = field(default_factory=frozenset)
    # One-pass regexes: every exact spelling, compounds (shit+head, dumb+ass), and the
    # innocent phrases. Built once per lexicon.
    phrase_rx: re.Pattern[str] | None = None
    # Whole-word test for compounds: a strong term followed by a term or insult head, or
    # an insulting modifier followed by a term (shit+head, dumb+ass).
    compound_rx: re.Pattern[str] | None = None
    # Two-word phrases by their words; None marks the start of a longer phrase.
    phrase_pairs: dict[tuple[str, str], Term | None] = field(default_factory=dict)
    phrase_terms: dict[str, Term] = field(default_factory=dict)
    phrase_firsts: frozenset[str] = field(default_factory=frozenset)
    phrase_seconds: frozenset[str] = field(default_factory=frozenset)
    innocent_rx: re.Pattern[str] | None = None
    innocent_keys: frozenset[str] = field(default_factory=frozenset)
    # A cheap test before innocent_rx: for each word of an innocent phrase, what else
    # the text must hold for one of its phrases to be there — the phrase's longest other
    # word, or the word itself as many times as the phrase repeats it ("hoe hoe hoe") —
    # as (substring, count); the same for the phrases with a wildcard word.
    innocent_anchors: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
    innocent_wild: tuple[tuple[str, int], ...] = ()
    compound_prefix3: frozenset[str] = field(default_factory=frozenset)
    # The English dictionary less the words senses.toml names: innocent English, never
    # read as a compound.
    english: frozenset[str] = field(default_factory=frozenset)

    def __len__(self) -> int:
        return len(self.words)
