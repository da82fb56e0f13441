"""Government identifiers: US SSN and ITIN, and national IDs that carry a checksum.

Each identifier has a shape (regex) and a validator (mostly ``python-stdnum``, the rest
in ``pii_id_checks``). A bare run of digits is ambiguous (order numbers, phone numbers),
so an identifier written as plain digits counts only next to a word that names it
(``pii_cues.ID_CUES``), or, for the identifiers whose check reads more than one check
digit (a birth date, two check digits), when it is all the message says; letters or
the official separators in the shape are enough on their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from stdnum.au import abn, acn, tfn
from stdnum.ca import sin
from stdnum.de import idnr
from stdnum.es import nie
from stdnum.gb import nhs
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.th import pin
from stdnum.tr import tckimlik

from moderation.detectors.base import Doc, Spans, finding
from moderation.detectors.pii_cues import ID_CUES, ID_CUES_BEFORE_ONLY, ID_CUES_UNSPACED
from moderation.detectors.pii_id_checks import (
    born_by_now,
    hetu_valid,
    itin_valid,
    nif_valid,
    nino_shape,
    nric_valid,
    ssn_valid,
    za_id_valid,
)
from moderation.verdict import Finding


def _cues(words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the cue words (whole words), or any of the unspaced cues."""
    return re.compile(r"(?i)\b(?:" + "|".join(words) + r")\b|" + "|".join(ID_CUES_UNSPACED))


_CUE_BEFORE = _cues(ID_CUES)
_CUE_AFTER = _cues(tuple(w for w in ID_CUES if w not in ID_CUES_BEFORE_ONLY))
# A country calling code right before a number ("+1 307-373-7723"): a phone number.
_CALLING_CODE = re.compile(r"\+\d{1,3}[ .-]?$")
# What may surround an identifier that is a whole message on its own.
_ALONE_AROUND = " \t\r\n.,;:!?'\"()[]"


def _consistent(raw: str) -> bool:
    """Separators, if any, are all the same character."""
    return len({c for c in raw if not c.isalnum()}) <= 1


def _glued_to_digits(text: str, s: int) -> bool:
    """Whether the number starts inside a token that holds digits before it (a hash,
    a UUID); a plain word before it ("is7811236103") is only a missed space."""
    i = s
    while i and text[i - 1].isalnum():
        i -= 1
        if text[i].isdigit():
            return True
    return False


def _alone(text: str, s: int, e: int) -> bool:
    """Whether the number is the whole message (a reply to a question that named it)."""
    return not text[:s].strip(_ALONE_AROUND) and not text[e:].strip(_ALONE_AROUND)


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
    # Whether the number counts without a cue word when it is the whole message: its
    # check reads more than one check digit (a birth date, two check digits, the IdNr's
    # digit pattern), so a random number of its length passes about once in fifty or
    # less; one check digit alone passes once in ten or eleven.
    alone: bool = False


def _rx(body: str) -> re.Pattern[str]:
    """A shape standing as a token of its own."""
    return re.compile(r"(?<![\w-])" + body + r"(?![\w-])")


def _num(body: str) -> re.Pattern[str]:
    """A shape that starts with digits: a plain word may run straight into it (a missed
    space, "is7811236103"); a token with digits may not (``_glued_to_digits``). After
    it, no digit and no Latin letter; a particle in a script without spaces may follow
    ("…1357715입니다")."""
    return re.compile(r"(?<![\d_-])" + body + r"(?![0-9A-Za-z_-]|\d)")


RULES = (
    IdRule("US_SSN", _num(r"\d{3}([- .]?)\d{2}\1\d{4}"), ssn_valid),
    IdRule("US_ITIN", _num(r"9\d{2}([- ]?)[5-9]\d\1\d{4}"), itin_valid),
    IdRule(
        "UK_NINO",
        re.compile(
            r"(?i)(?<![\w])[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![\w])"
        ),
        nino_shape,
    ),
    IdRule("UK_NHS", _num(r"\d{3}([- ]?)\d{3}\1\d{4}"), nhs.is_valid),
    IdRule("CA_SIN", _num(r"\d{3}([- ]?)\d{3}\1\d{3}"), sin.is_valid),
    # Whole tokens only: after an X, Y or Z its digits and letter are an NIE.
    IdRule("ES_NIF", _rx(r"(?i:\d{7,8}-?[a-z])"), nif_valid),
    IdRule("ES_NIE", _rx(r"(?i:[xyz]\d{7}-?[a-z])"), nie.is_valid),
    IdRule(
        "IT_FISCAL_CODE",
        _rx(r"(?i:[a-z]{6}\d{2}[a-z]\d{2}[a-z]\d{3}[a-z])"),
        codicefiscale.is_valid,
        "lettered",
    ),
    IdRule("FI_PERSONAL_IDENTITY_CODE", _num(r"(?i:\d{6}[-+a-fu-y]\d{3}[0-9a-y])"), hetu_valid),
    IdRule(
        "SE_PERSONNUMMER",
        _num(r"(?:\d{2})?\d{6}[-+]?\d{4}"),
        born_by_now(personnummer),
        alone=True,
    ),
    IdRule("KR_RRN", _num(r"\d{6}-?[1-4]\d{6}"), born_by_now(rrn), alone=True),
    IdRule("IN_AADHAAR", _num(r"[2-9]\d{3}([- ]?)\d{4}\1\d{4}"), aadhaar.is_valid),
    IdRule("IN_PAN", _rx(r"(?i:[a-z]{3}[abcfghljpt][a-z]\d{4}[a-z])"), pan.is_valid, "lettered"),
    IdRule("PL_PESEL", _num(r"\d{11}"), born_by_now(pesel), alone=True),
    IdRule("TR_NATIONAL_ID", _num(r"[1-9]\d{10}"), tckimlik.is_valid, alone=True),
    IdRule("DE_TAX_ID", _num(r"\d{11}"), idnr.is_valid, alone=True),
    IdRule("ZA_ID_NUMBER", _num(r"\d{13}"), za_id_valid, alone=True),
    IdRule("TH_TNIN", _num(r"\d{13}"), pin.is_valid),
    IdRule("AU_TFN", _num(r"\d{3} ?\d{3} ?\d{3}"), tfn.is_valid),
    IdRule("AU_ABN", _num(r"\d{2} ?\d{3} ?\d{3} ?\d{3}"), abn.is_valid, alone=True),
    IdRule("AU_ACN", _num(r"\d{3} ?\d{3} ?\d{3}"), acn.is_valid),
    IdRule("SG_NRIC_FIN", _rx(r"(?i:[stfgm]\d{7}[a-z])"), nric_valid),
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
                if s and (
                    (text[s - 1].isalnum() and _glued_to_digits(text, s))
                    or _CALLING_CODE.search(text, max(0, s - 5), s)
                ):
                    continue
                bare = raw.isdigit()
                if bare and not (
                    _CUE_BEFORE.search(text, max(0, s - 48), s)
                    or _CUE_AFTER.search(text, e, e + 24)
                    or (rule.alone and _alone(text, s, e))
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
