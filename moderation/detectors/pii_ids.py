"""Government identifiers: US SSN and ITIN, and national IDs that carry a checksum.

Each identifier has a shape (regex) and a validator (mostly ``python-stdnum``). A bare
run of digits is ambiguous (order numbers, phone numbers), so an identifier written as
plain digits counts only next to a word that names it; letters or the official
separators in the shape are enough on their own.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import NamedTuple

from stdnum.au import abn, acn, tfn
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.es import nie, nif
from stdnum.gb import nhs
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.za import idnr as za_idnr

from moderation.detectors.base import Doc, Spans, finding
from moderation.verdict import Finding

_ID_CONTEXT = re.compile(
    r"(?i)(?:\b(?:ssn|social security|social insurance|sin|nas|id|identity|identification|"
    r"national|citizen|passport|tax|tin|itin|pesel|tc|kimlik|tckn|aadhaar|aadhar|uid|rrn|"
    r"resident|registration|personnummer|pnr|idnr|steuer|steuer-id|tfn|abn|acn|nhs|"
    r"hetu|henkilötunnus|dni|nif|nie|thai|insurance|number|no\.?|nr\.?)\b)"
)


def _ssn_valid(raw: str) -> bool:
    """US social security number: not an unassigned area, group or serial."""
    d = re.sub(r"\D", "", raw)
    if len(d) != 9 or len(set(d)) == 1 or d in ("123456789", "078051120", "219099999"):
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _itin_valid(raw: str) -> bool:
    """US individual taxpayer number: area 9xx and a group the IRS assigns."""
    d = re.sub(r"\D", "", raw)
    group = int(d[3:5])
    return (
        len(d) == 9
        and d[0] == "9"
        and (50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or group >= 94)
    )


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _hetu_valid(raw: str) -> bool:
    """Finnish personal identity code (all century signs, including the 2023 ones)."""
    s = raw.upper()
    if not s[:6].isdigit() or not s[7:10].isdigit():
        return False
    try:
        datetime.date(2000 + int(s[4:6]), int(s[2:4]), int(s[:2]))
    except ValueError:
        return False
    return _HETU_CHECK[int(s[:6] + s[7:10]) % 31] == s[10]


def _consistent(raw: str) -> bool:
    """Separators, if any, are all the same character."""
    return len({c for c in raw if not c.isalnum()}) <= 1


def _nino_shape(raw: str) -> bool:
    """UK National Insurance number prefixes that HMRC never issues are excluded."""
    p = raw[:2].upper()
    return p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def _nric_valid(raw: str) -> bool:
    """Singapore NRIC/FIN check letter (S/T citizens, F/G foreigners)."""
    s = raw.upper()
    total = sum(int(c) * w for c, w in zip(s[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if s[0] in "TG" else 0
    table = "JZIHGFEDCBA" if s[0] in "ST" else "XWUTRQPNMLK"
    return s[-1] == table[total % 11]


# The shapes of the identifiers written with capital letters around their digits
# (Italian fiscal codes, Indian PAN): one pass decides whether their rules run at all.
# (Five capitals then a digit, spelled out: the fastest form for the regex engine.)
_LETTERED = re.compile(r"[A-Z][A-Z][A-Z][A-Z][A-Z]\d")


class IdRule(NamedTuple):
    """One identifier: its Presidio entity name, its shape and its validator."""

    entity: str
    shape: re.Pattern[str]
    valid: Callable[[str], bool]
    # The cheap test a text must pass first: "number" (six digits together, grouped or
    # not) or "lettered" (five capitals then a digit, _LETTERED: IT and IN_PAN codes).
    needs: str = "number"


def _rx(body: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + body + r"(?![\w-])")


RULES = (
    IdRule("US_SSN", _rx(r"\d{3}([- .]?)\d{2}\1\d{4}"), _ssn_valid),
    IdRule("US_ITIN", _rx(r"9\d{2}([- ]?)[5-9]\d\1\d{4}"), _itin_valid),
    IdRule(
        "UK_NINO",
        re.compile(
            r"(?i)(?<![\w])[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![\w])"
        ),
        _nino_shape,
    ),
    IdRule("UK_NHS", _rx(r"\d{3}([- ]?)\d{3}\1\d{4}"), nhs.is_valid),
    IdRule("CA_SIN", _rx(r"\d{3}([- ]?)\d{3}\1\d{3}"), sin.is_valid),
    IdRule("ES_NIF", _rx(r"(?i:\d{7,8}-?[a-z])"), nif.is_valid),
    IdRule("ES_NIE", _rx(r"(?i:[xyz]\d{7}-?[a-z])"), nie.is_valid),
    IdRule(
        "IT_FISCAL_CODE",
        _rx(r"(?i:[a-z]{6}\d{2}[a-z]\d{2}[a-z]\d{3}[a-z])"),
        codicefiscale.is_valid,
        "lettered",
    ),
    IdRule(
        "FI_PERSONAL_IDENTITY_CODE",
        re.compile(r"(?i)(?<![\w-])\d{6}[-+a-fu-y]\d{3}[0-9a-y](?![\w-])"),
        _hetu_valid,
    ),
    IdRule("SE_PERSONNUMMER", _rx(r"(?:\d{2})?\d{6}[-+]?\d{4}"), personnummer.is_valid),
    IdRule("KR_RRN", _rx(r"\d{6}-?[1-4]\d{6}"), rrn.is_valid),
    IdRule("IN_AADHAAR", _rx(r"[2-9]\d{3}([- ]?)\d{4}\1\d{4}"), aadhaar.is_valid),
    IdRule("IN_PAN", _rx(r"(?i:[a-z]{3}[abcfghljpt][a-z]\d{4}[a-z])"), pan.is_valid, "lettered"),
    IdRule("PL_PESEL", _rx(r"\d{11}"), pesel.is_valid),
    IdRule("TR_NATIONAL_ID", _rx(r"[1-9]\d{10}"), tckimlik.is_valid),
    IdRule("DE_TAX_ID", _rx(r"\d{11}"), idnr.is_valid),
    IdRule("ZA_ID_NUMBER", _rx(r"\d{13}"), za_idnr.is_valid),
    IdRule("TH_TNIN", _rx(r"\d{13}"), pin.is_valid),
    IdRule("AU_TFN", _rx(r"\d{3} ?\d{3} ?\d{3}"), tfn.is_valid),
    IdRule("AU_ABN", _rx(r"\d{2} ?\d{3} ?\d{3} ?\d{3}"), abn.is_valid),
    IdRule("AU_ACN", _rx(r"\d{3} ?\d{3} ?\d{3}"), acn.is_valid),
    IdRule("SG_NRIC_FIN", _rx(r"(?i:[stfg]\d{7}[a-z])"), _nric_valid),
)


class NationalIdDetector:
    """Government identification numbers; the first rule that validates a span wins."""

    name = "national_id"

    def __init__(self, entities: tuple[str, ...] | None = None) -> None:
        self.rules = tuple(r for r in RULES if entities is None or r.entity in entities)
        self.number_rules = tuple(r for r in self.rules if r.needs == "number")
        self.lettered_rules = tuple(r for r in self.rules if r.needs == "lettered")

    def detect(self, doc: Doc) -> list[Finding]:
        """Identifiers in the text."""
        text = doc.text
        if not doc.has_digit:
            return []
        windows = doc.number_windows
        shape = doc.shape  # Doc.may_contain, inline: this runs on every text with a digit
        lettered = bool(self.lettered_rules) and (
            "AAAAA0" in shape if shape is not None else _LETTERED.search(text) is not None
        )
        if not windows and not lettered:
            return []
        whole = [(0, len(text))] if lettered else []
        out: list[Finding] = []
        taken = Spans()
        todo = [(r, windows) for r in self.number_rules if windows]
        todo += [(r, whole) for r in self.lettered_rules if whole]
        for rule, spans in todo:
            for m in (m for lo, hi in spans for m in rule.shape.finditer(text, lo, hi)):
                s, e = m.span()
                raw = m.group()
                if taken.overlaps(s, e) or not _consistent(raw):
                    continue
                bare = raw.isdigit()
                if bare and not (
                    _ID_CONTEXT.search(text, max(0, s - 48), s)
                    or _ID_CONTEXT.search(text, e, e + 24)
                ):
                    continue
                try:
                    ok = rule.valid(raw)
                except Exception:  # a validator rejecting odd input is a no
                    ok = False
                if ok:
                    taken.add(s, e)
                    out.append(finding(rule.entity, doc, s, e, self.name, 0.6 if bare else 0.85))
        return out
