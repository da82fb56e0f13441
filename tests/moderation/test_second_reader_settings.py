"""What the policy's settings of the second reader decide (``[detectors.abuse_encoder]``,
pipeline.reread): the confirming weights (``confirm_from``, ``clear_below``), which texts are
read (``read_short``, ``read_held``, ``profane_from``, ``read_disclosures``) and the
PolicyError a bad setting gives. Sentences written for these tests; none is in a training
or held-out set."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from moderation import Policy, load_policy, moderate, reread
from moderation.policy import PolicyError
from moderation.verdict import Action
from tests.moderation.test_abuse_encoder import POLICY, judged


def with_setting(tmp_path: Path, key: str, value: str) -> Policy:
    """The bundled policy with one setting of ``[detectors.abuse_encoder]`` changed."""
    src = re.sub(rf"\n{key} = [^\n]+", f"\n{key} = {value}", POLICY.read_text())
    (tmp_path / "p.toml").write_text(src)
    return load_policy(tmp_path / "p.toml")


def without_confirming(tmp_path: Path) -> Policy:
    """The bundled policy with ``confirm_from = 0``: no confirming read."""
    return with_setting(tmp_path, "confirm_from", "0")


def test_the_reader_holds_only_what_the_confirming_weights_also_read_as_abuse(
    tmp_path: Path,
) -> None:
    """The first weights read this everyday sentence as abuse (0.988); the confirming
    weights do not (0.33), so the bundled policy lets it through; without them it would be
    held."""
    text = "You couldn't park anywhere near the place."
    assert judged(text).action == Action.ALLOW
    policy = without_confirming(tmp_path)
    assert policy.engine.second.confirm_from == 0
    verdict = reread(text, moderate(text, policy=policy), policy=policy)
    assert verdict.action == Action.HOLD


def test_a_rule_hold_stands_only_when_the_confirming_weights_uphold_it(tmp_path: Path) -> None:
    """The abuse rules hold this friendly sentence ("I know where you work") and the first
    weights uphold the hold (0.92); the confirming weights read it as ordinary (0.03), so the
    bundled policy publishes it; without them it would stay held."""
    text = "I know where you work! My cousin works there too, small world."
    first = moderate(text)
    assert first.action == Action.HOLD
    assert {r.detector for r in first.reasons} <= {"abuse", "abuse_model"}
    assert judged(text).action == Action.ALLOW
    policy = without_confirming(tmp_path)
    verdict = reread(text, moderate(text, policy=policy), policy=policy)
    assert verdict.action == Action.HOLD


PLAIN_THREATS = ["I will kill you tomorrow", "i will kill you tomorrow night"]


@pytest.mark.parametrize("text", PLAIN_THREATS)
def test_a_plain_threat_the_rules_hold_stays_held(text: str) -> None:
    """The first weights give these 0.83-0.85 and the confirming ones 0.70-0.73: short of
    ``confirm_from`` (0.95) but not a reading of "unlikely abuse" (``clear_below``, 0.6), so
    the rules' hold stands."""
    assert moderate(text).action == Action.HOLD
    assert judged(text).action == Action.HOLD


@pytest.mark.parametrize("text", ["pathetic joke", "worthless rat", "braindead troll"])
def test_read_short_reads_two_words_the_word_model_never_reads(text: str, tmp_path: Path) -> None:
    """The word model reads sentences of three words or more, so alone it never opens the
    gate for two words of abuse; ``read_short`` reads them anyway. The bundled policy leaves
    it off (next test)."""
    assert judged(text).action < Action.HOLD
    policy = with_setting(tmp_path, "read_short", "3")
    verdict = reread(text, moderate(text, policy=policy), policy=policy)
    assert verdict.action == Action.HOLD
    assert {r.category for r in verdict.reasons} == {"harassment"}


@pytest.mark.parametrize(
    "text",
    [
        "nailed it",
        "you legend",
        "kill it tonight",
        "shoot me a message",
        "dead tired",
        "you rock",
        # Read alone, with read_short 3, these are held: why the bundled policy leaves it off.
        "intellectual",
        "Trollope",
        "buy cheap pills",
    ],
)
def test_short_everyday_messages_stay_published(text: str) -> None:
    assert judged(text).action == Action.ALLOW


def test_a_text_held_for_a_slur_is_named_for_its_abuse_too(tmp_path: Path) -> None:
    """Held by the profanity lexicon for the slur, the text is read too (``read_held``),
    so the moderator sees the harassment clause beside the offensive-language one."""
    text = "Everyone in the office knows Dana is a slag and a waste of space."
    first = moderate(text)
    assert {r.category for r in first.reasons if r.action >= Action.HOLD} == {"offensive"}
    verdict = judged(text)
    assert verdict.action == Action.HOLD
    assert {r.category for r in verdict.reasons} == {"offensive", "harassment"}
    policy = with_setting(tmp_path, "read_held", "false")
    before = reread(text, moderate(text, policy=policy), policy=policy)
    assert {r.category for r in before.reasons} == {"offensive"}


