"""Postcodes written after a street line, as the address detector reads them.

- UK: "10 Downing Street, London SW1A 2AA", "1 Piccadilly, Manchester M1 1AE";
- Germany, France, the Netherlands (4-5 digits, then the city): "Hauptstraße 5,
  10115 Berlin", "12 rue de Rivoli, 75001 Paris", "Damrak 1, 1012 LG Amsterdam";
- US ZIP codes after "City, ST" stay in ``pii_address._TRAILER``.

A street line with a postcode after it is an address even without a street word
("Piccadilly", "Damrak"): the branches here end at the street line and the trailers
take in the city and postcode, whose span is also reported as ZIP_CODE.
"""

from __future__ import annotations

import re

_UK = r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"
_CITY = r"[A-ZÀ-Þ][\w'\-]+"
# The continental form: an optional country letter ("D-"), then five digits, four and
# the two letters of a Dutch postcode, or four that are not a year ("Season 3, 2021").
_EU = r"(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}[ \t]?[A-Z]{2}(?!\w)|(?!19|20)\d{4})"

# Street lines that need their postcode to count (the lookahead keeps it out of the
# branch; the trailer below takes it in). Each with the cheap test of its window.
POSTCODE_BRANCHES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        rf"\b\d{{1,4}}[A-Za-z]?\s+(?:{_CITY}\s+){{0,2}}{_CITY}"
        rf"(?=,?\s+(?:{_CITY},?\s+){{0,2}}{_UK}\b)",
        # (Starting with a literal, so the regex engine skips ahead: cheap on long posts.)
        re.compile(r" \d[a-z]{2}\b"),
    ),
    (
        rf"\b{_CITY}(?:\s+{_CITY}){{0,2}}\s+\d{{1,4}}[A-Za-z]?(?=,\s*{_EU}\s+{_CITY})",
        re.compile(r",\s*(?:[a-z]{1,2}-)?\d{4,5}"),
    ),
)

# What may follow a street line: the city and the postcode, in either order.
TRAILERS = (
    re.compile(rf"[ \t]*,?[ \t]*(?:{_CITY},?[ \t]+){{0,2}}(?P<zip>{_UK})\b"),
    re.compile(rf"[ \t]*(?:,|\n)?[ \t]*(?P<zip>{_EU})[ \t]+{_CITY}(?:[ \t\-]{_CITY})?"),
)

_UK_OUTWARD = re.compile(r"[a-z]{1,2}\d[a-z\d]?")
_UK_INWARD = re.compile(r"\d[a-z]{2}")


def postcode_after_number(chunks: list[str], i: int) -> bool:
    """Cheap test on the folded words: whether the number word ``chunks[i]`` may be part
    of a postcode written after a street line ("london sw1a 2aa", "5, 10115 berlin")."""
    chunk = chunks[i].rstrip(",.")
    if i == 0:
        return False
    before = chunks[i - 1]
    if len(chunk) == 3 and _UK_INWARD.fullmatch(chunk):
        return _UK_OUTWARD.fullmatch(before) is not None
    return (
        4 <= len(chunk) <= 5
        and chunk.isdigit()
        and before.endswith(",")
        and before[:1].isdigit()
        and i + 1 < len(chunks)
    )
