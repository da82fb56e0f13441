"""Dates of birth: a date next to a word that says it is one ("born", "DOB" ...).

A date alone is not personal data ("released on 12/03/1985"); the same date after
"born" or "date of birth" is. The cues are ``pii_cues.DOB_CUES``; the finding is the
date, so that redacting it keeps the sentence readable.
"""

from __future__ import annotations

import re

from moderation.detectors.base import Doc, finding
from moderation.detectors.pii_cues import DOB_CUES, DOB_GAP_WORDS
from moderation.detectors.pii_screen import windows_around
from moderation.verdict import Finding

_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_YEAR = r"(?:1[89]|20)\d\d"
_ORD = r"(?:st|nd|rd|th)?"
_DATE = re.compile(
    r"(?i)(?<![\w./-])(?:"
    rf"(?P<y1>{_YEAR})[-/.](?P<m1>\d{{1,2}})[-/.](?P<d1>\d{{1,2}})"
    rf"|(?P<a>\d{{1,2}})[-/.](?P<b>\d{{1,2}})[-/.](?P<y2>{_YEAR}|\d\d)"
    rf"|(?P<d3>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?:{_MONTHS})\.?,?\s+(?P<y3>{_YEAR})"
    rf"|(?:{_MONTHS})\.?\s+(?P<d4>\d{{1,2}}){_ORD},?\s+(?P<y4>{_YEAR})"
    r")(?![\w/]|[.-]\d)"
)
_CUE = re.compile(r"(?i)(?<![\w.])(?:" + "|".join(DOB_CUES) + r")(?!\w)")


_CUE_HINTS = ("born", "birth", "dob", "d.o.b", " b.", "(b.", "nee ", " ne ", "geb")


def _may_have_cue(folded: str) -> bool:
    """Cheap test before the cue regex runs: substring tests on the folded text, which
    has no accents ("née" reads "nee", "né le" reads "ne le"). Each test is as narrow as
    the cue: "nee" alone would pass every "need", "b." every "dumb."."""
    return (
        "born" in folded
        or "birth" in folded
        or "dob" in folded
        or "d.o.b" in folded
        or " b." in folded
        or "(b." in folded
        or "nee " in folded
        or " ne " in folded
        or "geb" in folded
    )


# How far after a cue its date may start, and how far before a cue it may end
# ("12/03/1985 (DOB)").
_AFTER, _BEFORE = 40, 12
# A sentence ends between the cue and the date: they do not belong together.
_BREAK = re.compile(r"[.!?]\s|\n\s*\n|;")
_GAP_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _together(text: str, start: int, end: int) -> bool:
    """Whether a cue and a date with text[start:end] between them belong together: no
    sentence end, and only gap words or capitalised words (places) between."""
    if _BREAK.search(text, start, end):
        return False
    return all(
        w[0].isupper() or w.lower() in DOB_GAP_WORDS for w in _GAP_WORD.findall(text, start, end)
    )


def _plausible(m: re.Match[str]) -> bool:
    """Day and month in range (either order for numeric dates)."""
    g = m.groupdict()
    if g["y1"]:
        return 1 <= int(g["m1"]) <= 12 and 1 <= int(g["d1"]) <= 31
    if g["a"]:
        a, b = int(g["a"]), int(g["b"])
        return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
    day = int(g["d3"] or g["d4"])
    return 1 <= day <= 31


class DateOfBirthDetector:
    """Dates announced as dates of birth (DATE_OF_BIRTH)."""

    name = "dob"
    # Screened skips it in a text with fewer digits (the shortest date with a year: 3/3/85).
    min_digits = 4

    def detect(self, doc: Doc) -> list[Finding]:
        """Dates of birth in the text."""
        if doc.digits < 4:  # the shortest date with a year: 3/3/85
            return []
        if not _may_have_cue(doc.folded):
            return []
        text = doc.text
        out = []
        # Only around the cue words: a long post costs in proportion to its cues.
        for lo, hi in windows_around(doc.folded, _CUE_HINTS, _BEFORE + 24, _AFTER + 30):
            cues = [m.span() for m in _CUE.finditer(text, lo, hi)]
            if not cues:
                continue
            for m in _DATE.finditer(text, lo, hi):
                s, e = m.span()
                if not _plausible(m):
                    continue
                for cs, ce in cues:
                    if (0 <= s - ce <= _AFTER and _together(text, ce, s)) or (
                        0 <= cs - e <= _BEFORE and _together(text, e, cs)
                    ):
                        out.append(finding("DATE_OF_BIRTH", doc, s, e, self.name, 0.8))
                        break
        return out
