"""The profanity lexicon: terms from the Surge list and better-profanity's list, indexed."""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from moderation.lexicon.forms import normalise_form

HERE = Path(__file__).parent
SURGE_CSV = HERE / "surge_profanity_en.csv"
BP_WORDLIST = HERE / "better_profanity_wordlist.txt"
SENSES = HERE / "senses.toml"
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


def _read_surge(path: Path) -> list[tuple[str, str, tuple[str, ...], float]]:
    """Rows of the Surge CSV as (form, canonical, labels, severity)."""
    with path.open(encoding="utf-8", newline="") as f:
        rows = []
        for r in csv.DictReader(f):
            labels = tuple(r[k] for k in ("category_1", "category_2", "category_3") if r[k])
            rows.append((r["text"], r["canonical_form_1"], labels, float(r["severity_rating"])))
        return rows


def _label_for(word: str, bp_labels: dict[str, str], base: dict[str, Term]) -> tuple:
    """Labels and severity for a better-profanity word that Surge does not list."""
    if word in bp_labels:
        return (bp_labels[word],), DEFAULT_SEVERITY
    best = None
    for key, term in base.items():
        if (
            len(key) >= 4
            and " " not in key
            and key in word
            and not term.ambiguous
            and (best is None or len(key) > len(best.key))
        ):
            best = term
    if best is not None:
        return best.labels, best.severity
    return (DEFAULT_LABEL,), DEFAULT_SEVERITY


def build_lexicon(
    sources: tuple[str, ...] = ("surge", "better_profanity"), extra_senses: dict | None = None
) -> Lexicon:
    """Read the bundled lists and build the indexes the matcher uses."""
    senses = tomllib.loads(SENSES.read_text(encoding="utf-8"))
    if extra_senses:
        for section, values in extra_senses.items():
            senses.setdefault(section, {}).update(values)
    ambiguous = {normalise_form(t) for t in senses["ambiguous"]["terms"]}
    languages = {normalise_form(k): tuple(v) for k, v in senses["homographs"].items()}
    leet_only = {normalise_form(t) for t in senses["leet_only"]["terms"]}
    innocent_words = {
        normalise_form(w) for p in senses["innocent_phrases"]["phrases"] for w in p.split()
    }

    def make(form: str, canonical: str, labels: tuple, severity: float, source: str) -> Term:
        """A Term for one listed spelling, with its senses from senses.toml."""
        key = normalise_form(form)
        amb = key in ambiguous or labels == ("animal references",)
        return Term(
            key,
            canonical,
            labels,
            severity,
            source,
            amb,
            languages.get(key, ()),
            key in leet_only,
            key in innocent_words,
        )

    base: dict[str, Term] = {}

    def add(term: Term) -> None:
        """Keep the most severe entry per normalised spelling; numbers are not words."""
        if not any(c.isalpha() for c in term.key):
            return  # numbers such as "69" are not words
        old = base.get(term.key)
        if old is None or term.severity > old.severity:
            base[term.key] = term

    if "surge" in sources:
        for form, canonical, labels, severity in _read_surge(SURGE_CSV):
            add(make(form, canonical, labels, severity, "surge"))
    if "better_profanity" in sources:
        bp = senses["better_profanity"]
        exclude = {normalise_form(w) for w in bp["exclude"]}
        bp_labels = {normalise_form(w): label for label, ws in bp["labels"].items() for w in ws}
        surge_only = dict(base)
        for line in BP_WORDLIST.read_text(encoding="utf-8").splitlines():
            key = normalise_form(line)
            if key and key not in exclude and key not in base:
                labels, severity = _label_for(key, bp_labels, surge_only)
                add(make(line, key, labels, severity, "better-profanity"))
    from moderation.lexicon.index import build_index

    return build_index(base, senses)
