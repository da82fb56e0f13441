"""The last look at personal-data findings before they leave their detector.

Three rules drop findings that only look like personal data:

- inside Markdown code (inline, fenced or indented): a program or log, not the author's
  data;
- a number glued to a token with digits in it ("a716-446655440000" in a UUID, the tail
  of a commit hash) is part of a longer token;
- a number announced by a look-alike word ("Order #114-3941689-8772232", "ISBN
  0 306 40615 2", "version 192.168.1.4"): ``pii_cues.LOOKALIKE_CUES``.

Findings are dropped, never moved, so every offset stays valid. The rules run only on
the findings the detectors return, so a text without any costs nothing more.
"""

from __future__ import annotations

import re

from moderation.detectors.base import Detector, Doc
from moderation.detectors.markdown import inside
from moderation.detectors.pii_cues import FILLERS, LOOKALIKE_WORDS, NUMERIC_TYPES
from moderation.verdict import Finding

# Words and the "#" and ":" that may stand between a cue and its number.
_TOKEN = re.compile(r"[\w][\w\-]*|[#:]")
# How far back a cue may stand (after fillers: "my order number is").
_LOOKBACK = 40
# The token a number is glued to: letters, digits and hyphens ("41d4-a" before "716").
_RUN_BEFORE = re.compile(r"[A-Za-z0-9\-]+$")
_RUN_AFTER = re.compile(r"[A-Za-z0-9\-]+")


def announced(text: str, start: int) -> bool:
    """Whether the nearest word before ``start``, after fillers, is a look-alike cue."""
    window = text[max(0, start - _LOOKBACK) : start].lower()
    for word in reversed(_TOKEN.findall(window)):
        if word in FILLERS:
            continue
        return word in LOOKALIKE_WORDS
    return False


def glued(text: str, f: Finding) -> bool:
    """Whether a number runs straight into a token that holds digits too (the tail of a
    UUID or commit hash, a UPS "1Z..." number); "is415-555-0132" is only a missed space."""
    if f.text[:1].isdigit() and f.start and text[f.start - 1].isalnum():
        run = _RUN_BEFORE.search(text, max(0, f.start - _LOOKBACK), f.start)
        if run and any(c.isdigit() for c in run.group()):
            return True
    if f.text[-1:].isdigit() and f.end < len(text) and text[f.end].isalnum():
        run = _RUN_AFTER.match(text, f.end)
        if run and any(c.isdigit() for c in run.group()):
            return True
    return False


def windows_around(
    folded: str, needles: tuple[str, ...], before: int, after: int
) -> list[tuple[int, int]]:
    """Merged stretches of text around every occurrence of the needles (C-level finds),
    each widened to whole words: a detector that needs one of these words searches only
    there, so a long post costs in proportion to its cues, not its length."""
    spans = []
    for needle in needles:
        i = folded.find(needle)
        while i != -1:
            spans.append((max(0, i - before), i + len(needle) + after))
            i = folded.find(needle, i + 1)
    spans.sort()
    out: list[list[int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    n = len(folded)
    for w in out:  # whole words at both ends
        while w[0] > 0 and not folded[w[0] - 1].isspace():
            w[0] -= 1
        while w[1] < n and not folded[w[1]].isspace():
            w[1] += 1
        w[1] = min(w[1], n)
    return [(lo, hi) for lo, hi in out]


def screen(doc: Doc, found: list[Finding]) -> list[Finding]:
    """The findings that survive the three rules."""
    text = doc.text
    code = doc.code_spans
    return [
        f
        for f in found
        if not (code and inside(code, f.start, f.end))
        and not (f.type in NUMERIC_TYPES and (glued(text, f) or announced(text, f.start)))
    ]


class Screened:
    """Personal-data detectors run as one: their findings pass through ``screen``.

    One group call instead of a wrapper per detector: a text with nothing for them
    costs the same loop as before. A member that needs more digits than the text has
    (its ``min_digits``: a card needs a run of six) is not called at all.
    """

    __slots__ = ("_by_digits", "detectors", "name")

    def __init__(self, detectors: tuple[Detector, ...]) -> None:
        self.detectors = detectors
        self.name = "personal_data"
        # _by_digits[k]: the members, in order, that may find something in a text with
        # k digits (the last entry serves any number beyond).
        needs = [getattr(d, "min_digits", 0) for d in detectors]
        self._by_digits = tuple(
            tuple(d for d, n in zip(detectors, needs, strict=True) if n <= k)
            for k in range(max(needs, default=0) + 1)
        )

    def detect(self, doc: Doc) -> list[Finding]:
        """The members' findings, screened."""
        by_digits = self._by_digits
        digits = doc.digits
        found: list[Finding] = []
        for d in by_digits[digits if digits < len(by_digits) else -1]:
            found += d.detect(doc)
        return screen(doc, found) if found else found
