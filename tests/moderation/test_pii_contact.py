"""Email addresses and phone numbers."""

from __future__ import annotations

import pytest

from moderation import Policy, moderate


def types(text: str, policy: Policy) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in moderate(text, policy=policy).pii]


def test_email_addresses_are_found_with_exact_offsets(policy: Policy) -> None:
    text = "write to info@presidio.site or another.one+tag@example.co.uk today"
    assert types(text, policy) == [
        ("EMAIL_ADDRESS", "info@presidio.site"),
        ("EMAIL_ADDRESS", "another.one+tag@example.co.uk"),
    ]


@pytest.mark.parametrize(
    "text", ["my email is info@presidio.", "hello-world here", "@someone said hi", "a@b"]
)
def test_things_that_only_look_like_emails_are_not(text: str, policy: Policy) -> None:
    assert types(text, policy) == []


@pytest.mark.parametrize(
    "number",
    [
        "(415) 555-0132",
        "+1 415 555 0132",
        "415-555-0132",
        "+44 (20) 7123 4567",
        "+49 30 1234567",
        "+33 1 42 68 53 00",
        "+55 11 98456 5666",
        "090-1234-5678",
    ],
)
def test_phone_numbers_in_national_and_international_formats(number: str, policy: Policy) -> None:
    assert types(f"reach me on {number} after six", policy) == [("PHONE_NUMBER", number)]


def test_a_bare_digit_run_is_a_phone_number_only_when_announced(policy: Policy) -> None:
    assert types("order 4155550132 shipped", policy) == []
    assert types("call me on 4155550132", policy) == [("PHONE_NUMBER", "4155550132")]


def test_numbers_that_are_not_phone_numbers(policy: Policy) -> None:
    assert types("the meeting is on 2024-03-15 at 10:30", policy) == []
    assert types("we sold 1,234,567 copies", policy) == []
    assert types("the score was 3-2, then 10-8 in extra time", policy) == []


def test_contact_data_asks_the_author_to_confirm(policy: Policy) -> None:
    verdict = moderate("my number is (415) 555-0132", policy=policy)
    assert verdict.disclosure
    assert verdict.primary_reason.message == "This looks like a phone number."
    assert verdict.primary_reason.category == "contact_data"


def test_a_dotted_build_number_is_no_phone_number(policy: Policy) -> None:
    for text in ("Works fine on 37.0.2624.229 for me.", "It broke after 122.0.5614.186."):
        assert [f.type for f in moderate(text, policy=policy).findings] == []
    found = moderate("call me on 415.555.0132", policy=policy).findings
    assert [f.type for f in found] == ["PHONE_NUMBER"]
