"""Profanity and slurs: a lexicon matcher over the normalised text that sees disguises.

Whole words only (so *class*, *Scunthorpe* and *cocktail* never match on a substring).
Plain spellings, glued compounds and phrases are found by regexes compiled from the
lexicon as tries — one C-level pass each. Only the few words that carry a disguise
(digits or symbols, inner separators, stretched letters, letters spaced apart) go
through the ``Speller``. Ambiguous terms count only in an insulting construction.
"""

from __future__ import annotations

import re

from moderation.detectors.base import Doc
from moderation.detectors.senses import insulting, looks_like
from moderation.detectors.spelling import Speller
from moderation.lexicon import Lexicon, Term
from moderation.normalize import LEET, TOKEN, deleet
from moderation.verdict import Finding

# A letter held for three beats; a vowel held for two is in the lexicon as a spelling.
_TRIPLE = re.compile(r"(\w)\1\1")
_WORD_AT = re.compile(r"[\w@$|*#\u00ad.'’~!\-]+")
_SPACED = re.compile(r"\b[^\W\d_](?:[\s.\-_*·]{1,3}[^\W\d_]\b){2,}")
_LETTER = re.compile(r"[^\W\d_]")
_ELLIPSES = ("\u2026", "...", "&#8230;")
_PUNCT = ".,;:!?\"'’‘“”()[]{}<>…&#-_~*/\\"
_LEAD_JUNK = "#.-_'’~!*"
_TRAIL_JUNK = ".-_'’~!"
_CONTEXT_WORD = re.compile(r"[\w'’]+")

Hit = tuple[int, int, Term, str]  # start, end, term, how it was read


