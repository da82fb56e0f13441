"""The abuse grammar (lexicon/abuse_grammar.toml) on sentences written for these tests:
each family caught in phrasings the exact phrases do not list, the explicit phrases still
caught, look-alikes left clean, and each finding routed to its policy clause."""

from __future__ import annotations

import pytest

from moderation import Policy, moderate
from moderation.detectors.abuse_grammar import GRAMMAR, Grammar
from moderation.detectors.abuse_rules import compile_rule
from moderation.verdict import Action

CAUGHT = {
    "THREAT": [
        "I'm gonna break both of your arms when I see you",
        "we are going to stab that admin",
        "i swear i will really hurt u",
        "im smashing your teeth in tomorrow",
        "Keep talking and I'll put you in a wheelchair.",
        "you're going to end up in a coffin, pal",
        "I'm coming to your flat with a machete",
        "your kids won't be safe after tonight",
        "people like you deserve to be beaten",
        "someone should beat his head in",
    ],
    "SELF_HARM": [
        "honestly just go drown yourself",
        "nobody would notice if you vanished, so go on, end it",
        "swallow a bottle of pills and spare us",
        "go jump off a tall building already",
        "the forum would be a better place without you",
        "why are you still alive",
        "you'd be better off dead",
    ],
    "HARASSMENT": [
        "you're a pathetic, spineless little loser",
        "what a clueless moron you are",
        "You are the most insufferable member here",
        "nobody in this server likes you",
        "Shut your ugly mouth, you absolute clown",
        "crawl back to your basement",
        "your posts are as worthless as you are",
    ],
    "DOXXING": [
        "I'm going to post your home address in the group",
        "i will leak his phone number tonight",
        "I'll make sure your employer sees every screenshot",
        "your real name is going public tomorrow",
        "everyone is going to know where you live",
        "let's find his address and spread it",
    ],
}
# Explicit phrases the exact patterns catch: the grammar is on top of them, never instead.
EXPLICIT = [
    "I will kill you",
    "I'll kill you",
    "I will find where you live",
    "go kill yourself",
    "You are a worthless idiot",
    "I know where you live",
    "why not kill yourself",
]
LOOKALIKES = [
    "kill the process and restart the worker",
    "this config looks like someone beat their head on the keyboard",
    "somebody hit his head on the low beam in the cellar",
    "I could kill for a coffee",
    "you're killing it with these drawings",
    "my back is killing me",
    "I'll beat you at chess next week",
    "I'll shoot you a message when it's done",
    "we're going to destroy you in the next round, get ready",
    "ugh I'm such an idiot, I forgot my charger",
    "he told me to kill myself, please ban him",
    "if you're thinking of hurting yourself, please call a crisis line",
    "I would never hurt you",
    "please don't hurt yourself lifting that box",
    "watch your back when you lift that couch, bend your knees",
    "nobody here thinks you're stupid, it was a good question",
    "I'll post the address of the venue in the thread",
    "can you send me your address so I can post the parcel",
    "the villain says he will stab the hero in the final chapter",
    "cut the onions and beat the eggs",
    "You are not an idiot, you just need sleep",
    "I'll hit you up later",
    "I'm going to the hospital for a scan",
    "burn the old leaves, then bury the bulbs",
]


def _abuse(text: str, policy: Policy) -> list[str]:
    return [f.type for f in moderate(text, policy=policy).findings if f.detector == "abuse"]


@pytest.mark.parametrize(
    ("family", "text"), [(fam, t) for fam, texts in CAUGHT.items() for t in texts]
)
def test_grammar_catches_each_family(family: str, text: str, policy: Policy) -> None:
    assert family in _abuse(text, policy), text


@pytest.mark.parametrize("text", EXPLICIT)
def test_explicit_phrases_stay_caught(text: str, policy: Policy) -> None:
    assert _abuse(text, policy), text


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_stay_clean(text: str, policy: Policy) -> None:
    assert _abuse(text, policy) == [], text


