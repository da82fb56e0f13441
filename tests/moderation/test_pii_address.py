"""Street addresses, postal codes in them, and names given with them."""

from __future__ import annotations

import pytest

from moderation import Policy, moderate


def found(text: str, policy: Policy) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in moderate(text, policy=policy).pii]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("I live at 12 Crown Street, come by", "12 Crown Street"),
        ("send it to 2450 N. Main St. please", "2450 N. Main St."),
        ("we met at Sludevej 13 last year", "Sludevej 13"),
        ("the shop on Via dei Fiorentini 17 is closed", "Via dei Fiorentini 17"),
        ("my box is P.O. Box 149", "P.O. Box 149"),
    ],
)
def test_street_addresses_in_several_conventions(text: str, address: str, policy: Policy) -> None:
    assert ("STREET_ADDRESS", address) in found(text, policy)


def test_a_zip_code_counts_inside_an_address(policy: Policy) -> None:
    text = "Ship to 12 Crown Street, Springfield, IL 62704 thanks"
    result = found(text, policy)
    assert ("ZIP_CODE", "62704") in result
    [addr] = [a for t, a in result if t == "STREET_ADDRESS"]
    assert addr.startswith("12 Crown Street") and addr.endswith("62704")


def test_numbers_and_street_words_alone_are_not_addresses(policy: Policy) -> None:
    assert found("I have 2 dogs and we walk down the street", policy) == []
    assert found("Our zip code is a secret: 62704", policy) == []


def test_a_name_counts_only_with_an_address(policy: Policy) -> None:
    assert found("Name: Abby Laidlaw", policy) == []
    result = found("Name: Abby Laidlaw\nAddress: 12 Crown Street", policy)
    assert ("PERSON", "Abby Laidlaw") in result


def test_an_address_right_after_a_character_reference_is_found(policy: Policy) -> None:
    # The cheap gates read the text's shape: "&#128514;" is an emoji, not digits, but
    # the number right after it still starts a word.
    assert found("come by &#128514;12 Crown Street today", policy) == [
        ("STREET_ADDRESS", "12 Crown Street")
    ]
    assert found("&#128514; I live at 12 Crown Street", policy) == [
        ("STREET_ADDRESS", "12 Crown Street")
    ]
    assert found("&#128514;&#128514; so funny &#8220;lol&#8221; crown street", policy) == []
