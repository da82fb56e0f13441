"""Properties that must hold for any text at all (hypothesis)."""
# ruff: noqa: RUF001  (the tests feed look-alike characters on purpose)

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moderation import Policy, default_policy, moderate, redact
from moderation.pipeline import redact_spans

# Arbitrary Unicode, plus text built from the pieces that exercise the detectors.
PIECES = st.sampled_from(
    [
        "fuck",
        "f.u.c.k",
        "b1tch",
        "ѕһіt",
        "ｆｕｃｋ",
        "\u200b",
        "\u0301",
        "you",
        "a",
        " ",
        ".",
        "bob@example.com",
        "(415) 555-0132",
        "4111 1111 1111 1111",
        "GB82 WEST 1234 5698 7654 32",
        "078-05-1123",
        "192.168.0.1",
        "12 Crown Street",
        "https://x.co/abc",
        "&#128514;",
        "@user",
        "hoe",
        "crow",
        "\n",
        "Name: Bob Smith",
        "IL 62704",
        "*",
        "-",
        "0",
        "1",
        "\U0001f600",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=40).map("".join))
SETTINGS = settings(
    max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def _policy() -> Policy:
    return default_policy()


@SETTINGS
@given(TEXTS)
def test_moderate_never_raises_and_offsets_fall_inside_the_text(text: str) -> None:
    verdict = moderate(text, policy=_policy())
    assert len(verdict.censored) == len(text)
    for f in verdict.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert f.text == text[f.start : f.end]
        assert f.category
    assert verdict.action == max((r.action for r in verdict.reasons), default=verdict.action)


@SETTINGS
@given(TEXTS)
def test_redact_leaves_no_finding_detectable(text: str) -> None:
    findings = moderate(text, policy=_policy()).findings
    redacted, masks = redact_spans(text, findings)
    assert redacted == redact(text, findings)
    again = moderate(redacted, policy=_policy()).findings
    # Nothing is found where a finding was masked. (Masking may free a neighbour that
    # was glued to a finding: in "FUC4111 1111 1111 1111" the card hid the word "FUC".)
    assert not [g for g in again if any(g.start < e and s < g.end for s, e in masks)]


@SETTINGS
@given(st.text(max_size=200))
def test_moderate_is_deterministic(text: str) -> None:
    assert moderate(text, policy=_policy()) == moderate(text, policy=_policy())