def test_grammar_findings_carry_their_clause_and_a_human_label(policy: Policy) -> None:
    v = moderate("I'm gonna break both of your arms when I see you", policy=policy)
    reason = next(r for r in v.reasons if r.category == "threats")
    assert reason.action is Action.HOLD
    finding = next(f for f in v.findings if f.detector == "abuse")
    assert dict(finding.detail)["label"] == "a threat of violence"
    assert finding.category == "threats"


def test_rules_name_only_known_classes(tmp_path) -> None:
    text = GRAMMAR.read_text(encoding="utf-8").replace(
        '"speaker modal{1,6} ~2 harm @victim"', '"speaker modal{1,6} ~2 hram @victim"'
    )
    path = tmp_path / "g.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match="hram"):
        Grammar(path)


def test_a_rule_is_a_regex_over_units() -> None:
    import re

    rx = re.compile(compile_rule("'kill you|third"))
    assert rx.search(" |'kill|harm| |'you|you|")
    assert not rx.search(" |'kill|harm| |'the| |'process|")


# Veiled threats, doxxing by finding or telling, and comparison insults (issue 17), each with
# look-alikes of the same shape: games, parties, quoting abuse to moderators, friendly notes.
VEILED = {
    "THREAT": [
        "come alone, and leave your phone at home",
        "enjoy your last few hours, pal",
        "you won't even know what's coming",
        "say one more word and you'll be spitting out teeth",
        "somebody ought to teach this clown a lesson",
        "it'd be a real shame if something happened to your dog",
        "you'll be crawling for weeks once I'm done with you",
        "they'll be peeling you off the road",
        "I'll crush your jaw",
        "keep posting and your little brother gets hurt",
    ],
    "DOXXING": [
        "tracked down your dad's house last night",
        "I found your facebook and your employer in one search",
        "soon the whole server will know who you are",
        "I'll report you to your boss and send him these posts",
        "your address will be all over the forum by morning",
    ],
    "HARASSMENT": [
        "you've got the memory of a goldfish",
        "you're about as clever as a bag of rocks",
        "arguing with you is like arguing with a potato",
        "you have less sense than a houseplant",
        "you make a turnip seem witty",
    ],
}
VEILED_LOOKALIKES = [
    "come alone or with the kids, either is fine",
    "enjoy your last days of summer before term starts",
    "it's a surprise party, she won't know what's coming",
    "I'm going to murder you at darts tonight",
    "this account keeps sending me 'I'll crush your jaw', I've blocked it",
    "I know where you work, the bakery, your bread is great",
    "I found your wallet by the till, it's at the front desk",
    "you have the voice of an angel",
    "you're as sharp as a tack today",
    "talking to you is like talking to an old friend",
    "someone should teach you a lesson in patience, ha, you're always early",
    "you'll need new knees after that workout",
]
# Every abusive and every look-alike sentence above: the forum's whole decision, after the
# second reader, is asked about them too (test_abuse_encoder.py, bench/reader_pair.py).
ALL_ABUSIVE = [t for rows in (*CAUGHT.values(), *VEILED.values()) for t in rows] + EXPLICIT
ALL_LOOKALIKES = LOOKALIKES + VEILED_LOOKALIKES


@pytest.mark.parametrize(
    ("family", "text"), [(fam, t) for fam, texts in VEILED.items() for t in texts]
)
def test_grammar_catches_veiled_and_comparative_abuse(
    family: str, text: str, policy: Policy
) -> None:
    assert family in _abuse(text, policy), text


@pytest.mark.parametrize("text", VEILED_LOOKALIKES)
def test_veiled_lookalikes_stay_clean(text: str, policy: Policy) -> None:
    assert _abuse(text, policy) == [], text


def test_a_possessive_is_one_unit_of_a_rule(policy: Policy) -> None:
    # "your brother's house": the 's unit matches the rules' 's element.
    assert "DOXXING" in _abuse("found your brother's house", policy)
