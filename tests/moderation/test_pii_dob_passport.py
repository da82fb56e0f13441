"""Dates of birth and passport numbers: personal data only when a word announces them."""

from __future__ import annotations

import pytest

from moderation import Policy, moderate


def pii(text: str, policy: Policy) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in moderate(text, policy=policy).pii]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("I was born 12/03/1985 in Leeds", "12/03/1985"),
        ("DOB: 1985-03-12", "1985-03-12"),
        ("D.O.B. 03.12.1985", "03.12.1985"),
        ("date of birth 3 March 1985", "3 March 1985"),
        ("my birthday is March 3, 1985 so send cake", "March 3, 1985"),
        ("Birth date: 14/07/1990", "14/07/1990"),
        ("John Smith, b. 4 July 1962, died 2010", "4 July 1962"),
        ("née le 12/03/1985 à Lyon", "12/03/1985"),
        ("I was born in Leeds on 12/03/1985", "12/03/1985"),
        ("12/03/1985 (DOB)", "12/03/1985"),
    ],
)
def test_a_date_after_a_birth_cue_is_a_date_of_birth(text: str, date: str, policy: Policy) -> None:
    assert pii(text, policy) == [("DATE_OF_BIRTH", date)]


@pytest.mark.parametrize(
    "text",
    [
        "the album was released on 12/03/1985",
        "meeting moved to 2024-03-12",
        "he was born. On 12/03/2020 I moved out",
        "born 31/31/1985 is not a date",
        "Born to Run, released 08/25/1975, still their best",
    ],
)
def test_a_date_without_a_birth_cue_is_not_personal_data(text: str, policy: Policy) -> None:
    assert pii(text, policy) == []


def test_a_date_of_birth_is_demographic_data_the_author_may_confirm(policy: Policy) -> None:
    verdict = moderate("DOB 12/03/1985", policy=policy)
    assert verdict.categories == ("demographic_data",)
    assert verdict.primary_reason.message == "This looks like a date of birth."


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("my passport number is 533380006", "533380006"),
        ("Passport No. X1234567, expires 2030", "X1234567"),
        ("passport # 123456789", "123456789"),
        ("here is my passport: C01X00T47", "C01X00T47"),
    ],
)
def test_a_number_after_a_passport_cue_is_a_passport_number(
    text: str, number: str, policy: Policy
) -> None:
    assert pii(text, policy) == [("PASSPORT", number)]


@pytest.mark.parametrize(
    "text",
    [
        "my code is X1234567",
        "my passport expired in 2019",
        "passport photo booth 123456 is broken",
        "got my passport on 2019-05-01",
    ],
)
def test_no_passport_number_without_the_cue_right_before(text: str, policy: Policy) -> None:
    assert [t for t, _ in pii(text, policy) if t == "PASSPORT"] == []


def test_passport_numbers_are_government_identifiers(policy: Policy) -> None:
    verdict = moderate("passport no 533380006", policy=policy)
    assert verdict.categories == ("government_id",)
