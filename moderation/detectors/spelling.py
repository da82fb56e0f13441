"""Reading one word through its disguises: leetspeak, masks, stretching, separators.

A ``Speller`` answers one question — which lexicon term, if any, is this written word —
for the words the fast exact pass cannot settle (``b1tch``, ``f*ck``, ``fuuuck``,
``f.u.c.k``, ``shitbag``).
"""

from __future__ import annotations

import re

from moderation.confusables import JOIN
from moderation.lexicon import Lexicon, Term
from moderation.normalize import deleet, run_lengths, squeeze, unseparate

_DOUBLE = re.compile(r"(.)\1")
_INNER_SEP = re.compile(r"[.\-_'\u2019~]+")
_MASKS = frozenset("*#%")

# Longer than any listed spelling with room for disguise: read only as a plain lookup,
# which keeps the work per word bounded (compounds and readings try every split).
MAX_WORD = 48
_STAR_SEPARATED = re.compile(r"(?:[^\W_]\*)+[^\W_]")
_AMBIGUOUS_LEET = {"1": "il", "|": "il"}

Match = tuple[int, int, Term, str]  # start, end (within the word), term, how it was read


class Speller:
    """Looks written words up in a lexicon, through each disguise in turn."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def _compound(self, w: str) -> Term | None:
        """A strong term glued to another term or an insult head (shit+head, dumb+ass)."""
        lex = self.lexicon
        words, ctx = lex.words, lex.context
        heads, mods = ctx["compound_heads"], ctx["compound_modifiers"]
        for k in range(3, len(w) - 1):
            a, b = w[:k], w[k:]
            ta, tb = words.get(a), words.get(b)
            if (
                ta is not None
                and not ta.ambiguous
                and (b in heads or (tb is not None and not tb.ambiguous and len(b) >= 3))
            ):
                return ta
            if tb is not None and not tb.ambiguous and len(b) >= 3 and a in mods:
                return tb
        return None

    def _masked(self, w: str) -> Term | None:
        """A term with letters hidden behind masks (``f*ck``, ``sh#t``)."""
        shown = sum(1 for c in w if c not in _MASKS)
        if shown < 2 or shown * 2 < len(w) or not w[0].isalpha():
            return None
        best = None
        for term in self.lexicon.by_length.get(len(w), ()):
            key = term.key
            if all(c in _MASKS or c == k for c, k in zip(w, key, strict=True)) and (
                best is None or term.severity > best.severity
            ):
                best = term
        return best

    def _stretched(self, w: str) -> Term | None:
        """A term with letters repeated (``fuuuuck``): every run at least as long."""
        cands = self.lexicon.squeezed.get(squeeze(w))
        if not cands:
            return None
        runs = run_lengths(w)
        long_run = max(runs) >= 3
        best, best_len = None, -1
        for term_runs, term in cands:
            if len(term_runs) != len(runs) or term.leet_only:
                continue
            # Extra letters in every run the term has; a mere doubling only on a vowel,
            # since doubled consonants make other words (rapper, batters, duchess).
            # The closest spelling wins: niiigger reads nigger, not niger.
            if (
                all(r >= t for r, t in zip(runs, term_runs, strict=True))
                and (long_run or _vowel_doubling(w, runs, term_runs))
                and sum(term_runs) > best_len
            ):
                best, best_len = term, sum(term_runs)
        return best

    def match_word(self, w: str) -> tuple[Term, str] | None:
        """Look one separator-free word up, through each disguise in turn."""
        words = self.lexicon.words
        term = words.get(w)
        if len(w) > MAX_WORD:  # no listed word is this long: only the plain lookup
            return (term, "exact") if term is not None else None
        if term is not None:
            return term, "exact"
        how = "plain"
        if not (w.isalpha() and w.isascii()):
            if w.isdigit():
                return None
            d = deleet(w)
            term = words.get(d)
            if term is not None:
                return term, "leet"
            if any(c in _MASKS for c in d):
                term = self._masked(d)
                return (term, "masked") if term is not None else None
            if "1" in w or "|" in w:
                for alt in _readings(w):
                    term = words.get(alt) or (self._stretched(alt) if _DOUBLE.search(alt) else None)
                    if term is not None:
                        return term, "leet"
            if not d.isalpha():
                return None
            w, how = d, "leet"
        if _DOUBLE.search(w):
            term = self._stretched(w)
            if term is not None:
                return term, "stretched" if how == "plain" else how
        if len(w) >= 6 and w[:3] in self.lexicon.compound_prefix3:
            term = self._compound(w)
            if term is not None:
                return term, "compound"
        return None

    def match_token(self, w: str) -> list[Match]:
        """Matches inside one token, as (start, end) within it: the whole word, else its
        separated pieces."""
        if JOIN in w:
            return [] if not w.replace(JOIN, "") else self._joined(w)
        if w[0] == "@" and w[1:].isalnum():  # a mention unless it is a leet term (@ss)
            term = self.lexicon.words.get(deleet(w))
            return [(0, len(w), term, "leet")] if term is not None else []
        end = len(w)
        trimmed = w.rstrip("*#")
        if len(trimmed) >= 3 and trimmed != w:
            end, w = len(trimmed), trimmed
        if not _INNER_SEP.search(w):
            r = self.match_word(w)
            if r is None and _STAR_SEPARATED.fullmatch(w):
                r = self.match_word(w.replace("*", ""))  # b*i*t*c*h: stars as separators
            return [(0, end, r[0], r[1])] if r else []
        r = self.match_word(unseparate(w))
        if r is None and "_" in w:
            r = self.match_word(w.replace("_", "*"))
        if r is None and "*" in w and _STAR_SEPARATED.fullmatch(w):
            r = self.match_word(w.replace("*", ""))  # b*i*t*c*h: stars as separators
        if r is not None:
            return [(0, end, r[0], "separated" if r[1] == "exact" else r[1])]
        out = []
        pos = 0
        for piece in _INNER_SEP.split(w):
            piece = piece.strip("*")
            if len(piece) >= 2:
                at = w.find(piece, pos)
                r = self.match_word(piece)
                if r is not None:
                    out.append((at, at + len(piece), r[0], r[1]))
                pos = at + len(piece)
        return out

    def _joined(self, w: str) -> list[Match]:
        """A token with invisible characters inside (zero-width, combining marks)."""
        found = self.match_token(w.replace(JOIN, ""))
        return [
            (0, len(w), term, how if how != "exact" else "invisible")
            for _, _, term, how in found[:1]
        ]


def _vowel_doubling(w: str, runs: tuple[int, ...], term_runs: tuple[int, ...]) -> bool:
    """Whether every run longer than the term's is a vowel (``fuuck``, ``biitch``)."""
    pos = 0
    for r, t in zip(runs, term_runs, strict=True):
        if r > t and w[pos] not in "aeiouy":
            return False
        pos += r
    return True


def _readings(w: str) -> list[str]:
    """Every reading of a word whose 1 and | may each be an i or an l (d11do, m1lf)."""
    slots = [i for i, c in enumerate(w) if c in _AMBIGUOUS_LEET][:4]
    out = []
    for mask in range(1 << len(slots)):
        chars = list(w)
        for bit, i in enumerate(slots):
            chars[i] = _AMBIGUOUS_LEET[w[i]][(mask >> bit) & 1]
        out.append(deleet("".join(chars)))
    return out