def test_a_held_text_the_reader_finds_no_abuse_in_is_left_as_it_was() -> None:
    """Held for the word, read, and nothing added: telling of abuse is not abuse."""
    text = "My cousin got called a retard at school today and I want to talk to the teacher."
    first = moderate(text)
    assert first.action == Action.HOLD
    assert judged(text) == first


def test_a_vulgar_word_aimed_at_someone_is_read_from_profane_from(tmp_path: Path) -> None:
    """Censored for the word, and short of the gate and of ``min_score``: with
    ``profane_from`` the text is read anyway and held as the harassment it is."""
    text = "fuck off back to reddit"
    assert moderate(text).action == Action.CENSOR
    verdict = judged(text)
    assert verdict.action == Action.HOLD
    assert "harassment" in {r.category for r in verdict.reasons}
    policy = with_setting(tmp_path, "profane_from", "0")
    assert reread(text, moderate(text, policy=policy), policy=policy).action == Action.CENSOR


def test_a_text_held_for_a_vulgar_insult_is_named_from_profane_from(tmp_path: Path) -> None:
    """Held for the slur and read (``read_held``); the reader's harassment counts from
    ``profane_from`` as in a text that is only censored, so the moderator sees the insult
    named, not only the word."""
    text = "Hey dumbass, read the pinned post."
    assert {r.category for r in moderate(text).reasons} == {"offensive"}
    assert {r.category for r in judged(text).reasons} == {"offensive", "harassment"}
    policy = with_setting(tmp_path, "profane_from", "0")
    before = reread(text, moderate(text, policy=policy), policy=policy)
    assert {r.category for r in before.reasons} == {"offensive"}


def test_someone_else_s_number_posted_to_set_people_on_them_is_doxxing(tmp_path: Path) -> None:
    """The word model gives it no chance of abuse (no threat word), so it was never read;
    with ``read_disclosures`` a text with someone's address and number is read anyway and
    held for doxxing."""
    text = "Her name is Ruth Abbott, 4 Kestrel Way, mobile 555-0163. Have fun."
    assert moderate(text).action == Action.WARN
    verdict = judged(text)
    assert verdict.action == Action.HOLD
    assert "doxxing" in {r.category for r in verdict.reasons}
    policy = with_setting(tmp_path, "read_disclosures", "[]")
    assert reread(text, moderate(text, policy=policy), policy=policy).action == Action.WARN


@pytest.mark.parametrize(
    "text",
    [
        "Selling my bike, call me on 555-0142 or come to 14 Elm Street after six.",
        "Our office moved to 22 Orchard Close, Redbridge; the phone number is still 555-0199.",
        "Email me at jo@example.com if you want the knitting pattern.",
    ],
)
def test_one_s_own_contact_details_are_read_and_only_warned_about(text: str) -> None:
    """Read because of the number or address, and left as moderate() judged it: the author
    is warned about the disclosure, nothing is held."""
    assert judged(text) == moderate(text)
    assert judged(text).action == Action.WARN


@pytest.mark.parametrize(
    "text",
    [
        "This update is shit.",
        "I'm so fucking tired after that shift.",
        "Who the fuck designed this roundabout?",
        "That concert was the shit, best night of my year.",
        "You lucky bastard, you won the raffle!",
    ],
)
def test_everyday_swearing_is_censored_not_held(text: str) -> None:
    """Read with ``profane_from``, swearing about things and good luck reads near 0."""
    assert judged(text).action == Action.CENSOR


@pytest.mark.parametrize(
    ("key", "bad", "message"),
    [
        *(
            (key, bad, f"{key}: must be a number from 0 to 1")
            for key in ("read_from", "confirm_from", "profane_from")
            for bad in ("2", '"high"', "true", "-0.5")
        ),
        ("read_short", "-1", "read_short: must be a whole number of words, 0 or more"),
        ("read_short", "2.5", "read_short: must be a whole number of words, 0 or more"),
        ("read_short", "true", "read_short: must be a whole number of words, 0 or more"),
        ("read_held", "1", "read_held: must be true or false"),
        ("read_held", '"yes"', "read_held: must be true or false"),
        (
            "read_disclosures",
            '["contact_data", "no_such_category"]',
            "read_disclosures: must be a list of the policy's category names",
        ),
        ("read_disclosures", '"contact_data"', "read_disclosures: must be a list"),
    ],
)
def test_a_bad_setting_is_a_policy_error(key: str, bad: str, message: str, tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=message) as err:
        with_setting(tmp_path, key, bad)
    src = (tmp_path / "p.toml").read_text()
    assert err.value.line == next(
        i for i, ln in enumerate(src.splitlines(), 1) if ln.startswith(key)
    )
