"""Government identifiers: validated shapes; bare digits in context, or alone when strong."""

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


# The numbers below are made up for these tests: each passes its official check.


@pytest.mark.parametrize(
    ("text", "entity", "number"),
    [
        ("7811236103", "SE_PERSONNUMMER", "7811236103"),
        ("196504300127", "SE_PERSONNUMMER", "196504300127"),
        ("8309051357715", "KR_RRN", "8309051357715"),
        ("87061430911.", "PL_PESEL", "87061430911"),
        ('"03222786488"', "PL_PESEL", "03222786488"),
        ("26603304284", "TR_NATIONAL_ID", "26603304284"),
        ("63519047087", "DE_TAX_ID", "63519047087"),
        (" 9107193817081\n", "ZA_ID_NUMBER", "9107193817081"),
        ("38207174900", "AU_ABN", "38207174900"),
    ],
)
def test_a_message_that_is_only_an_id_with_a_birth_date_or_two_check_digits_is_one(
    text: str, entity: str, number: str, policy: Policy
) -> None:
    # A reply to "what's your personnummer?": the question named it.
    assert found(text, policy) == [(entity, number)]


@pytest.mark.parametrize(
    "text",
    [
        "2383910643",  # passes the NHS check: one check digit, like a phone number
        "623599289",  # passes the SIN's Luhn check
        "933247708",  # passes the TFN check
        "102261950",  # passes the ACN check
        "6511638937316",  # passes the Thai check
        "529203423858",  # passes the Aadhaar check
    ],
)
def test_a_lone_number_with_a_single_check_digit_still_needs_a_word_naming_it(
    text: str, policy: Policy
) -> None:
    assert found(text, policy) == []


@pytest.mark.parametrize(
    "text",
    [
        "87061430911 shipped yesterday",
        "got 7811236103, no clue what it means",
        "Order 87061430911",
        "order #26603304284",
        "1717171717",
        "1717171717123",
        "1299.99",
        "2024-03-15",
        "$ 12,345,678,901",
    ],
)
def test_numbers_that_are_not_alone_or_are_timestamps_prices_dates_stay_clean(
    text: str, policy: Policy
) -> None:
    assert found(text, policy) == []


def test_a_lone_phone_number_stays_a_phone_number(policy: Policy) -> None:
    assert found("07911123456", policy) == [("PHONE_NUMBER", "07911123456")]


def test_a_number_after_a_country_calling_code_is_a_phone_number(policy: Policy) -> None:
    # 238-391-0643 passes the NHS check; "+1" says it is a North American number.
    assert found("ring +1 238-391-0643 after six", policy) == [("PHONE_NUMBER", "+1 238-391-0643")]


def test_a_birth_date_still_to_come_is_no_id(policy: Policy) -> None:
    # Check digit right, but the month code puts the birth in 2140.
    assert found("PESEL 40410129841", policy) == []


@pytest.mark.parametrize(
    ("text", "entity", "number"),
    [
        ("my personnummer is7811236103", "SE_PERSONNUMMER", "7811236103"),
        ("my hetu is140382-022A", "FI_PERSONAL_IDENTITY_CODE", "140382-022A"),
    ],
)
def test_an_id_glued_to_a_plain_word_is_a_missed_space(
    text: str, entity: str, number: str, policy: Policy
) -> None:
    assert found(text, policy) == [(entity, number)]


@pytest.mark.parametrize(
    "text", ["personnummer x9a7811236103", "hetu a1b140382-022A", "nie X2886668F"]
)
def test_digits_inside_a_longer_token_are_not_an_id_of_their_own(text: str, policy: Policy) -> None:
    assert [f for f in found(text, policy) if f[0] != "ES_NIE"] == []


@pytest.mark.parametrize(
    ("text", "entity", "number"),
    [
        ("TNIN 6511638937316", "TH_TNIN", "6511638937316"),
        ("เลขประจำตัวประชาชนของฉัน 6511638937316 ครับ", "TH_TNIN", "6511638937316"),
        ("เลขบัตรประชาชน: 8425280291368", "TH_TNIN", "8425280291368"),
        ("제 주민등록번호는 8309051357715입니다", "KR_RRN", "8309051357715"),
        ("주민번호 8309051959955", "KR_RRN", "8309051959955"),
        ("मेरा आधार 529203423858 है", "IN_AADHAAR", "529203423858"),
        ("T.C. kimlik no 61420381780", "TR_NATIONAL_ID", "61420381780"),
        ("Steueridentifikationsnummer 18324957556", "DE_TAX_ID", "18324957556"),
    ],
)
def test_words_that_name_an_id_in_its_own_language(
    text: str, entity: str, number: str, policy: Policy
) -> None:
    assert found(text, policy) == [(entity, number)]


@pytest.mark.parametrize(
    ("text", "entity", "number"),
    [
        ("DNI 2886668-F", "ES_NIF", "2886668-F"),
        ("nif 6708908S", "ES_NIF", "6708908S"),
        ("refugee ID 8503028514284", "ZA_ID_NUMBER", "8503028514284"),
        ("FIN M6204753K", "SG_NRIC_FIN", "M6204753K"),
        ("nric s5145151a", "SG_NRIC_FIN", "s5145151a"),
    ],
)
def test_other_ways_these_ids_are_written(
    text: str, entity: str, number: str, policy: Policy
) -> None:
    assert found(text, policy) == [(entity, number)]
