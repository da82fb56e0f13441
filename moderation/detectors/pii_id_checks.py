"""Validators for the identifiers python-stdnum does not cover, or covers too narrowly.

Each takes the matched text and answers whether it is an identifier that can exist: its
check digit or letter, and the parts with a meaning (an area, a birth date) that the
issuer's documentation fixes. They expect text the detector's shapes matched; on other
input one may raise, which the detector reads as a no.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from types import ModuleType

from stdnum import luhn
from stdnum.es import nif
from stdnum.exceptions import ValidationError
from stdnum.za import idnr as za_idnr


def ssn_valid(raw: str) -> bool:
    """US social security number: not an unassigned area, group or serial."""
    d = re.sub(r"\D", "", raw)
    if len(d) != 9 or len(set(d)) == 1 or d in ("123456789", "078051120", "219099999"):
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def itin_valid(raw: str) -> bool:
    """US individual taxpayer number: area 9xx and a group the IRS assigns."""
    d = re.sub(r"\D", "", raw)
    group = int(d[3:5])
    return (
        len(d) == 9
        and d[0] == "9"
        and (50 <= group <= 65 or 70 <= group <= 88 or 90 <= group <= 92 or group >= 94)
    )


_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def hetu_valid(raw: str) -> bool:
    """Finnish personal identity code (all century signs, including the 2023 ones)."""
    s = raw.upper()
    if not s[:6].isdigit() or not s[7:10].isdigit():
        return False
    try:
        datetime.date(2000 + int(s[4:6]), int(s[2:4]), int(s[:2]))
    except ValueError:
        return False
    return _HETU_CHECK[int(s[:6] + s[7:10]) % 31] == s[10]


def nino_shape(raw: str) -> bool:
    """UK National Insurance number prefixes that HMRC never issues are excluded."""
    p = raw[:2].upper()
    return p not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


# Singapore NRIC/FIN: the weighted sum of the seven digits, plus the series' offset,
# modulo 11 picks the check letter from the series' table. S and T are citizens and
# permanent residents (born before / from 2000), F and G foreigners, M foreigners from
# 2022 on (its offset and table as public FIN validators implement them).
_NRIC_SERIES = {
    "S": (0, "JZIHGFEDCBA"),
    "T": (4, "JZIHGFEDCBA"),
    "F": (0, "XWUTRQPNMLK"),
    "G": (4, "XWUTRQPNMLK"),
    "M": (3, "XWUTRQPNJLK"),
}


def nric_valid(raw: str) -> bool:
    """Singapore NRIC/FIN check letter, for every series in use."""
    s = raw.upper()
    offset, table = _NRIC_SERIES[s[0]]
    total = sum(int(c) * w for c, w in zip(s[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True))
    return s[-1] == table[(total + offset) % 11]


def nif_valid(raw: str) -> bool:
    """Spanish DNI/NIF, also when a number below ten million is written without its
    leading zero ("1234567-L" for 01234567-L), as older DNIs often are."""
    d = raw.replace("-", "")
    return nif.is_valid(d.zfill(9))


def za_id_valid(raw: str) -> bool:
    """South African identity number: a birth date, the status digit (0 citizen,
    1 permanent resident, 2 refugee: python-stdnum knows only the first two), the
    8 or 9 that replaced the race digit, and the Luhn check digit."""
    if len(raw) != 13 or raw[10] not in "012" or raw[11] not in "89":
        return False
    try:
        born = za_idnr.get_birth_date(raw)
    except ValidationError:  # no such date
        return False
    return born <= datetime.date.today() and luhn.is_valid(raw)


def born_by_now(module: ModuleType) -> Callable[[str], bool]:
    """A stdnum module's validator that also rejects a birth date still to come: a
    number only looks like one of these when it names a person already born."""

    def valid(raw: str) -> bool:
        return module.is_valid(raw) and module.get_birth_date(raw) <= datetime.date.today()

    valid.__doc__ = f"{module.__name__}.is_valid, born by today."
    return valid
