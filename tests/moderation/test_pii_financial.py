"""Payment cards, IBANs, routing and account numbers."""

from __future__ import annotations

import pytest

from moderation import Policy, moderate
from moderation.detectors.pii_financial import aba_valid, luhn_valid


def found(text: str, policy: Policy) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in moderate(text, policy=policy).pii]


@pytest.mark.parametrize(
    "card",
    [
        "4111111111111111",
        "4111 1111 1111 1111",
        "4111-1111-1111-1111",
        "371449635398431",
        "5555555555554444",
        "3530 1113 3330 0000",
    ],
)
def test_luhn_valid_card_numbers_are_found(card: str, policy: Policy) -> None:
    assert found(f"charge {card} please", policy) == [("CREDIT_CARD", card)]


def test_a_random_sixteen_digit_number_that_fails_luhn_is_not_a_card(policy: Policy) -> None:
    assert not luhn_valid("4111111111111112")
    assert found("ref 4111111111111112", policy) == []
    assert found("4012-8888-8888-1882", policy) == []


def test_mixed_separators_are_not_one_card(policy: Policy) -> None:
    assert found("4111 1111-1111 1111", policy) == []


@pytest.mark.parametrize(
    "iban",
    [
        "GB82 WEST 1234 5698 7654 32",
        "GB82WEST12345698765432",
        "DE89 3704 0044 0532 0130 00",
        "BE68539007547034",
    ],
)
def test_ibans_with_a_valid_checksum_are_found(iban: str, policy: Policy) -> None:
    assert found(f"pay into {iban} by Friday", policy) == [("IBAN_CODE", iban)]


def test_an_iban_with_a_wrong_checksum_is_not_found(policy: Policy) -> None:
    assert found("GB82 WEST 1234 5698 7654 33", policy) == []


def test_routing_and_account_numbers_need_a_banking_context(policy: Policy) -> None:
    assert aba_valid("121000358")
    assert found("routing number 121000358", policy) == [("ABA_ROUTING_NUMBER", "121000358")]
    assert found("ticket 121000358", policy) == []
    assert found("my checking account 12345678901", policy) == [("US_BANK_NUMBER", "12345678901")]


def test_financial_data_is_held_even_when_the_author_confirms(policy: Policy) -> None:
    from moderation import Action, Context

    text = "card 4111 1111 1111 1111"
    assert moderate(text, policy=policy).action == Action.WARN
    confirmed = moderate(text, Context(confirmed_disclosure=True), policy)
    assert confirmed.action == Action.HOLD
    assert confirmed.primary_reason.category == "financial_data"
