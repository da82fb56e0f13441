"""Contact data: email addresses and phone numbers (validated with ``phonenumbers``)."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from moderation.detectors.base import Doc, finding
from moderation.detectors.pii_email_words import obfuscated_emails
from moderation.verdict import Finding

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"(?:[A-Za-z]{2,24}|xn--[A-Za-z0-9-]{2,59})(?![\w-])"
)
_AT_DOMAIN = re.compile(r"@[A-Za-z0-9-]+\.[A-Za-z0-9]")
# An "@" before a domain or before a space ("jane.doe @ gmail . com"), not a mention.
_AT_HINT = re.compile(r"@(?:[A-Za-z0-9-]+\.[A-Za-z0-9]|\s)")
# A run that could be a phone number: optional +, digits with the separators people use.
# Digit groups joined by one separator each ("415-555-0132", "+44 (20) 7123 4567"),
# never by " - " (a range or a list).
_PHONE_CANDIDATE = re.compile(
    r"(?<![\d+/.-])(?:\+|00)?\(?\d+\)?(?:(?:[ .\-/]|\) ?)\(?\d+\)?){0,6}\d"
    r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w/]|\.\d|-\d)"
)
_DATE = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$|\d{1,2}:\d{2}"
    r"|(?:19|20)\d\d\s?[-/]\s?(?:19|20)?\d\d$"
)
_CONTEXT = re.compile(
    r"(?i)\b(?:phone|tel|telephone|mobile|cell|call|calling|text|txt|sms|whats ?app|signal|"
    r"fax|number|no\.|ph|contact|reach|ring|dial|hotline|landline|answering|answer|"
    r"voicemail|office|desk|ext|extension)\b"
)


class EmailDetector:
    """Email addresses, plain or written with words to dodge scrapers
    ("jane dot doe at gmail dot com": ``pii_email_words``)."""

    name = "email"

    def detect(self, doc: Doc) -> list[Finding]:
        """Every email address in the text."""
        text = doc.text
        out = []
        # One search tells both kinds of address apart from "@user" mentions. On ASCII
        # text its shape (letters "a"/"A", digits "0", blanks " ") first rules out the
        # texts without an "@ " or a "." before a letter or digit, as most with an
        # @mention are.
        at = "@" in text
        shape = doc.shape
        if at and (shape is None or "@ " not in shape):
            at = (
                shape is None or ".a" in shape or ".A" in shape or ".0" in shape
            ) and _AT_HINT.search(text) is not None
        if at and _AT_DOMAIN.search(text):
            out = [
                finding("EMAIL_ADDRESS", doc, m.start(), m.end(), self.name)
                for m in _EMAIL.finditer(text)
            ]
        folded = doc.folded
        # Cheap test before pii_email_words: a "dot", an "@ " or a bracketed "at". It
        # runs on every text, so one-character tests (memchr) go first.
        if (
            "dot" in folded
            or (at and "@ " in text)
            or (")" in folded and "at)" in folded)
            or ("]" in folded and "at]" in folded)
            or ("}" in folded and "at}" in folded)
            or (">" in folded and "at>" in folded)
        ):
            out += [
                finding("EMAIL_ADDRESS", doc, s, e, self.name, 0.8)
                for s, e in obfuscated_emails(text, folded)
            ]
            out.sort(key=lambda f: f.start)
        return out


def _dotted_version(candidate: str) -> bool:
    """A dotted number with a one-digit group after the first (37.0.2624.229): a version
    or build number; phone numbers written with dots group two digits or more."""
    groups = candidate.strip().split(".")
    return (
        len(groups) >= 3
        and all(g.isdigit() for g in groups)
        and any(len(g) == 1 for g in groups[1:])
    )


class PhoneDetector:
    """Phone numbers in international or national format, valid for a known region.

    A bare digit run (no +, parentheses or separators) counts only next to a word that
    announces a number ("call", "phone", "number" ...): order and ticket numbers are
    also bare digit runs.
    """

    name = "phone"
    # Screened skips it in a text with fewer digits (it needs a run of six).
    min_digits = 6

    def __init__(
        self,
        regions: tuple[str, ...] = (
            "US",
            "GB",
            "DE",
            "FR",
            "IN",
            "BR",
            "IL",
            "JP",
            "CN",
            "IT",
            "ES",
            "AU",
            "CA",
            "NL",
            "RU",
            "MX",
        ),
    ) -> None:
        self.regions = regions
        # The score of each candidate seen lately: parsing tries every region with
        # ``phonenumbers`` (about a million instructions), and the same number comes back
        # (a spam wave, a signature); a pure function of the candidate.
        self._score = lru_cache(maxsize=4096)(self._valid)

    def _valid(self, candidate: str) -> float:
        """Score of a candidate: 0 when no region makes it a valid number."""
        digits = sum(c.isdigit() for c in candidate)
        if not 7 <= digits <= 15:
            return 0.0
        if _dotted_version(candidate):
            return 0.0
        if candidate.startswith(("+", "00")):
            text = "+" + candidate[2:] if candidate.startswith("00") else candidate
            try:
                num = phonenumbers.parse(text, None)
            except phonenumbers.NumberParseException:
                return 0.0
            if phonenumbers.is_valid_number(num):
                return 0.9
            return 0.5 if phonenumbers.is_possible_number(num) else 0.0
        for region in self.regions:
            try:
                num = phonenumbers.parse(candidate, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(num):
                return 0.7
        return 0.0

    def detect(self, doc: Doc) -> list[Finding]:
        """Phone numbers in the text."""
        if not doc.has_long_number:
            return []
        text = doc.text
        out = []
        for m in (
            m for lo, hi in doc.number_windows for m in _PHONE_CANDIDATE.finditer(text, lo, hi)
        ):
            cand = m.group().rstrip(" .-/(")
            start = m.start()
            if cand.startswith("(") and ")" not in cand:
                cand, start = cand[1:], start + 1
            if _DATE.match(cand):
                continue
            # Written like a phone number: +, (area), or dashes/dots between groups.
            # Groups of digits separated by spaces count when there are three or more, or
            # when the number starts with a trunk 0 ("079 2718 1155"); "1987 74" does not.
            formatted = (
                cand[0] in "+("
                or cand.startswith("0")
                or any(c in cand for c in "-.")
                or cand.count(" ") >= 2
            )
            end = start + len(cand)
            if not formatted and not (
                _CONTEXT.search(text, max(0, start - 40), start)
                or _CONTEXT.search(text, end, end + 16)
            ):
                continue
            score = self._score(cand)
            if score:
                out.append(finding("PHONE_NUMBER", doc, start, end, self.name, score))
        return out
