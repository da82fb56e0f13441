"""Street and mailing addresses, postal codes in an address, and names next to them.

No language model: addresses are recognised by their grammar — a house number next to
a street word ("12 Crown St", "Sludevej 13", "Via dei Fiorentini 17"), unit and box
lines, "City, ST 12345". Pieces on adjacent lines are merged into one address, so a
block like "583 Magrethevej 298 / Apt. 123 / Qasigiannguit / 07609" is one finding.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from moderation.detectors.base import Doc, finding
from moderation.detectors.pii_postcodes import POSTCODE_BRANCHES, TRAILERS, postcode_after_number
from moderation.normalize import fold
from moderation.verdict import Finding

# Street words that are street words in any case ("12 crown st", "4 main street").
_STREET_SUFFIXES = (
    "street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|ct|pl|ter|cir|sq|"
    "parkway|pkwy|highway|hwy|trl|crescent|cres|causeway|expressway|freeway|motorway|rte|"
    "turnpike|viaduct|str|strasse|straße|gasse|weg|platz|allee|vej|gade|laan|straat|plein|"
    "gatan|gata|vägen|väg|veien|vegen|katu|utca|ulica|sokak|caddesi|stravenue"
)
# Ordinary words that name streets only when capitalised ("10 Downing Place", but not
# "10 point", "2 way street").
_NAME_SUFFIXES = (
    "court|way|place|terrace|circle|square|trail|row|close|grove|gardens|walk|loop|pike|"
    "plaza|ridge|alley|crossing|junction|landing|manor|mews|path|port|route|spur|vista|"
    "ring|tie|union|estates|heights|hills|park|point|meadows|springs|village|villages"
)
_SUFFIXES = _STREET_SUFFIXES + "|" + _NAME_SUFFIXES
_SUFFIX_RX = (
    "(?:(?i:"
    + _STREET_SUFFIXES
    + ")|"
    + "|".join(f"{w.capitalize()}|{w.upper()}" for w in _NAME_SUFFIXES.split("|"))
    + ")"
)
_PREFIXES = (
    "via|viale|vicolo|piazza|piazzale|corso|largo|rue|avenue|boulevard|bd|chemin|allée|"
    "impasse|calle|avenida|av\\.|carrer|plaza|paseo|camino|rua|travessa|estrada|praça|"
    "strada|ulica|ul\\.|aleja|rambla|ronda|quai|route"
)
_WORD = r"[A-ZÀ-ÞĀ-Ž][\w'\u2019.\-]*"
_NUM = r"\d{1,6}[A-Za-z]?(?:[-/]\d{1,4})?"
_ENDINGS = (
    r"vej|gade|straße|strasse|str\.|weg|laan|gatan|veien|vegen|väg|vägen|katu|straat|plein|"
    r"stræde|allee|gasse|platz|utca|u\.|ulica|sokak|caddesi|tie|hove|parken|torv|stien"
)
_COMPOUND = rf"[A-ZÀ-ÞĀ-Ž][\w'\u2019\-]*(?i:{_ENDINGS})"
_UNITS = (
    r"apt|apartment|suite|ste|unit|flat|room|floor|fl|p\.?\s?o\.?\s?box|"
    r"post office box|box|psc|cmr"
)
# The address grammar, branch by branch, each with a cheap test of the window in lower
# case that must pass for the branch to match at all (None: always tried). Running only
# the branches a window may hold costs a fraction of the whole alternation.
_PARTICLES = r"(?:de|du|des|la|le|di|del|dei|della|da|do|van|von)\b"
_PREFIX_HINT = re.compile(rf"(?:{_PREFIXES})\s")
_BRANCHES: tuple[tuple[str, re.Pattern[str] | None], ...] = (
    # 12 Crown St / 2450 N. Main Street / 137 Avenue Teboulbi
    (
        rf"\b{_NUM}(?:\s+{_NUM})?\s+(?:(?:{_WORD}|of|de|du|la|dei|del)\s+){{0,4}}"
        rf"{_SUFFIX_RX}\b\.?",
        None,
    ),
    (rf"\b{_NUM}\s+(?i:{_PREFIXES})\s+(?:(?:{_WORD}|{_PARTICLES})\s*){{0,3}}{_WORD}", _PREFIX_HINT),
    # Sludevej 13 / Mellemstræde 74 / Kálmán Imre u. 12.
    (
        rf"(?:\b{_NUM}\s+)?(?:{_WORD}\s+)?{_COMPOUND}\.?\s+{_NUM}\b",
        re.compile(rf"(?:{_ENDINGS})\.?\s+\d"),
    ),
    # Via dei Fiorentini 17 / Rue Hsine Eloued 20
    (
        rf"(?:\b{_NUM}\s+)?\b(?i:{_PREFIXES})\s+(?:(?:{_WORD}|of|de|du|la|dei|del|da|do|"
        rf"das|dos|von)\s+){{1,4}}{_NUM}\b",
        _PREFIX_HINT,
    ),
    # Apt. 123 / Suite 638 / P.O. Box 149 / unit 4526 box 0671
    (
        rf"\b(?i:{_UNITS})\.?\s*#?\s*\d{{1,6}}[A-Za-z]?\b",
        re.compile(rf"(?:{_UNITS})\.?\s*#?\s*\d"),
    ),
    # City, ST 12345 / dpo ap 40902
    (
        r"\b[A-Z][\w .'\-]{1,40},?\s+(?:[A-Z]{2}|[A-Z][a-z]+)\s+\d{5}(?:-\d{4})?\b",
        re.compile(r"\d{5}"),
    ),
    (r"\b(?i:dpo|apo|fpo)\s+(?i:aa|ae|ap)\s+\d{5}\b", re.compile(r"\d{5}")),
    # 1 Piccadilly, Manchester M1 1AE / Damrak 1, 1012 LG Amsterdam
    *POSTCODE_BRANCHES,
)


@cache
def _grammar(branches: tuple[int, ...]) -> re.Pattern[str]:
    """The alternation of the given branches, in their order (compiled once each)."""
    return re.compile("|".join(_BRANCHES[i][0] for i in branches))


def _branches_for(window: str) -> tuple[int, ...]:
    """The branches whose cheap test passes on this window of text."""
    low = window.lower()
    seen: dict[re.Pattern[str], bool] = {}
    out = []
    for i, (_, hint) in enumerate(_BRANCHES):
        if hint is not None:
            if hint not in seen:
                seen[hint] = hint.search(low) is not None
            if not seen[hint]:
                continue
        out.append(i)
    return tuple(out)


# The cheap test before the address patterns run: a street word, unit word or a
# compound street name among the text's words.
_KEYWORDS = frozenset(
    fold(w)
    for w in (_SUFFIXES + "|" + _PREFIXES + "|apt|apartment|suite|unit|flat|box|dpo|apo|fpo|u")
    .replace("\\.", "")
    .split("|")
)
_COMPOUND_ENDINGS = (
    "vej",
    "gade",
    "straße",
    "strasse",
    "weg",
    "laan",
    "gatan",
    "veien",
    "vegen",
    "väg",
    "katu",
    "straat",
    "stræde",
    "gasse",
    "platz",
    "utca",
    "ulica",
    "hove",
    "torv",
)
# Doc.chunks are folded ("hauptstraße" reads "hauptstrase"): so are the endings.
_COMPOUND_ENDINGS = tuple({fold(w) for w in _COMPOUND_ENDINGS} | set(_COMPOUND_ENDINGS))
_WORDS = re.compile(r"[^\W\d_]+")


# A number that could be a house, unit or box number or a postcode (not "&#128514;").
_HOUSE_NUMBER = re.compile(r"(?<![#\d])\d{1,6}\b")


def _number_word(doc: Doc) -> bool:
    """Cheap test: whether a word may start with a digit (or #digit), as a house, unit
    or box number does. Over ASCII text: substring tests on the text's shape (a word
    starts after a blank, a reference's ";" or at the start)."""
    shape = doc.shape
    if shape is None:
        return True
    # One test after the other, not any() over a generator: this runs on every text
    # with a digit.
    return (
        shape.startswith(("0", "#0"))
        or " 0" in shape
        or " #0" in shape
        or ";0" in shape
        or ";#0" in shape
    )


@lru_cache(maxsize=1 << 14)
def _keyword(word: str) -> bool:
    """Whether a folded word, trimmed of punctuation, is a street, unit or box word
    (kept for the words seen lately: every word of a text with a number is asked)."""
    word = word.strip(".,;:()[]<>'\"#")
    return word in _KEYWORDS or word.endswith(_COMPOUND_ENDINGS)


def _has_keyword(chunks: list[str]) -> bool:
    """Whether a street, unit or box word stands within five words of a number."""
    keywords = None
    for i, chunk in enumerate(chunks):
        if chunk[0].isdigit() or (chunk[0] == "#" and chunk[1:2].isdigit()):
            if keywords is None:  # every word at once, in C
                keywords = list(map(_keyword, chunks))
            if True in keywords[i - 5 if i > 5 else 0 : i + 6]:
                return True
            # A postcode: an inward code ("2aa") or digits after "5," (checked closely
            # only then).
            if (len(chunk) == 3 or chunks[i - 1].endswith(",")) and postcode_after_number(
                chunks, i
            ):
                return True
    return False


_TRAILER = re.compile(
    r"[ \t]*(?:,|\n|>)?[ \t>]*(?:(?:[A-Z][\w'\-]*[ \t]?){1,4}(?:,[ \t]*)?)?"
    r"(?:[A-Z]{2}[ \t,]*)?(?:[A-Z][a-z]+[ \t]+)?\d{4,5}(?:-\d{4})?\b"
)
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b")
_NAME_LABEL = re.compile(
    r"(?i:\bname\s*:\s*|\bmy name is\s+|\bi am\s+|\bi'm\s+)"
    r"((?:[A-Z][a-zà-ÿ'\-]+|[A-Z]\.?)(?:[ \t]+(?:[A-Z][a-zà-ÿ'\-]+|[A-Z]\.?)){1,3})"
)


def _windows(text: str, before: int = 64, after: int = 48) -> list[tuple[int, int]]:
    """Merged stretches of text around each number, where an address could be."""
    out: list[list[int]] = []
    for m in _HOUSE_NUMBER.finditer(text):
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and lo <= out[-1][1]:
            out[-1][1] = hi
        else:
            out.append([lo, hi])
    if out:  # start each window at a line or word boundary
        for w in out:
            while w[0] > 0 and not text[w[0] - 1].isspace():
                w[0] -= 1
    return [(lo, hi) for lo, hi in out]


def _merge(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Join spans separated only by commas, spaces, line breaks or quote marks."""
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and (
            s <= merged[-1][1]
            or re.fullmatch(r"[\s,>;]*(?:\n[\s>]*)?[\s,>;]*", text[merged[-1][1] : s])
        ):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged]


class AddressDetector:
    """Street addresses (STREET_ADDRESS), postal codes inside them, and the names
    written with them (PERSON) — a name alone is not flagged."""

    name = "address"

    def detect(self, doc: Doc) -> list[Finding]:
        """Addresses, their postal codes and labelled names in the text."""
        text = doc.text
        if not _number_word(doc) or not _has_keyword(doc.chunks):
            return []
        # Every address has a number: scan only the neighbourhood of numbers, so a long
        # post of prose costs little and the work stays linear in its length.
        spans = []
        for lo, hi in _windows(text):
            grammar = _grammar(_branches_for(text[lo:hi]))
            spans.extend(m.span() for m in grammar.finditer(text, lo, hi))
        if not spans:
            return []
        spans = _merge(spans, text)
        out = []
        for s, e in spans:
            trailer = max(
                (m for rx in (_TRAILER, *TRAILERS) if (m := rx.match(text, e))),
                key=lambda m: m.end(),
                default=None,
            )
            zip_span = None
            if trailer and trailer.end() - e < 60:
                e = trailer.end()
                if "zip" in trailer.re.groupindex:
                    zip_span = trailer.span("zip")
            chunk = text[s:e]
            if not any(c.isdigit() for c in chunk) or len(chunk) < 6:
                continue
            out.append(finding("STREET_ADDRESS", doc, s, e, self.name, 0.7))
            zips = [z.span() for z in _ZIP.finditer(text, s, e) if z.start() > s]
            if zip_span and not any(zs <= zip_span[0] < ze for zs, ze in zips):
                zips.append(zip_span)
            for zs, ze in sorted(zips):
                out.append(finding("ZIP_CODE", doc, zs, ze, self.name, 0.6))
        if out:
            for m in _NAME_LABEL.finditer(text):
                out.append(finding("PERSON", doc, m.start(1), m.end(1), self.name, 0.6))
        return out
