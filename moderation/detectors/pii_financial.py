"""Financial data: payment cards (Luhn), IBANs (mod 97), US bank and routing numbers."""

from __future__ import annotations

import re

from stdnum import iban as std_iban

from moderation.detectors.base import Doc, finding
from moderation.verdict import Finding

# 12-19 digits, optionally grouped by one kind of separator (spaces or dashes).
_CARD = re.compile(
    r"(?<![\d.,/-])(?:\d{4}([ -]?)\d{4}\1\d{4}\1\d{1,7}|\d{4}([ -]?)\d{6}\2\d{4,5}|\d{12,19})"
    r"(?![\d]|[.,]\d|-\d)"
)
_CARD_CONTEXT = re.compile(r"(?i)\b(?:card|cc|visa|master ?card|amex|credit|debit|maestro)\b")
# Written in one case: "LV80 bANK ..." is not an IBAN anyone types.
_IBAN = re.compile(
    r"(?<![\w])(?:[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}"
    r"|[a-z]{2}\d{2}(?:[ -]?[a-z0-9]){11,30})(?![\w])"
)
_ABA = re.compile(r"(?<![\d-])(?:\d{9}|\d{4}-\d{4}-\d)(?![\d-])")
_IBAN_BODY = re.compile(r"[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}(?![\w])")
_ACCOUNT = re.compile(r"(?<![\w-])\d{8,17}(?![\w-])")
_BANK_CONTEXT = re.compile(
    r"(?i)\b(?:bank|banking|account|acct|a/c|checking|chequing|savings|deposit|wire|"
    r"routing|aba|rtn|transit|sort code|iban|swift|bic)\b"
)


def _iban_valid(compact: str) -> bool:
    """Country length and the mod-97 checksum (not each country's own BBAN check)."""
    try:
        std_iban.validate(compact, check_country=False)
    except ValueError:
        return False
    return True


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check used by payment cards."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def aba_valid(digits: str) -> bool:
    """The ABA routing-number checksum (weights 3, 7, 1)."""
    if len(digits) != 9 or digits[:2] not in _ABA_PREFIXES:
        return False
    w = (3, 7, 1) * 3
    return sum(int(c) * k for c, k in zip(digits, w, strict=True)) % 10 == 0


_ABA_PREFIXES = {f"{n:02d}" for n in [*range(0, 13), *range(21, 33), *range(61, 73), 80]}


def _near(text: str, pattern: re.Pattern[str], start: int, end: int, window: int = 48) -> bool:
    """Whether a context word appears just before (or after) a span."""
    return bool(
        pattern.search(text, max(0, start - window), start) or pattern.search(text, end, end + 16)
    )


class CardDetector:
    """Payment card numbers: 13-19 Luhn-valid digits, or 12 next to the word card."""

    name = "card"
    # Screened skips it in a text with fewer digits (it needs a run of six).
    min_digits = 6

    def detect(self, doc: Doc) -> list[Finding]:
        """Payment card numbers in the text."""
        if not doc.has_long_number:
            return []
        text = doc.text
        out = []
        for m in (m for lo, hi in doc.number_windows for m in _CARD.finditer(text, lo, hi)):
            raw = m.group()
            seps = {c for c in raw if not c.isdigit()}
            if len(seps) > 1:
                continue
            digits = raw.replace(" ", "").replace("-", "")
            if not 12 <= len(digits) <= 19 or not luhn_valid(digits) or len(set(digits)) < 2:
                continue
            # Issuer prefixes: 13 digits only for Visa, 1 only for 15-digit UATP cards.
            if (len(digits) == 13 and digits[0] != "4") or (digits[0] == "1" and len(digits) != 15):
                continue
            if len(digits) == 12 and not _near(text, _CARD_CONTEXT, m.start(), m.end()):
                continue
            out.append(finding("CREDIT_CARD", doc, m.start(), m.end(), self.name))
        return out


class IbanDetector:
    """International bank account numbers with a valid country length and checksum."""

    name = "iban"
    # Screened skips it in a text with fewer digits (it needs a run of six).
    min_digits = 6

    def detect(self, doc: Doc) -> list[Finding]:
        """IBANs in the text."""
        if not doc.has_long_number:
            return []
        text = doc.text
        out = []
        pos = 0
        glued = False  # right after an IBAN, another may follow without a space
        while m := (glued and _IBAN_BODY.match(text, pos)) or _IBAN.search(text, pos):
            raw = m.group()
            pos = m.start() + 1
            glued = False
            # The longest valid prefix: an IBAN may run into other digits or another IBAN.
            for k in range(len(raw), 14, -1):
                if raw[k - 1] in " -":
                    continue
                compact = raw[:k].replace(" ", "").replace("-", "").upper()
                if len(compact) <= 34 and _iban_valid(compact):
                    out.append(finding("IBAN_CODE", doc, m.start(), m.start() + k, self.name))
                    pos = m.start() + k
                    glued = True
                    break
        return out


class BankNumberDetector:
    """US routing (ABA) numbers and bank account numbers next to banking words."""

    name = "bank"
    # Screened skips it in a text with fewer digits (it needs a run of six).
    min_digits = 6

    def detect(self, doc: Doc) -> list[Finding]:
        """Routing and account numbers in the text."""
        if not doc.has_long_number:
            return []
        text = doc.text
        out = []
        taken: set[int] = set()
        for m in (m for lo, hi in doc.number_windows for m in _ABA.finditer(text, lo, hi)):
            digits = m.group().replace("-", "")
            if aba_valid(digits) and (
                "-" in m.group() or _near(text, _BANK_CONTEXT, m.start(), m.end())
            ):
                out.append(finding("ABA_ROUTING_NUMBER", doc, m.start(), m.end(), self.name))
                taken.add(m.start())
        for m in (m for lo, hi in doc.number_windows for m in _ACCOUNT.finditer(text, lo, hi)):
            if m.start() not in taken and _near(text, _BANK_CONTEXT, m.start(), m.end()):
                out.append(finding("US_BANK_NUMBER", doc, m.start(), m.end(), self.name, 0.6))
        return out
