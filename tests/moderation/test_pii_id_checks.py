"""The validators python-stdnum lacks or that widen it: each keeps its check."""

from __future__ import annotations

import datetime

import pytest
from stdnum.pl import pesel

from moderation.detectors.pii_id_checks import born_by_now, nif_valid, nric_valid, za_id_valid


@pytest.mark.parametrize("raw", ["2886668F", "2886668-F", "02886668F", "6708908S"])
def test_a_dni_below_ten_million_may_drop_its_leading_zero(raw: str) -> None:
    assert nif_valid(raw)


@pytest.mark.parametrize("raw", ["2886668G", "6708908T", "288666F"])
def test_a_dni_with_a_wrong_letter_or_too_few_digits_is_not_one(raw: str) -> None:
    assert not nif_valid(raw)


@pytest.mark.parametrize("raw", ["9107193817081", "8503028514284"])
def test_south_african_citizens_residents_and_refugees(raw: str) -> None:
    assert za_id_valid(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "8503021420034",  # Luhn right, but the race digit was replaced by 8 or 9 long ago
        "8503028514285",  # check digit wrong
        "8513028514289",  # month 13
        "8503023265388",  # status digit 3
    ],
)
def test_south_african_numbers_that_cannot_exist(raw: str) -> None:
    assert not za_id_valid(raw)


@pytest.mark.parametrize("raw", ["M6204753K", "M7986231W", "S5145151A", "s9716348j"])
def test_singapore_check_letters_of_every_series(raw: str) -> None:
    assert nric_valid(raw)


@pytest.mark.parametrize("raw", ["M6204753X", "S5145151B", "G6204753K"])
def test_singapore_numbers_with_the_wrong_letter(raw: str) -> None:
    assert not nric_valid(raw)


def test_a_birth_date_in_the_future_is_rejected() -> None:
    valid = born_by_now(pesel)
    assert pesel.is_valid("40410129841")
    assert pesel.get_birth_date("40410129841") > datetime.date.today()
    assert not valid("40410129841")
    assert valid("87061430911")
