"""Passport numbers: a passport cue, then within a few words a 6-9 character number.

Passport numbers have no checksum anyone can verify from outside and no shape of their
own (nine digits in the US and UK, "C01X00T47" in Germany), so only the cue makes one:
"passport no. X1234567" is a passport number, "X1234567" alone is not.
"""

from __future__ import annotations

import re

from moderation.detectors.base import Doc, finding
from moderation.detectors.pii_cues import FILLERS, PASSPORT_CUES, PASSPORT_GAP_WORDS
from moderation.verdict import Finding

_CUE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(PASSPORT_CUES) + r")(?!\w)")
# Words after the cue; anything else ("," ".") between them is skipped.
_TOKEN = re.compile(r"[\w][\w'\-]*|[#:]")
_GAP = FILLERS | PASSPORT_GAP_WORDS
_MAX_WORDS = 5


def _passport_number(token: str) -> bool:
    """6-9 letters and digits, at least five of them digits."""
    return 6 <= len(token) <= 9 and token.isalnum() and sum(c.isdigit() for c in token) >= 5


class PassportDetector:
    """Passport numbers announced by a cue (PASSPORT)."""

    name = "passport"
    # Screened skips it in a text with fewer digits (the shortest passport number it reads).
    min_digits = 5

    def detect(self, doc: Doc) -> list[Finding]:
        """Passport numbers in the text."""
        if doc.digits < 5:
            return []
        folded = doc.folded
        if not (
            "passport" in folded
            or "passeport" in folded
            or "reisepass" in folded
            or "pasaporte" in folded
        ):
            return []
        text = doc.text
        out = []
        for cue in _CUE.finditer(text):
            for k, tok in enumerate(_TOKEN.finditer(text, cue.end(), cue.end() + 60)):
                word = tok.group()
                if k < _MAX_WORDS and word.lower().rstrip(".") in _GAP:
                    continue
                if _passport_number(word):
                    out.append(finding("PASSPORT", doc, tok.start(), tok.end(), self.name, 0.8))
                break
        return out
