"""Numbers that only look like personal data, and personal data inside Markdown code."""

from __future__ import annotations

import pytest

from moderation import Policy, moderate


def pii(text: str, policy: Policy) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in moderate(text, policy=policy).pii]


@pytest.mark.parametrize(
    "text",
    [
        "Order #114-3941689-8772232 never arrived and support won't answer",
        "my order number is 4412 8899 1023, can someone check?",
        "Invoice 2024-001873 attached, pay by friday",
        "ref 5539120847 for the refund please",
    ],
)
def test_order_invoice_and_reference_numbers_are_not_personal_data(
    text: str, policy: Policy
) -> None:
    assert pii(text, policy) == []


@pytest.mark.parametrize(
    "text",
    [
        "UPS tracking 1Z999AA10123456784 says delivered but nothing on my porch",
        "USPS tracking number 9400111899223197428490 hasn't moved in a week",
        "FedEx tracking number 123456789012 shows in transit",
        "the DHL parcel 1234567890 finally arrived",
    ],
)
def test_parcel_tracking_numbers_are_not_personal_data(text: str, policy: Policy) -> None:
    assert pii(text, policy) == []


@pytest.mark.parametrize(
    "text",
    [
        "the 2nd edition is ISBN 978-0-596-52068-7",
        "ISBN-10 0-306-40615-2 is the paperback",
        "old printing: isbn 0 306 40615 2",
        "UPC 036000291452 on the tin",
        "model number 55032118821, bought it in march",
        "SKU: 889842640816 is out of stock again",
    ],
)
def test_isbns_and_product_codes_are_not_personal_data(text: str, policy: Policy) -> None:
    assert pii(text, policy) == []


@pytest.mark.parametrize(
    "text",
    [
        "upgrade to v2.14.1 first, then v1.2.3.4 is fine",
        "it broke on version 192.168.1.4 of the firmware",
        "kernel 5.15.0.101 broke my wifi",
        "Windows 10.0.19041.1 and Python 3.11.7",
    ],
)
def test_version_strings_are_not_ip_addresses(text: str, policy: Policy) -> None:
    assert pii(text, policy) == []


@pytest.mark.parametrize(
    "text",
    [
        "the request id was 550e8400-e29b-41d4-a716-446655440000",
        "fixed in commit 0123456789abcdef0123456789abcdef01234567",
    ],
)
def test_uuids_and_commit_hashes_are_not_phone_numbers(text: str, policy: Policy) -> None:
    assert pii(text, policy) == []


def test_a_cue_must_stand_right_before_the_number(policy: Policy) -> None:
    # "order" is not the word announcing this number: "call" is.
    assert pii("to change an order call 415-555-0132", policy) == [("PHONE_NUMBER", "415-555-0132")]
    assert pii("my ip is 192.168.1.4", policy) == [("IP_ADDRESS", "192.168.1.4")]


@pytest.mark.parametrize(
    "text",
    [
        "set `PHONE=+14155550132` in your .env and restart",
        "use `192.168.1.1` as the gateway",
        "this fails:\n\n```\nuser = 'jane.doe@example.com'\nip = '10.0.0.1'\n```\n",
        "like this\n\n    card = '4111 1111 1111 1111'\n    ssn = '123-45-6789'\n",
        "~~~python\nx = 4242424242424242\n~~~",
    ],
)
def test_personal_data_inside_markdown_code_is_not_reported(text: str, policy: Policy) -> None:
    assert pii(text, policy) == []


def test_personal_data_next_to_code_is_still_reported_with_its_offsets(policy: Policy) -> None:
    text = "run `make test` then mail me at jane.doe@example.com"
    found = moderate(text, policy=policy).pii
    assert [(f.type, f.text) for f in found] == [("EMAIL_ADDRESS", "jane.doe@example.com")]
    assert text[found[0].start : found[0].end] == "jane.doe@example.com"


def test_an_indented_line_inside_a_paragraph_is_not_code(policy: Policy) -> None:
    text = "call me on\n    (415) 555-0132 after six"
    assert pii(text, policy) == [("PHONE_NUMBER", "(415) 555-0132")]


def test_a_number_glued_to_a_plain_word_is_still_reported(policy: Policy) -> None:
    # A missed space, not a longer token: only tokens with digits (hashes, UUIDs) hide it.
    assert pii("my other one is415-555-0132", policy) == [("PHONE_NUMBER", "415-555-0132")]
