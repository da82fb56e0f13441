"""Profanity and slurs: a lexicon matcher over the normalised text that sees disguises.

Each token is looked up whole (so *class*, *Scunthorpe* and *cocktail* never match on a
substring), then read through leetspeak, stretched letters, masks, inner separators and
compounds. Ambiguous terms count only in an insulting construction (see ``senses``).
"""

from __future__ import annotations

import re

from moderation.detectors.base import Doc, finding
from moderation.detectors.senses import innocent_indices, insulting, looks_like, mentioned
from moderation.lexicon import Lexicon, Term
from moderation.normalize import Token, deleet, deleet_alt, run_lengths, squeeze, unseparate
from moderation.verdict import Finding

_DOUBLE = re.compile(r"(.)\1")
_INNER_SEP = re.compile(r"[.\-_'’~]+")
_MASKS = frozenset("*#%")
_TYPE_BY_LABEL = {
    "racial / ethnic slurs": "SLUR", "sexual orientation / gender": "SLUR",
    "religious offense": "SLUR", "mental disability": "SLUR", "physical disability": "SLUR",
    "sexual anatomy / sexual acts": "SEXUAL", "bodily fluids / excrement": "PROFANITY",
    "other / general insult": "INSULT", "animal references": "INSULT",
    "physical attributes": "INSULT", "political": "INSULT",
}

Match = tuple[int, int, Term, str]  # start, end, term, how it was read


