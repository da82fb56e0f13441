"""moderate(): findings to categories to actions; verdicts, reasons, redaction."""

from __future__ import annotations

import threading
from collections.abc import Callable

from moderation import Action, Context, Policy, moderate, redact


def test_clean_text_is_allowed_untouched(policy: Policy) -> None:
    v = moderate("What a lovely day for a walk in the park.", policy=policy)
    assert v.action == Action.ALLOW
    assert (v.reasons, v.findings, v.categories) == ((), (), ())
    assert v.censored == "What a lovely day for a walk in the park."
    assert not v.offensive and not v.disclosure and v.primary_reason is None


def test_the_strongest_action_wins_and_reasons_are_ordered_by_strength(policy: Policy) -> None:
    v = moderate("you faggot, my email is bob@example.com, what a shit day", policy=policy)
    assert v.action == Action.HOLD
    assert [r.action for r in v.reasons] == sorted((r.action for r in v.reasons), reverse=True)
    assert v.primary_reason.category == "offensive"
    assert set(v.categories) == {"offensive", "contact_data", "obscene"}
    assert v.offensive
    assert [f.type for f in v.pii] == ["EMAIL_ADDRESS"]


def test_every_reason_names_its_clause_detector_and_finding(policy: Policy) -> None:
    v = moderate("shit", policy=policy)
    [r] = v.reasons
    assert r.category == "obscene"
    assert r.clause == policy.category("obscene").clause
    assert r.detector == "profanity"
    assert r.finding is not None and r.finding.category == "obscene"
    assert r.message == "This contains profanity."


def test_censoring_masks_only_content_findings(policy: Policy) -> None:
    v = moderate("shit, call 415-555-0132", policy=policy)
    assert v.censored == "****, call 415-555-0132"
    assert len(v.censored) == len("shit, call 415-555-0132")


def test_surfaces_change_the_action(policy: Policy) -> None:
    assert moderate("shit", policy=policy).action == Action.CENSOR
    assert moderate("shit", Context(surface="username"), policy).action == Action.BLOCK


def test_confirmed_disclosure_of_contact_data_is_allowed(policy: Policy) -> None:
    text = "mail me at bob@example.com"
    assert moderate(text, policy=policy).disclosure
    v = moderate(text, Context(confirmed_disclosure=True), policy)
    assert v.action == Action.ALLOW and not v.disclosure
    assert v.pii and v.pii[0].type == "EMAIL_ADDRESS"


def test_redact_masks_each_finding(policy: Policy) -> None:
    text = "mail bob@example.com or call (415) 555-0132, you bitch"
    v = moderate(text, policy=policy)
    out = redact(text, v.findings)
    assert out == "mail [email removed] or call [personal data removed], you █████"
    assert moderate(out, policy=policy).findings == ()


def test_redact_ignores_spans_outside_the_text() -> None:
    from moderation import Finding

    f = Finding("EMAIL_ADDRESS", 5, 50, "x", "email", "contact_data")
    assert redact("short", [f]) == "short"


def test_policy_categories_decide_not_code(policy_with: Callable[..., Policy]) -> None:
    lenient = policy_with(
        "",
        replace=(
            'types = ["PROFANITY"]\naction = "censor"',
            'types = ["PROFANITY"]\naction = "allow"',
        ),
    )
    v = moderate("shit happens", policy=lenient)
    assert v.action == Action.ALLOW
    assert v.categories == ("obscene",)  # fired, but the policy allows it
    assert v.censored == "shit happens"


def test_new_authors_can_be_treated_more_strictly(policy_with: Callable[..., Policy]) -> None:
    strict = policy_with(
        "",
        replace=(
            'types = ["PROFANITY"]\naction = "censor"',
            'types = ["PROFANITY"]\naction = "censor"\nnew_author_action = "hold"',
        ),
    )
    assert moderate("shit", policy=strict).action == Action.CENSOR
    assert moderate("shit", Context(author_is_new=True), strict).action == Action.HOLD


def test_moderate_is_deterministic_and_thread_safe(policy: Policy) -> None:
    texts = [f"message {i}: you bitch, call 415-555-01{i % 90 + 10}" for i in range(200)]
    expected = [moderate(t, policy=policy) for t in texts]
    results: dict[int, list] = {}

    def work(k: int) -> None:
        results[k] = [moderate(t, policy=policy) for t in texts]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results.values())


def test_the_verdict_records_which_policy_decided(policy: Policy) -> None:
    assert moderate("shit", policy=policy).policy_hash == policy.sha256
