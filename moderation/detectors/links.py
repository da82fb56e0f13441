"""Spam signals: too many links, and the same word flooded over and over."""

from __future__ import annotations

import re

from moderation.detectors.base import Doc, finding
from moderation.verdict import Finding

_FLOOD = re.compile(r"(?i)\b(\w{2,})\b(?:\W+\1\b){9,}")


def _repetitive(text: str) -> bool:
    """Cheap test: at least ten words and no more than a third of them distinct."""
    words = text.lower().split()
    return len(words) >= 10 and len(set(words)) * 3 <= len(words)


class LinksDetector:
    """More links than the policy allows, or one word repeated ten times or more."""

    name = "links"

    def __init__(self, max_links: int = 4) -> None:
        self.max_links = max_links

    def detect(self, doc: Doc) -> list[Finding]:
        """A LINKS finding per link beyond the limit, a FLOOD finding per flooded run."""
        out = [finding("LINKS", doc, s, e, self.name, 0.8)
               for s, e in doc.urls[self.max_links:]]
        text = doc.text
        if len(text) > 40 and _repetitive(text):
            out.extend(finding("FLOOD", doc, m.start(), m.end(), self.name, 0.6)
                       for m in _FLOOD.finditer(text))
        return out