class ProfanityDetector:
    """Finds profane words and slurs, disguised or not."""

    name = "profanity"

    def __init__(self, lexicon: Lexicon, min_severity: float = 0.0,
                 allowed: re.Pattern[str] | None = None) -> None:
        self.lexicon = lexicon
        self.min_severity = min_severity
        self.allowed = allowed

    def _compound(self, w: str) -> Term | None:
        """A strong term glued to another term or an insult head (shit+head, dumb+ass)."""
        lex = self.lexicon
        words, ctx = lex.words, lex.context
        heads, mods = ctx["compound_heads"], ctx["compound_modifiers"]
        for k in range(3, len(w) - 1):
            a, b = w[:k], w[k:]
            ta, tb = words.get(a), words.get(b)
            if ta is not None and not ta.ambiguous and (
                    b in heads or (tb is not None and not tb.ambiguous and len(b) >= 3)):
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
                    best is None or term.severity > best.severity):
                best = term
        return best

    def _stretched(self, w: str) -> Term | None:
        """A term with letters repeated (``fuuuuck``): every run at least as long."""
        cands = self.lexicon.squeezed.get(squeeze(w))
        if not cands:
            return None
        runs = run_lengths(w)
        long_run = max(runs) >= 3
        for term_runs, term in cands:
            if len(term_runs) != len(runs):
                continue
            # Extra letters in every run the term has; a mere doubling only on a vowel,
            # since doubled consonants make other words (rapper, batters, duchess).
            if all(r >= t for r, t in zip(runs, term_runs, strict=True)) and (
                    long_run or _vowel_doubling(w, runs, term_runs)):
                return term
        return None

    def match_word(self, w: str) -> tuple[Term, str] | None:
        """Look one separator-free word up, through each disguise in turn."""
        words = self.lexicon.words
        term = words.get(w)
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
                alt = deleet_alt(w)
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

    def match_token(self, tok: Token) -> list[Match]:
        """Matches inside one token: the whole word, else its separated pieces."""
        w = tok.word
        if w[0] == "@":  # a mention unless the whole thing is a leet term (@ss)
            term = self.lexicon.words.get(deleet(w))
            return [(tok.start, tok.end, term, "leet")] if term is not None else []
        if not _INNER_SEP.search(w):
            r = self.match_word(w)
            return [(tok.start, tok.end, r[0], r[1])] if r else []
        r = self.match_word(unseparate(w))
        if r is None and "_" in w:
            r = self.match_word(w.replace("_", "*"))
        if r is not None:
            return [(tok.start, tok.end, r[0], "separated" if r[1] == "exact" else r[1])]
        out = []
        pos = 0
        for piece in _INNER_SEP.split(w):
            if len(piece) >= 2:
                at = w.find(piece, pos)
                r = self.match_word(piece)
                if r is not None:
                    out.append((tok.start + at, tok.start + at + len(piece), r[0], r[1]))
                pos = at + len(piece)
        return out

    def _spaced(self, tokens: list[Token], i: int, j: int) -> Match | None:
        """A word spelled with spaces between its letters (``f u c k``)."""
        letters = [t.word for t in tokens[i:j]]
        for lo, hi in ((0, len(letters)), (1, len(letters)), (0, len(letters) - 1)):
            if hi - lo >= 3:
                r = self.match_word("".join(letters[lo:hi]))
                if r is not None:
                    return tokens[i + lo].start, tokens[i + hi - 1].end, r[0], "spaced"
        return None

    def detect(self, doc: Doc) -> list[Finding]:
        """Profane terms in the document that pass the sense checks."""
        tokens = doc.tokens
        if not tokens:
            return []
        lex = self.lexicon
        words = [t.word for t in tokens]
        hits: list[tuple[int, int, Match]] = []  # first token, last token, match
        run_start = -1
        n = len(tokens)
        for i, tok in enumerate(tokens):
            if len(tok.word) == 1 and (run_start < 0 or tok.start - tokens[i - 1].end <= 3):
                if run_start < 0:
                    run_start = i
                continue
            if run_start >= 0:
                if i - run_start >= 3 and (m := self._spaced(tokens, run_start, i)):
                    hits.append((run_start, i - 1, m))
                run_start = -1
                if len(tok.word) == 1:
                    run_start = i
                    continue
            phrases = lex.phrases.get(tok.word)
            if phrases:
                for parts, term in phrases:
                    k = len(parts)
                    if tuple(words[i:i + k]) == parts:
                        hits.append((i, i + k - 1, (tok.start, tokens[i + k - 1].end, term,
                                                    "phrase")))
            for m in self.match_token(tok):
                hits.append((i, i, m))
        if run_start >= 0 and n - run_start >= 3 and (m := self._spaced(tokens, run_start, n)):
            hits.append((run_start, n - 1, m))
        if not hits:
            return []
        return self._accept(doc, words, hits)

    def _accept(self, doc: Doc, words: list[str],
                hits: list[tuple[int, int, Match]]) -> list[Finding]:
        """Apply sense checks, severity threshold and the allow-list; drop overlaps."""
        lex = self.lexicon
        innocent = innocent_indices(words, lex) if lex.innocent else set()
        out: list[Finding] = []
        last_end = -1
        for i, j, (start, end, term, how) in sorted(hits, key=lambda h: (h[2][0], -h[2][1])):
            if start < last_end or term.severity < self.min_severity:
                continue
            if term.leet_only and how not in ("leet", "masked"):
                continue
            if innocent and (i in innocent or j in innocent):
                continue
            if mentioned(words, i, lex):
                continue
            if term.ambiguous and not insulting(words, i, j, term, lex):
                continue
            if term.languages and looks_like(words, term.languages):
                continue
            if j == len(words) - 1 and len(term.key) <= 4 and _truncated(doc.text, end):
                continue
            if self.allowed is not None and self.allowed.fullmatch(words[i]):
                continue
            last_end = end
            label = term.labels[0] if term.labels else "other / general insult"
            out.append(finding(_TYPE_BY_LABEL.get(label, "INSULT"), doc, start, end,
                               self.name, round(min(term.severity / 3.0, 1.0), 3),
                               label=label, severity=f"{term.severity:g}", term=term.canonical,
                               read=how, source=term.source))
        return out


def _truncated(text: str, end: int) -> bool:
    """Whether the text was cut off right after this word ("... last nig…")."""
    rest = text[end:end + 7]
    return rest.startswith(("\u2026", "...", "&#8230;"))


def _vowel_doubling(w: str, runs: tuple[int, ...], term_runs: tuple[int, ...]) -> bool:
    """Whether every run longer than the term's is a vowel (``fuuck``, ``biitch``)."""
    pos = 0
    for r, t in zip(runs, term_runs, strict=True):
        if r > t and w[pos] not in "aeiouy":
            return False
        pos += r
    return True
