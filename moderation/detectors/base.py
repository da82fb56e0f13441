"""What every detector shares: the per-call document and the detector protocol."""

from __future__ import annotations

import re
import string
from bisect import bisect_left, insort
from functools import lru_cache
from typing import Protocol

from moderation.confusables import JOIN
from moderation.detectors.markdown import code_spans
from moderation.normalize import fold, url_spans
from moderation.verdict import Action, Finding

# Six digits, grouped or not (an HTML character reference such as &#128514; is not).
_LONG_NUMBER = re.compile(r"\d(?:[ ().\-/]{0,2}\d){5}")
_DIGIT = re.compile(r"\d")
# How far around a long number an identifier, card or phone number may reach (an IBAN
# has up to 34 characters, its first digits may come after letters).
WINDOW_BEFORE, WINDOW_AFTER = 36, 28
_CHAR_REF = re.compile(r"&#\d+;")
_EMOJI_REF = re.compile(r"&#12[7-9]\d{3};")
_PUNCT_REF = re.compile(r"&#82[0-3]\d;")
_CHAR_REF_ANY = re.compile(r"&#(x[0-9a-f]{1,6}|\d{1,7});")
# The shape of an ASCII text, one byte per character: upper-case letters read "A",
# lower-case "a", digits "0", whitespace " ", everything else as itself. Cheap gates
# ask it with a C-level substring test instead of a regex pass over the text.
_SHAPE = bytes.maketrans(
    (string.ascii_uppercase + string.ascii_lowercase + string.digits).encode()
    + b"\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f",
    b"A" * 26 + b"a" * 26 + b"0" * 10 + b" " * 9,
)
# Decimal character references as shapes (&#128514; is an emoji, not a number).
_REF_SHAPE = re.compile(r"&#0{1,7};")


def _char_ref(m: re.Match[str]) -> str:
    """A character reference read in place: a letter (&#102; is f) followed by joiners,
    anything else (&#128514; is an emoji) as spaces, so that lengths stay equal."""
    return _read_ref(m.group())


@lru_cache(maxsize=1024)
def _read_ref(whole: str) -> str:
    """``_char_ref`` of one reference, kept for the references seen lately (imported
    text repeats the same few)."""
    ref = whole[2:-1]
    try:
        ch = chr(int(ref[1:], 16) if ref[0] == "x" else int(ref))
    except (ValueError, OverflowError):
        return whole
    ch = fold(ch)
    if len(ch) == 1 and ch.isalpha():
        return ch + JOIN * (len(whole) - 1)
    return " " * len(whole)


class Doc:
    """One text being moderated, with its normalised forms computed at most once.

    A Doc lives for one ``moderate()`` call; nothing is shared between calls.
    """

    __slots__ = (
        "_code",
        "_windows",
        "chunks",
        "digits",
        "folded",
        "has_digit",
        "shape",
        "text",
        "urls",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._windows: list[tuple[int, int]] | None = None
        self._code: list[tuple[int, int]] | None = None
        ascii_ = text.isascii()
        # A str, not bytes: ``b"x" in some_bytes`` first tries the needle as an int and
        # raises and clears a TypeError each time (CPython 3.11), a str test does not.
        self.shape = shape = text.encode().translate(_SHAPE).decode() if ascii_ else None
        # The cheap test in front of every number detector. The digits of an HTML
        # character reference (&#128514; is an emoji) are not a number.
        if shape is not None:
            if "&#" in shape:  # references are not digits
                shape = _REF_SHAPE.sub(" ", shape)
            self.digits = shape.count("0")
        elif _DIGIT.search(text) is None:
            self.digits = 0
        else:
            self.digits = len(_DIGIT.findall(_CHAR_REF.sub(" ", text) if "&#" in text else text))
        self.has_digit = self.digits > 0
        # The folded text (same length as the original); ASCII only needs lower case.
        folded = text.lower() if ascii_ else fold(text)
        # Spans of links in the text.
        self.urls: list[tuple[int, int]] = url_spans(text, folded, self.shape)
        if self.urls:  # words inside links are not the author's: blank them out
            parts, pos = [], 0
            for s, e in self.urls:
                parts += (folded[pos:s], " " * (e - s))
                pos = e
            parts.append(folded[pos:])
            folded = "".join(parts)
        if "&#" in folded:  # HTML character references, as imported text carries them
            # Emoji (&#127744;..) and quotation marks and dashes (&#8200;..) first, in one
            # C-level pass each; what is left is read one by one.
            folded = _EMOJI_REF.sub(" " * 9, folded)
            folded = _PUNCT_REF.sub(" " * 7, folded)
            if "&#" in folded:
                folded = _CHAR_REF_ANY.sub(_char_ref, folded)
        if "|<" in folded:  # the leetspeak k, two characters wide (|<ike): k + a joiner
            folded = folded.replace("|<", "k" + JOIN)
        self.folded = folded
        # Whitespace-separated pieces of the folded text, shared by the detectors.
        self.chunks = folded.split()

    @property
    def number_windows(self) -> list[tuple[int, int]]:
        """Stretches of text around every run of six or more digits (grouped or not).

        The number detectors search only here: a text without such a run costs them
        nothing, and a long post costs in proportion to its numbers, not its length.
        """
        if self._windows is None:
            windows: list[list[int]] = []
            if self.digits >= 6:
                text = self.text
                for m in _LONG_NUMBER.finditer(text):
                    s, e = m.span()
                    if s and text[s - 1] == "#":  # &#128514; is an emoji, not a number
                        continue
                    lo, hi = max(0, s - WINDOW_BEFORE), e + WINDOW_AFTER
                    if windows and lo <= windows[-1][1]:
                        windows[-1][1] = hi
                    else:
                        windows.append([lo, hi])
            self._windows = [(lo, min(hi, len(self.text))) for lo, hi in windows]
        return self._windows

    def may_contain(self, shape: str, rx: re.Pattern[str]) -> bool:
        """Whether the text may hold a match of ``rx``: a substring test on the text's
        shape (``shape`` must occur in every match's shape), the regex itself when the
        text is not ASCII."""
        if self.shape is not None:
            return shape in self.shape
        return rx.search(self.text) is not None

    @property
    def code_spans(self) -> list[tuple[int, int]]:
        """Markdown code (inline, fenced, indented), found on first use only."""
        if self._code is None:
            self._code = code_spans(self.text)
        return self._code

    @property
    def has_long_number(self) -> bool:
        """Whether six or more digits appear together (grouped or not)."""
        return bool(self.number_windows)


class Detector(Protocol):
    """A detector finds spans of one kind of content in a document."""

    name: str

    def detect(self, doc: Doc) -> list[Finding]:
        """Findings in the document; ``category`` is left empty for the pipeline to fill."""
        ...


def finding(
    type_: str,
    doc: Doc,
    start: int,
    end: int,
    detector: str,
    score: float = 1.0,
    action: Action | None = None,
    **detail: str,
) -> Finding:
    """Build an uncategorised finding for a span of the document."""
    return Finding(
        type_,
        start,
        end,
        doc.text[start:end],
        detector,
        "",
        score,
        action,
        tuple(sorted(detail.items())),
    )


class Spans:
    """Disjoint spans kept so far, with an O(log n) overlap test: many findings in a long
    text must not make checking for overlaps quadratic."""

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: dict[int, int] = {}

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a kept span."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._ends[self._starts[k - 1]] > start

    def add(self, start: int, end: int) -> None:
        """Keep [start, end) (the caller has checked it overlaps nothing)."""
        insort(self._starts, start)
        self._ends[start] = end
