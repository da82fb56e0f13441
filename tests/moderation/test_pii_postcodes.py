"""Postcodes written after a street line (UK, Germany, France, the Netherlands, US)."""

from __future__ import annotations

import pytest

from moderation import Policy, moderate


def pii(text: str, policy: Policy) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in moderate(text, policy=policy).pii]


@pytest.mark.parametrize(
    ("text", "address", "postcode"),
    [
        (
            "send it to 10 Downing Street, London SW1A 2AA",
            "10 Downing Street, London SW1A 2AA",
            "SW1A 2AA",
        ),
        (
            "the office is at 1 Piccadilly, Manchester M1 1AE now",
            "1 Piccadilly, Manchester M1 1AE",
            "M1 1AE",
        ),
        ("meine Adresse: Hauptstraße 5, 10115 Berlin", "Hauptstraße 5, 10115 Berlin", "10115"),
        ("j'habite 12 rue de Rivoli, 75001 Paris", "12 rue de Rivoli, 75001 Paris", "75001"),
        ("ons adres is Damrak 1, 1012 LG Amsterdam", "Damrak 1, 1012 LG Amsterdam", "1012 LG"),
        (
            "ship to 742 Evergreen Terrace, Springfield, IL 62704",
            "742 Evergreen Terrace, Springfield, IL 62704",
            "62704",
        ),
    ],
)
def test_a_postcode_after_a_street_line_is_part_of_the_address(
    text: str, address: str, postcode: str, policy: Policy
) -> None:
    assert pii(text, policy) == [("STREET_ADDRESS", address), ("ZIP_CODE", postcode)]


@pytest.mark.parametrize(
    "text",
    [
        "Season 3, 2021 Netflix Original was better",
        "the meeting was on 10 May, 10115 people came",
        "we beat them 3, 2 in the end",
    ],
)
def test_numbers_before_a_capitalised_word_are_not_postcodes(text: str, policy: Policy) -> None:
    assert pii(text, policy) == []
