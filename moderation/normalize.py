"""The normalised form of a text: folded characters and word tokens with original offsets.

Folding maps every character to exactly one character (lower case, Latin look-alikes,
fullwidth and styled letters to ASCII, invisible characters and combining marks to a
joiner), so an offset in the folded text is the same offset in the original. It is one
``str.translate`` call plus one regex pass: linear in the length of the text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from moderation.confusables import JOIN, build_fold_table

FOLD_TABLE = build_fold_table()

# A word: starts with a letter, digit or disguise symbol ($hit, @ss, |), continues through
# letters, digits, masks and joiners; separators and "!" only between word characters
# (f.u.c.k, sh!t), so sentence punctuation never sticks to a word.
# Possessive quantifiers keep this a single forward pass (no backtracking).
TOKEN = re.compile(r"[\w@$|*\u00ad]++(?:[#.'\u2019~!\-(]++[\w@$|*\u00ad]++)*+")
_TOKEN = re.compile(
    r"(?:[^\W_]|[@$|\u00ad])(?:[^\W_]|[@$*#|\u00ad]|[.\-_'\u2019~!]+(?=[^\W_]|[@$*#|\u00ad]))*"
)
_EDGE_JUNK = ".-_'\u2019~!*#|\u00ad"
_SEPARATORS = re.compile(r"[.\-_'\u2019~\u00ad]+")
_RUNS = re.compile(r"(.)\1+")
LEET = _LEET = str.maketrans("0134578@$!|+9(", "oieastbasilt" + "gc")
_LEET_ALT = str.maketrans("1|", "li")
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|net|org|co|io|ly|be)/\S*", re.I)


class Token(NamedTuple):
    """A word of the folded text: its span in the original and its folded form."""

    start: int
    end: int
    word: str


def fold(text: str) -> str:
    """Fold a text to its comparison form; the result has the same length as the input."""
    return text.translate(FOLD_TABLE)


def _strip_edges(folded: str, start: int, end: int) -> tuple[int, int]:
    """Drop separators and masks hanging off the ends of a token (``bitch!``, ``'word``)."""
    while end > start and folded[end - 1] in _EDGE_JUNK:
        end -= 1
    while start < end and folded[start] in _EDGE_JUNK and folded[start] != "*":
        start += 1
    return start, end


def url_spans(text: str, low: str | None = None, shape: str | None = None) -> list[tuple[int, int]]:
    """Spans of links; words inside a link are not the author's words.

    Every link lies inside one whitespace-separated run holding a "/" or a "www". With
    the text in lower case and its shape (whitespace as " ", see ``Doc``), only those
    runs are searched; otherwise the whole text.
    """
    if "/" not in text and "www" not in text:
        return []
    if low is None or shape is None:
        return [m.span() for m in _URL.finditer(text)]
    runs = set()
    n = len(text)
    for anchor in ("/", "www"):
        p = low.find(anchor)
        while p >= 0:
            e = shape.find(" ", p)
            e = n if e < 0 else e
            runs.add((shape.rfind(" ", 0, p) + 1, e))
            p = low.find(anchor, e)
    return [m.span() for s, e in sorted(runs) for m in _URL.finditer(text, s, e)]


def tokenize(folded: str) -> list[Token]:
    """Split folded text into word tokens; a leading ``@word`` is kept for leet (``@ss``)."""
    out = []
    append = out.append
    for m in _TOKEN.finditer(folded):
        start, end = m.span()
        word = m.group()
        if word[-1] in _EDGE_JUNK or word[0] in _EDGE_JUNK:
            start, end = _strip_edges(folded, start, end)
            if start >= end:
                continue
            word = folded[start:end]
        if JOIN in word:
            word = word.replace(JOIN, "")
            if not word:
                continue
        append(Token(start, end, word))
    return out


def split_separators(word: str) -> list[str]:
    """The pieces of a word between inner separators (``f.u.c.k`` -> f, u, c, k)."""
    return [p for p in _SEPARATORS.split(word) if p]


def unseparate(word: str) -> str:
    """A word with inner separators removed (``f.u.c.k`` -> ``fuck``)."""
    return _SEPARATORS.sub("", word)


def deleet(word: str) -> str:
    """Read digits and symbols as the letters they stand for (``b1tch`` -> ``bitch``)."""
    return word.translate(_LEET)


def deleet_alt(word: str) -> str:
    """The second reading of ambiguous symbols (``1`` and ``|`` as ``l``)."""
    return word.translate(_LEET_ALT).translate(_LEET)


def squeeze(word: str) -> str:
    """Collapse repeated letters (``fuuuck`` -> ``fuck``)."""
    return _RUNS.sub(r"\1", word)


def run_lengths(word: str) -> tuple[int, ...]:
    """Length of each run of equal letters, the shape that ``squeeze`` forgets."""
    return tuple(len(m.group()) for m in re.finditer(r"(.)\1*", word))
