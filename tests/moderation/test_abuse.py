"""The abuse classifier: threats, self-harm incitement, harassment and doxxing threats held
under their own clause with a human label; innocent look-alikes left alone. Sentences here
are not from the bench sets (those measure; these pin behaviour)."""

from __future__ import annotations

import pytest

from moderation import Action, Policy, moderate
from moderation.detectors.abuse import LABELS
from moderation.detectors.abuse_features import features, load_vocabulary, tokens
from moderation.detectors.abuse_model import Model
from moderation.messages import sentence

ABUSIVE = [
    ("I will find where you live and hurt you.", "threats"),
    ("I'm going to stab you and your brother tonight", "threats"),
    ("nobody wants you here, go kill yourself", "self_harm"),
    ("you are a pathetic worthless loser", "harassment"),
    ("I'll post your home address for everyone to see", "doxxing"),
]
INNOCENT = [
    "kill the process",
    "I could kill for a coffee",
    "you killed it on stage",
    "Beat the eggs, then fold in the flour.",
    "Our team got destroyed in the final again.",
    "If you feel like hurting yourself, please talk to someone you trust.",
]


@pytest.mark.parametrize(("text", "category"), ABUSIVE)
def test_abuse_without_a_swear_word_is_held_under_its_clause(
    policy: Policy, text: str, category: str
) -> None:
    v = moderate(text, policy=policy)
    assert v.action == Action.HOLD
    reasons = [r for r in v.reasons if r.detector == "abuse"]
    assert category in {r.category for r in reasons}
    for r in reasons:
        assert r.clause == policy.category(r.category).clause


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent_look_alikes_are_not_flagged(policy: Policy, text: str) -> None:
    v = moderate(text, policy=policy)
    assert not [f for f in v.findings if f.detector == "abuse"]
    assert v.action == Action.ALLOW


def test_each_clause_gets_its_own_family(policy: Policy) -> None:
    v = moderate("You are a worthless idiot, go kill yourself.", policy=policy)
    found = {f.type for f in v.findings if f.detector == "abuse"}
    assert {"HARASSMENT", "SELF_HARM"} <= found


def test_finding_spans_the_abusive_clause_and_reads_as_words(policy: Policy) -> None:
    text = "Nice weather today. I will stab you"
    [f] = [f for f in moderate(text, policy=policy).findings if f.detector == "abuse"]
    assert text[f.start : f.end] == "I will stab you"
    labels = dict(f.detail)["label"]
    assert labels == LABELS[f.type] and not labels.isupper()
    assert f.type not in sentence(f) and "a threat of violence" in sentence(f)


def test_the_model_file_is_stdlib_json_with_a_weight_per_class() -> None:
    model = Model.load()
    assert model.classes[0] == "INNOCENT" and set(model.classes[1:]) == set(LABELS)
    assert 0.5 <= model.threshold < 1.0
    assert all(len(w) == len(model.classes) for w in model.weights.values())


def test_scoring_from_tokens_equals_scoring_the_trained_feature_names() -> None:
    model, vocab = Model.load(), load_vocabulary()
    for text in [*(t for t, _ in ABUSIVE), *INNOCENT, 'he said "you\'re dead to me"', ""]:
        toks = tokens(text.lower(), vocab)
        by_name = model.score(features(toks, vocab, text))
        by_token = model.score_tokens(toks, vocab, text)
        assert by_name[1] == by_token[1] and abs(by_name[0] - by_token[0]) < 1e-9
