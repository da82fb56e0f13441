"""Spam signals: too many links, and the same word flooded over and over."""

from __future__ import annotations

import re
from operator import eq

from moderation.detectors.base import Doc, finding
from moderation.verdict import Finding

_FLOOD = re.compile(r"(?i)\b(\w{2,})\b(?:\W+\1\b){9,}")


def _repetitive(chunks: list[str]) -> bool:
    """Whether the same word stands ten times in a row (punctuation aside)."""
    run, prev = 1, None
    for chunk in chunks:
        word = chunk.strip(",.;:!?")
        run = run + 1 if word == prev else 1
        if run >= 10:
            return True
        prev = word
    return False


class LinksDetector:
    """More links than the policy allows, or one word repeated ten times or more."""

    name = "links"

    def __init__(self, max_links: int = 4) -> None:
        self.max_links = max_links

    def detect(self, doc: Doc) -> list[Finding]:
        """A LINKS finding per link beyond the limit, a FLOOD finding per flooded run."""
        urls = doc.urls
        out = (
            [finding("LINKS", doc, s, e, self.name, 0.8) for s, e in urls[self.max_links :]]
            if len(urls) > self.max_links
            else []
        )
        chunks = doc.chunks
        # Cheap test first: in a run of ten, two chunks eight apart are equal even if
        # the last one differs by its punctuation ("buy, buy, ... buy"): a pass in C
        # rules out most texts.
        if len(chunks) >= 10 and any(map(eq, chunks, chunks[8:])) and _repetitive(chunks):
            out.extend(
                finding("FLOOD", doc, m.start(), m.end(), self.name, 0.6)
                for m in _FLOOD.finditer(doc.text)
            )
        return out
