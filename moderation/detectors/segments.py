"""Words glued together, split into the words a reader sees so that the profanity detector
can read each one: hashtags (``#fuckthis``) and camelCase words (``YouAreAnAsshole``).

A hashtag in one case is split into the fewest words of the English dictionary and the
lexicon (``#expertsexchange`` reads *experts exchange*, not *expert sex change*); parts other
than a few short function words must have three letters. The profanity detector reads each
whitespace-separated chunk once per process, so a hashtag seen before costs nothing. A
camelCase word is split where the case changes; the text is searched for one only when a
case change stands outside @handles, #tags and links. A strong term among the parts counts;
an ambiguous one only after a modifier or determiner or in an insult (*totaldickmove*, not
*mobydick*). Plain unknown words are not split: surnames fall apart too easily (Ass+man).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from moderation.detectors.senses import insulting
from moderation.lexicon import Lexicon, Term

Hit = tuple[int, int, Term, str]  # start, end, term, how it was read

MAX_GLUED = 40  # letters: longer runs are not split (the work grows with the square)
MAX_PART = 24
# Parts shorter than three letters that a glued phrase may hold.
SHORT_WORDS = frozenset(
    [
        "a",
        "i",
        "an",
        "am",
        "as",
        "at",
        "be",
        "by",
        "do",
        "go",
        "he",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "on",
        "or",
        "so",
        "to",
        "up",
        "us",
        "we",
        "ya",
        "ur",
        "u",
    ]
)
_SUFFIXES = ("ing", "ed", "s", "y")  # a suffix glued on by hand: stopkikeing
# A camelCase word (not an @handle, #tag or identifier with digits or underscores); on
# the byte shape of ASCII text (letters a/A, digits 0) a cheap test for one.
_CAMEL_WORD = re.compile(r"(?<![#@\w])[A-Za-z]*[a-z][A-Z][A-Za-z]*(?!\w)")
_CAMEL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


# On the reversed shape: a case change ("Aa" reversed) followed by no "@", "#" or "/"
# up to the blank before its chunk (or the start of the text). Reversed, so that the
# search starts from the literal "Aa" and reads forwards.
_CAMEL_SHAPE_REVERSED = re.compile(r"Aa[^ @#/]*(?: |\Z)")


def camel_outside_handles(shape: str) -> bool:
    """Whether a case change (aA) stands in a chunk that is no @handle, #tag or link,
    found with one regex search of the text's byte shape (handles hold most of them)."""
    return _CAMEL_SHAPE_REVERSED.search(shape[::-1]) is not None


class Splitter:
    """Splits glued words and reads their parts against one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        ctx = lexicon.context
        self.determiners = (
            ctx["modifiers"]
            | ctx["articles"]
            | ctx["second_person"]
            | ctx["copulas"]
            | {"this", "that"}
        ) - {"the", "of", "one", "old"}
        self._split = lru_cache(maxsize=4096)(self._fewest_words)

    def read(self, word: str) -> list[Hit]:
        """The terms among the parts of a hashtag's lower-case word, offsets in the word."""
        if len(word) > MAX_GLUED:
            return []
        parts = self._split(word)
        return list(self._read(parts)) if len(parts) > 1 else []

    def camel_hits(self, text: str, shape: str | None) -> list[Hit]:
        """Terms among the parts of the camelCase words of a text (YouAreAnAsshole): the
        case says where the words are. Most texts stop at the cheap test."""
        if shape is not None and not camel_outside_handles(shape):
            return []
        out: list[Hit] = []
        for m in _CAMEL_WORD.finditer(text):
            word = m.group()
            if 5 <= len(word) <= MAX_GLUED:
                out += [
                    (m.start() + a, m.start() + b, t, how) for a, b, t, how in self._camel(word)
                ]
        return out

    @lru_cache(maxsize=4096)  # noqa: B019  (one Splitter per policy, kept for its life)
    def _camel(self, word: str) -> tuple[Hit, ...]:
        """The terms among the parts of one camelCase word."""
        parts = [(p.start(), p.group().lower()) for p in _CAMEL_PART.finditer(word)]
        return tuple(self._read(parts))

    def _read(self, parts: list[tuple[int, str]]) -> Iterator[Hit]:
        """Strong terms among the parts, and ambiguous ones used as insults."""
        words = [w for _, w in parts]
        get = self.lexicon.words.get
        english = self.lexicon.english
        for k, (offset, w) in enumerate(parts):
            term = get(w)
            if term is None and w not in english:
                for suffix in _SUFFIXES:
                    if term is None and w.endswith(suffix) and len(w) > len(suffix) + 2:
                        term = get(w[: -len(suffix)])
            if term is None:
                continue
            if term.ambiguous:
                nxt = words[k + 1] if k + 1 < len(words) else ""
                before = words[k - 1] if k else ""
                if before not in self.determiners and not insulting(
                    words[:k], w, nxt, term, self.lexicon
                ):
                    continue
            yield offset, offset + len(w), term, "glued"

    def _fewest_words(self, body: str) -> list[tuple[int, str]]:
        """The body split into the fewest dictionary or lexicon words (none if it cannot
        be), as (offset, part)."""
        english, terms = self.lexicon.english, self.lexicon.words
        n = len(body)
        best: list[tuple[int, int] | None] = [None] * (n + 1)  # (pieces, previous cut)
        best[0] = (0, 0)
        for end in range(1, n + 1):
            for begin in range(max(0, end - MAX_PART), end):
                if best[begin] is None:
                    continue
                piece = body[begin:end]
                if len(piece) < 3 and piece not in SHORT_WORDS:
                    continue
                if piece in english or piece in terms:
                    count = best[begin][0] + 1
                    if best[end] is None or count < best[end][0]:
                        best[end] = (count, begin)
        if best[n] is None:
            return []
        parts = []
        end = n
        while end:
            begin = best[end][1]
            parts.append((begin, body[begin:end]))
            end = begin
        return parts[::-1]
