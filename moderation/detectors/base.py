"""What every detector shares: the per-call document and the detector protocol."""

from __future__ import annotations

from typing import Protocol

from moderation.normalize import Token, fold, tokenize, url_spans
from moderation.verdict import Action, Finding


class Doc:
    """One text being moderated, with its normalised forms computed at most once.

    A Doc lives for one ``moderate()`` call; nothing is shared between calls.
    """

    __slots__ = ("_folded", "_tokens", "_urls", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._folded: str | None = None
        self._tokens: list[Token] | None = None
        self._urls: list[tuple[int, int]] | None = None

    @property
    def folded(self) -> str:
        """The folded text (same length as the original)."""
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    @property
    def tokens(self) -> list[Token]:
        """Word tokens of the folded text, links left out."""
        if self._tokens is None:
            tokens = tokenize(self.folded)
            urls = self.urls
            if urls:
                tokens = [t for t in tokens if not any(s <= t.start < e for s, e in urls)]
            self._tokens = tokens
        return self._tokens

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
