"""Words glued together: camelCase (``YouAreAnAsshole``) and hashtags (``#fuckthis``),
split into the words a reader sees so that the profanity detector can read each one.

CamelCase is split where the case changes; a hashtag in one case is split into the
fewest words of the English dictionary and the lexicon (``#expertsexchange`` reads
*experts exchange*, not *expert sex change*). Ambiguous terms among the parts are judged
by the insult grammar with the other parts as their context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from moderation.detectors.senses import insulting
from moderation.lexicon import Lexicon, Term

Hit = tuple[int, int, Term, str]  # start, end, term, how it was read

_HASHTAG = re.compile(r"(?<![\w@])#([^\W\d_]{4,})(?=\d*\b)")
_CAMEL_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_CAMEL = re.compile(r"[a-z][A-Z]")
MAX_GLUED = 40  # letters: longer runs are not split (the work grows with the square)
_ONE_LETTER_WORDS = frozenset("ai")
_GLUED_SUFFIXES = ("ing", "ed", "s", "y")


def may_hold_glued(text: str, shape: bytes | None) -> bool:
    """Cheap test: whether the text may hold a hashtag or a camelCase word (for ASCII
    text, substring tests on its byte shape; see ``Doc.shape``)."""
    if shape is not None:
        return b"aA" in shape or b"#a" in shape or b"#A" in shape
    return "#" in text or _CAMEL.search(text) is not None


# A camelCase word inside a whitespace-separated chunk (not a #tag, @handle or identifier
# with digits or underscores).
_CAMEL_WORD = re.compile(r"(?<![#@\w])[A-Za-z]*[a-z][A-Z][A-Za-z]*(?!\w)")


def glued_words(chunk: str) -> Iterator[tuple[int, str]]:
    """The hashtags (without #) and camelCase words of one chunk, with where they start."""
    if "#" in chunk:
        for m in _HASHTAG.finditer(chunk):
            yield m.start(1), m.group(1)
    for m in _CAMEL_WORD.finditer(chunk):
        if m.end() - m.start() >= 5:
            yield m.start(), m.group()


class Splitter:
    """Finds glued words and reads their parts against one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._split = lru_cache(maxsize=4096)(self._fewest_words)
        self._readings = lru_cache(maxsize=16384)(self._reading)
        self._chunks = _Chunks(self._chunk)
        ctx = lexicon.context
        self.determiners = (
            ctx["modifiers"]
            | ctx["articles"]
            | ctx["second_person"]
            | ctx["copulas"]
            | {"this", "that"}
        ) - {"the", "of", "one", "old"}

    def hits(self, text: str) -> list[Hit]:
        """Terms among the parts of the glued words of a text, offsets in the text.

        Each whitespace-separated chunk is read once per process (most read as nothing),
        so a text costs a dict lookup per chunk; callers first ask ``may_hold_glued``."""
        chunks = text.split()
        readings = list(map(self._chunks.__getitem__, chunks))
        if not any(readings):
            return []
        out: list[Hit] = []
        pos = 0
        for chunk, found in zip(chunks, readings, strict=True):
            at = text.find(chunk, pos)
            pos = at + len(chunk)
            out += [(at + a, at + b, term, how) for a, b, term, how in found]
        return out

    def _chunk(self, chunk: str) -> tuple[Hit, ...]:
        """The terms in the glued words of one chunk, offsets in the chunk."""
        out: list[Hit] = []
        for start, word in glued_words(chunk):
            if len(word) <= MAX_GLUED:
                out += [(start + a, start + b, t, how) for a, b, t, how in self._readings(word)]
        return tuple(out)

    def _reading(self, word: str) -> tuple[Hit, ...]:
        """The terms among the parts of one glued word, offsets in the word."""
        if _CAMEL.search(word):
            parts = [(p.start(), p.group().lower()) for p in _CAMEL_PART.finditer(word)]
            how = "camel"
        else:
            parts = self._split(word.lower())
            how = "hashtag"
        return tuple(self._read(parts, how))

    def _read(self, parts: list[tuple[int, str]], how: str) -> Iterator[Hit]:
        """Terms among the parts: strong ones as they are, ambiguous ones in an insult."""
        words = [w for _, w in parts]
        get = self.lexicon.words.get
        english = self.lexicon.english
        for k, (offset, w) in enumerate(parts):
            term = get(w)
            if term is None and w not in english:
                for suffix in _GLUED_SUFFIXES:  # stopKikeing: a suffix glued on by hand
                    if term is None and w.endswith(suffix) and len(w) > len(suffix) + 2:
                        term = get(w[: -len(suffix)])
            if term is None:
                continue
            if term.ambiguous:
                # Glued after a modifier or determiner (#BigDickEnergy, TotalPrickMove)
                # or in an insult, an ambiguous term is used in its profane sense.
                nxt = words[k + 1] if k + 1 < len(words) else ""
                before = words[k - 1] if k else ""
                if before not in self.determiners and not insulting(
                    words[:k], w, nxt, term, self.lexicon
                ):
                    continue
            yield offset, offset + len(w), term, how

    def _fewest_words(self, body: str) -> list[tuple[int, str]]:
        """The body split into the fewest dictionary or lexicon words (none if it cannot
        be, or if it is one word already)."""
        english, terms = self.lexicon.english, self.lexicon.words
        if body in english:
            return []
        if body in terms:
            return [(0, body)]
        n = len(body)
        best: list[tuple[int, int] | None] = [None] * (n + 1)  # (pieces, previous cut)
        best[0] = (0, 0)
        for end in range(1, n + 1):
            for begin in range(max(0, end - 24), end):
                if best[begin] is None:
                    continue
                piece = body[begin:end]
                if len(piece) == 1 and piece not in _ONE_LETTER_WORDS:
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


class _Chunks(dict):
    """Readings of the chunks seen lately (emptied when full; a pure function of the chunk)."""

    def __init__(self, read: Callable[[str], tuple[Hit, ...]]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, chunk: str) -> tuple[Hit, ...]:
        if len(self) >= 1 << 16:
            self.clear()
        found = self[chunk] = self.read(chunk)
        return found