class ProfanityDetector:
    """Finds profane words and slurs, disguised or not."""

    name = "profanity"

    def __init__(self, lexicon: Lexicon, min_severity: float = 0.0,
                 allowed: re.Pattern[str] | None = None) -> None:
        self.lexicon = lexicon
        self.speller = Speller(lexicon)
        self.min_severity = min_severity
        self.allowed = allowed

    def detect(self, doc: Doc) -> list[Finding]:
        """Profane terms in the document that pass the sense checks."""
        folded = doc.folded
        lex = self.lexicon
        get = lex.words.get
        prefix3 = lex.compound_prefix3
        phrase_firsts = lex.phrases
        hits: list[Hit] = []
        singles = 0
        prev = ""
        prev_start = 0
        pos = 0
        find = folded.find
        pairs = lex.phrase_pairs
        long_phrase = False
        # Whitespace-separated chunks, sentence punctuation trimmed: a plain word is one
        # dict lookup; only words with digits, symbols or inner punctuation, and long
        # unknown words that may be compounds (shit+bag, dumb+ass), take the slow road.
        for chunk in folded.split():
            pos = find(chunk, pos)
            w = chunk.strip(_PUNCT)
            if not w:
                pos += len(chunk)
                continue
            start = pos if len(w) == len(chunk) else pos + chunk.find(w)
            if w.isalpha():
                term = get(w)
                if term is not None:
                    hits.append((start, start + len(w), term, "exact"))
                elif len(w) >= 6 and w[:3] in prefix3:
                    term = self.speller._compound(w)
                    if term is not None:
                        hits.append((start, start + len(w), term, "compound"))
                elif len(w) == 1:
                    singles += 1
                if prev and (prev, w) in pairs:
                    phrase = pairs[prev, w]
                    if phrase is None:
                        long_phrase = True
                    else:
                        hits.append((prev_start, start + len(w), phrase, "phrase"))
                prev, prev_start = w, start
            elif not w.isdigit():
                prev = ""
                term = get(w.translate(LEET))
                if term is not None:
                    hits.append((start, start + len(w), term, "leet"))
                elif w[0] != "@":  # a mention is a handle, not a word
                    for m in TOKEN.finditer(w):
                        sub = m.group()
                        term = get(sub)
                        if term is not None:
                            hits.append((start + m.start(), start + m.end(), term, "exact"))
                        elif not sub.isalpha():
                            hits.extend(self._odd(sub, start + m.start()))
            pos += len(chunk)
        if long_phrase and lex.phrase_rx is not None:
            for m in lex.phrase_rx.finditer(folded):
                term = lex.phrase_terms.get(" ".join(m.group().split()))
                if term is not None:
                    hits.append((m.start(), m.end(), term, "phrase"))
        if _TRIPLE.search(folded):
            hits.extend(self._stretched(folded))
        if singles >= 3:
            for m in _SPACED.finditer(folded):
                hit = self._spaced(m)
                if hit is not None:
                    hits.append(hit)
        if not hits:
            return []
        return self._accept(doc, hits)

    def _odd(self, w: str, start: int) -> list[Hit]:
        """A word with digits, symbols or separators: trim punctuation, then spell it."""
        if w[0] == "@":  # a mention, unless it is a leet spelling (@ss)
            term = self.lexicon.words.get(deleet(w))
            return [(start, start + len(w), term, "leet")] if term is not None else []
        clean = w.lstrip(_LEAD_JUNK).rstrip(_TRAIL_JUNK)
        if len(clean) < 2 or clean.isdigit() or clean.isalpha():
            return []
        if clean.replace("'", "").replace("’", "").isalpha():
            return []  # plain words around an apostrophe: the exact pass saw them
        lo = start + w.index(clean)
        return [(lo + a, lo + b, t, how) for a, b, t, how in self.speller.match_token(clean)]

    def _stretched(self, folded: str) -> list[Hit]:
        """Words with a letter held too long (``fuuuck``, ``biiitch``)."""
        out: list[Hit] = []
        seen = -1
        for m in _TRIPLE.finditer(folded):
            if m.start() < seen:
                continue
            s = m.start()
            while s and _WORD_AT.match(folded, s - 1, s):
                s -= 1
            word = _WORD_AT.match(folded, s)
            if word is None:
                continue
            seen = word.end()
            w = word.group().rstrip(_TRAIL_JUNK)
            if w.isalpha() and w not in self.lexicon.words:
                r = self.speller.match_word(w)
                if r is not None:
                    out.append((s, s + len(w), r[0], r[1]))
        return out

    def _spaced(self, m: re.Match[str]) -> Hit | None:
        """A word spelled with spaces or dots between its letters (``f u c k``)."""
        letters = [x.group() for x in _LETTER.finditer(m.group())]
        starts = [m.start() + x.start() for x in _LETTER.finditer(m.group())]
        for lo, hi in ((0, len(letters)), (1, len(letters)), (0, len(letters) - 1)):
            if hi - lo >= 3:
                r = self.speller.match_word("".join(letters[lo:hi]))
                if r is not None:
                    return starts[lo], starts[hi - 1] + 1, r[0], "spaced"
        return None

    def _accept(self, doc: Doc, hits: list[Hit]) -> list[Finding]:
        """Apply sense checks, severity threshold and the allow-list; drop overlaps."""
        lex = self.lexicon
        folded, text = doc.folded, doc.text
        innocent: set[int] | None = None
        all_words: set[str] | None = None
        out: list[Finding] = []
        last_end = -1
        if len(hits) > 1:
            hits.sort(key=_by_position)
        for start, end, term, how in hits:
            if start < last_end or term.severity < self.min_severity:
                continue
            if term.checked:  # a term with senses, languages or spellings to check
                if term.leet_only and how not in ("leet", "masked"):
                    continue
                if term.key in lex.innocent_keys and lex.innocent_rx is not None:
                    if innocent is None:
                        innocent = {i for m in lex.innocent_rx.finditer(folded)
                                    for i in range(*m.span())}
                    if start in innocent:
                        continue
                if term.languages:
                    if all_words is None:
                        all_words = set(_CONTEXT_WORD.findall(folded))
                    if looks_like(all_words, term.languages):
                        continue
            if term.ambiguous or _maybe_mention(folded, start):
                before = _CONTEXT_WORD.findall(folded, max(0, start - 48), start)[-3:]
                if before and before[-1] in lex.mention_markers:
                    continue
                if term.ambiguous:
                    after = _CONTEXT_WORD.findall(folded, end, end + 24)
                    if not insulting(before, folded[start:end], after[0] if after else "",
                                     term, lex):
                        continue
            if len(term.key) <= 4 and text.startswith(_ELLIPSES, end):
                continue  # a word cut off by truncation ("... last nig…")
            if self.allowed is not None and self.allowed.fullmatch(folded, start, end):
                continue
            last_end = end
            out.append(Finding(term.finding_type, start, end, text[start:end], "profanity",
                               "", term.score, None, (*term.detail, ("read", how))))
        return out


def _by_position(hit: Hit) -> tuple[int, int]:
    return hit[0], -hit[1]


def _maybe_mention(folded: str, start: int) -> bool:
    """Cheap test for "the word X", "the slur X" before a term."""
    window = folded[max(0, start - 8):start]
    return "word" in window or "term" in window or "slur" in window
