"""The profanity lexicon: terms from the Surge list and better-profanity's list, indexed."""

from __future__ import annotations

import csv
import tomllib
from pathlib import Path

from moderation.lexicon.forms import normalise_form
from moderation.lexicon.index import build_index
from moderation.lexicon.terms import DEFAULT_LABEL, DEFAULT_SEVERITY, Lexicon, Term

__all__ = ["SENSES", "SURGE_CSV", "Lexicon", "Term", "build_lexicon"]

HERE = Path(__file__).parent
SURGE_CSV = HERE / "surge_profanity_en.csv"
BP_WORDLIST = HERE / "better_profanity_wordlist.txt"
SENSES = HERE / "senses.toml"


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
    return build_index(base, senses)
