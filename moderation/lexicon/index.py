"""The lookup tables of a Lexicon: spellings, inflections, phrases, compounds, senses."""

from __future__ import annotations

import re

from moderation.lexicon.english import english_words, stems
from moderation.lexicon.forms import derivations, inflections, normalise_form
from moderation.lexicon.patterns import trie_pattern, word_regex
from moderation.lexicon.terms import Lexicon, Term
from moderation.normalize import run_lengths, squeeze


class _English:
    """Whether a spelling is English that the senses do not name (see senses.toml,
    [dictionary]): such a spelling is never a term, whatever generated it."""

    def __init__(self, senses: dict) -> None:
        self.words = english_words()
        self.profane = frozenset(normalise_form(w) for w in senses["dictionary"]["profane"])
        self.named = frozenset(
            normalise_form(w)
            for w in (
                *senses["dictionary"]["profane"],
                *senses["ambiguous"]["terms"],
                *senses["leet_only"]["terms"],
            )
        )

    def profane_stem(self, key: str) -> bool:
        """A stem whose derivations are profane: four letters or more, and named profane
        if it is an English word (fuck, bitch, slut; not ass, nor crap+pie)."""
        return len(key) >= 4 and key.isalpha() and (key in self.profane or key not in self.words)

    def listed(self, key: str) -> bool:
        """A listed spelling that is an English word the senses do not name (thrust)."""
        return key in self.words and key not in self.named

    def generated(self, form: str) -> bool:
        """A generated spelling that is an English word or a regular inflection of one
        (tested, spacing, testin, shiite) and is not named by the senses."""
        if form in self.named:
            return False
        if form in self.words:
            return True
        return any(s in self.words and s not in self.named for s in stems(form))


def build_index(base: dict[str, Term], senses: dict) -> Lexicon:
    """Turn the base terms into the lookup tables of a Lexicon."""
    english = _English(senses)
    base = {k: t for k, t in base.items() if not english.listed(k)}
    words: dict[str, Term] = {}
    phrases: dict[str, list] = {}

    def add(form: str, term: Term) -> None:
        """A generated spelling of a term, unless it is innocent English."""
        if form not in words and not english.generated(form):
            words[form] = term

    for key, term in base.items():
        parts = key.split()
        if len(parts) > 1:
            phrases.setdefault(parts[0], []).append((tuple(parts), term))
            add("".join(parts), term)
        else:
            words[key] = term
    for key, term in list(words.items()):
        for form in inflections(key):
            add(form, term)
    # Derivations of a profane word are profane (fuckery, shitfest-like coinages); those
    # that are dictionary words must be named like any other (bitchiness yes, bastardy no).
    for key, term in list(base.items()):
        if english.profane_stem(key) and not term.ambiguous:
            for form in derivations(key):
                add(form, term)
    # A vowel held one beat longer (fuuck, biitch) is a spelling of the term; terms of
    # three letters are left out (nob -> noob, cok -> cook are words).
    for key, term in list(base.items()):
        if len(key) >= 4 and key.isalpha() and not term.ambiguous:
            for k, ch in enumerate(key):
                if ch in "aeiouy" and key[k - 1 : k] != ch and key[k + 1 : k + 2] != ch:
                    add(key[:k] + ch + key[k:], term)
    squeezed: dict[str, list] = {}
    by_length: dict[int, list] = {}
    for key, term in words.items():
        squeezed.setdefault(squeeze(key), []).append((run_lengths(key), term))
        if key == term.key:
            by_length.setdefault(len(key), []).append(term)
    ctx = {name: frozenset(normalise_form(w) for w in ws) for name, ws in senses["context"].items()}
    innocent: dict[str, list] = {}
    for phrase in senses["innocent_phrases"]["phrases"]:
        parts = tuple(p if p == "*" else normalise_form(p) for p in phrase.split())
        innocent.setdefault(parts[0], []).append(parts)
    strong = [k for k, t in words.items() if not t.ambiguous and len(k) >= 3]
    prefix3 = frozenset(k[:3] for k in strong) | frozenset(m[:3] for m in ctx["compound_modifiers"])
    return Lexicon(
        words=words,
        squeezed={k: tuple(v) for k, v in squeezed.items()},
        phrases={k: tuple(v) for k, v in phrases.items()},
        by_length={k: tuple(v) for k, v in by_length.items()},
        innocent={k: tuple(v) for k, v in innocent.items()},
        context=ctx,
        mention_markers=frozenset(senses["innocent_phrases"].get("mention_markers", ())),
        compound_prefix3=prefix3,
        english=english.words - english.named,
        phrase_rx=word_regex(" ".join(parts) for ps in phrases.values() for parts, _ in ps),
        phrase_pairs=_pairs(phrases),
        compound_rx=_compound_regex(words, ctx),
        phrase_terms={" ".join(parts): t for ps in phrases.values() for parts, t in ps},
        phrase_firsts=frozenset(phrases),
        phrase_seconds=frozenset(parts[1] for ps in phrases.values() for parts, _ in ps),
        innocent_rx=word_regex(" ".join(p) for ps in innocent.values() for p in ps),
        innocent_keys=frozenset(w for ps in innocent.values() for p in ps for w in p),
        **_innocent_words(innocent),
    )


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _innocent_words(innocent: dict[str, list]) -> dict:
    """The anchors of the innocent phrases (see ``Lexicon.innocent_anchors``)."""
    anchors: dict[str, set[tuple[str, int]]] = {}
    wild: set[tuple[str, int]] = set()
    for ps in innocent.values():
        for parts in ps:
            words = [w for p in parts for w in _LETTER_RUN.findall(p)]
            for w in set(words):
                others = [o for o in words if o != w]
                anchor = (max(others, key=len), 1) if others else (w, words.count(w))
                anchors.setdefault(w, set()).add(anchor)
            if "*" in parts and words:
                wild.add((max(words, key=len), 1))
    return {
        "innocent_anchors": {w: tuple(sorted(v)) for w, v in anchors.items()},
        "innocent_wild": tuple(sorted(wild)),
    }


def _pairs(phrases: dict[str, list]) -> dict[tuple[str, str], Term | None]:
    """First two words of each phrase: the term for a two-word phrase, else None."""
    out: dict[tuple[str, str], Term | None] = {}
    for ps in phrases.values():
        for parts, term in ps:
            pair = (parts[0], parts[1])
            if len(parts) == 2:
                out[pair] = term
            else:
                out.setdefault(pair, None)
    return out


def _compound_regex(words: dict[str, Term], ctx: dict[str, frozenset[str]]) -> re.Pattern[str]:
    """A regex that fully matches the words the Speller may read as compounds (the first
    part is a listed spelling, not an inflection: fewer alternatives, faster to build)."""
    strong = [k for k, t in words.items() if not t.ambiguous and len(k) >= 3 and k.isalpha()]
    listed = [k for k in strong if k == words[k].key]
    a = trie_pattern(listed)
    b = trie_pattern(set(listed) | set(ctx["compound_heads"]))
    m = trie_pattern(ctx["compound_modifiers"])
    return re.compile(rf"(?:{a})(?:{b})|(?:{m})(?:{a})")
