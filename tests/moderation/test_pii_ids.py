"""Government identifiers: validated shapes, and bare digits only in context."""

from __future__ import annotations

import pytest

from moderation import Policy, moderate


def found(text: str, policy: Policy) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in moderate(text, policy=policy).pii]


@pytest.mark.parametrize("ssn", ["078-05-1123", "078 05 1123", "078.05.1123"])
def test_us_ssns_in_the_usual_formats(ssn: str, policy: Policy) -> None:
    assert found(f"ssn {ssn}", policy) == [("US_SSN", ssn)]


@pytest.mark.parametrize(
    "bad", ["000-12-3456", "666-12-3456", "078-00-1123", "078-05-0000", "693-09.4444"]
)
def test_impossible_ssns_are_not_flagged(bad: str, policy: Policy) -> None:
    assert [t for t, _ in found(f"number {bad}", policy) if t == "US_SSN"] == []


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("AA 12 34 56 B", "UK_NINO"),
        ("X9613851N", "ES_NIE"),
        ("55555555-K", "ES_NIF"),
        ("AAAAAA00B11C333Y", "IT_FISCAL_CODE"),
        ("010594Y9032", "FI_PERSONAL_IDENTITY_CODE"),
        ("911-70-1234", "US_ITIN"),
        ("401-023-2137", "UK_NHS"),
        ("130 692 544", "CA_SIN"),
        ("3123 4567 8909", "IN_AADHAAR"),
    ],
)
def test_national_ids_with_checksums(text: str, entity: str, policy: Policy) -> None:
    assert found(f"here it is: {text}", policy) == [(entity, text)]


def test_a_bare_digit_run_is_an_id_only_next_to_a_word_that_names_it(policy: Policy) -> None:
    assert found("order 44051401458 shipped", policy) == []
    assert found("my PESEL is 44051401458", policy) == [("PL_PESEL", "44051401458")]


def test_ids_are_held_for_review_when_confirmed(policy: Policy) -> None:
    from moderation import Action, Context

    verdict = moderate("ssn 078-05-1123", Context(confirmed_disclosure=True), policy)
    assert verdict.action == Action.HOLD
