"""What every detector shares: the per-call document and the detector protocol."""

from __future__ import annotations

import re
from typing import Protocol

from moderation.normalize import fold, url_spans
from moderation.verdict import Action, Finding


# Six digits, grouped or not (an HTML character reference such as &#128514; is not).
_LONG_NUMBER = re.compile(r"\d(?:[ ().\-/]{0,2}\d){5}")
_DIGIT = re.compile(r"\d")


class Doc:
    """One text being moderated, with its normalised forms computed at most once.

    A Doc lives for one ``moderate()`` call; nothing is shared between calls.
    """

    __slots__ = ("_digit", "_folded", "_long_number", "_urls", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._urls: list[tuple[int, int]] | None = None
        self._long_number: bool | None = None
        self._digit: bool | None = None

    @property
    def has_digit(self) -> bool:
        """Whether the text contains any digit."""
        if self._digit is None:
            self._digit = _DIGIT.search(self.text) is not None
        return self._digit

    @property
    def folded(self) -> str:
        """The folded text (same length as the original)."""
        if self._folded is None:
            folded = fold(self.text)
            if self.urls:  # words inside links are not the author's: blank them out
                parts, pos = [], 0
                for s, e in self.urls:
                    parts += (folded[pos:s], " " * (e - s))
                    pos = e
                parts.append(folded[pos:])
                folded = "".join(parts)
            self._folded = folded
        return self._folded

    @property
    def has_long_number(self) -> bool:
        """Whether six or more digits appear together (grouped or not): the cheap test
        that lets most texts skip the phone, card, bank and identifier detectors."""
        if self._long_number is None:
            text = self.text
            self._long_number = self.has_digit and any(
                m.start() == 0 or text[m.start() - 1] != "#"
                for m in _LONG_NUMBER.finditer(text))
        return self._long_number

    @property
    def urls(self) -> list[tuple[int, int]]:
        """Spans of links in the text."""
        if self._urls is None:
            self._urls = url_spans(self.text)
        return self._urls


class Detector(Protocol):
    """A detector finds spans of one kind of content in a document."""

    name: str

    def detect(self, doc: Doc) -> list[Finding]:
        """Findings in the document; ``category`` is left empty for the pipeline to fill."""
        ...


def finding(type_: str, doc: Doc, start: int, end: int, detector: str, score: float = 1.0,
            action: Action | None = None, **detail: str) -> Finding:
    """Build an uncategorised finding for a span of the document."""
    return Finding(type_, start, end, doc.text[start:end], detector, "", score,
                   action, tuple(sorted(detail.items())))
