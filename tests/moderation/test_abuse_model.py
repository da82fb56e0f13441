"""The abuse model (detectors/abuse_model.py): its numpy reader computes what the network
it was trained as computes, a sentence scores the same alone or among others, the policy's
threshold decides, it reads only what nothing holds yet, and it catches abuse the rules do
not list while everyday sentences from the issue stay clean. Sentences written for these
tests; none is in a training or held-out set."""

from __future__ import annotations

import functools
import math
import re
import tempfile
from pathlib import Path

import numpy as np
import pytest

from moderation import Policy, load_policy, moderate
from moderation.detectors.abuse_model import (
    WEIGHTS,
    AbuseModelDetector,
    Model,
    abuse_chance,
    shared_model,
    vocabulary,
)
from moderation.detectors.base import Doc
from moderation.policy import PolicyError
from moderation.verdict import Action

POLICY = Path(__file__).parents[2] / "moderation" / "default_policy.toml"


def reference(w: dict[str, np.ndarray], table: np.ndarray, ids: list[int]) -> list[float]:
    """The network as trained, step by step: project the tokens, a 3-token convolution with
    zero padding, ReLU, max over the sentence, the mean beside it if the weights read it,
    softmax."""
    h = table[ids].astype(np.float64) @ w["proj"]
    pad = np.zeros((1, h.shape[1]))
    hp = np.concatenate((pad, h, pad))
    windows = np.concatenate([hp[j : j + len(h)] for j in range(3)], axis=1)
    conv = np.maximum(windows @ w["conv_w"] + w["conv_b"], 0).max(axis=0)
    mean = w["out_w"].shape[0] > len(conv)
    logits = (np.concatenate((conv, h.mean(axis=0))) if mean else conv) @ w["out_w"] + w["out_b"]
    e = np.exp(logits - logits.max())
    return list(e / e.sum())


@pytest.mark.parametrize("mean", [True, False])
def test_reader_computes_the_network(mean: bool, tmp_path: Path) -> None:
    """Random weights, sentences of 1 to 9 tokens read together: the folded tables and the
    per-sentence max (and mean) must give the plain network's chances for each sentence."""
    _, table = vocabulary()
    rng = np.random.default_rng(3)
    d, filters = 8, 6
    w = {
        "proj": rng.normal(size=(table.shape[1], d)).astype(np.float32) * 0.3,
        "conv_w": rng.normal(size=(3 * d, filters)).astype(np.float32),
        "conv_b": rng.normal(size=filters).astype(np.float32),
        "out_w": rng.normal(size=(filters + (d if mean else 0), 5)).astype(np.float32),
        "out_b": rng.normal(size=5).astype(np.float32),
    }
    path = tmp_path / "w.npz"
    np.savez(path, **w)
    model = Model(path)
    sentences = [rng.integers(3, len(table), size=n).tolist() for n in (1, 2, 5, 9, 3)]
    together = model.chances(sentences)
    for k, ids in enumerate(sentences):
        want = reference(w, table, ids)
        assert together[k] == pytest.approx(want, abs=1e-4)
        assert model.chances([ids])[0] == pytest.approx(want, abs=1e-4)


def test_a_sentence_scores_the_same_among_others() -> None:
    det = AbuseModelDetector()
    alone = det.detect(Doc("everyone would be happier if you just stopped breathing."))
    among = det.detect(
        Doc("Thanks for the notes. everyone would be happier if you just stopped breathing. Bye")
    )
    assert alone and among
    assert [f.text for f in among] == ["everyone would be happier if you just stopped breathing."]
    assert among[0].score == pytest.approx(alone[0].score, abs=1e-5)


@functools.cache
def _policy(min_score: float) -> Policy:
    """The default policy with another threshold for the word model (written to a file and
    loaded, as an operator would)."""
    text, n = re.subn(
        r"(\[detectors.abuse_model\]\n(?:#.*\n)*min_words = 3\n)min_score = [0-9.]+",
        rf"\g<1>min_score = {min_score}",
        POLICY.read_text(encoding="utf-8"),
    )
    assert n == 1
    path = Path(tempfile.mkdtemp()) / f"policy-{min_score}.toml"
    path.write_text(text, encoding="utf-8")
    return load_policy(path)


@functools.cache
def _rules_only() -> Policy:
    """The default policy without the model: the phrases and the grammar alone."""
    text = POLICY.read_text(encoding="utf-8").replace(
        '["abuse", "abuse_model", "abuse_encoder"]', '["abuse"]'
    )
    path = Path(tempfile.mkdtemp()) / "rules-only.toml"
    path.write_text(text, encoding="utf-8")
    return load_policy(path)


def test_the_policy_threshold_decides() -> None:
    text = "everyone would be happier if you just stopped breathing"
    score = max(f.score for f in AbuseModelDetector().detect(Doc(text)))
    assert moderate(text, policy=_policy(round(score - 0.01, 3))).action == Action.HOLD
    assert moderate(text, policy=_policy(min(1.0, round(score + 0.01, 3)))).action == Action.ALLOW


def test_reads_only_what_nothing_holds_yet() -> None:
    """A threat the rules hold is not read again; the same sentence after a clean one is,
    when the rules miss it."""
    held = moderate("I will kill you")
    assert held.action == Action.HOLD
    assert all(f.detector == "abuse" for f in held.findings)
    missed = moderate("Lovely photos. everyone would be happier if you just stopped breathing")
    assert missed.action == Action.HOLD
    assert [f.detector for f in missed.findings] == ["abuse_model"]
    assert missed.reasons[0].category == "self_harm"


# Abuse in words the phrase patterns and the grammar do not list (checked below).
MODEL_ONLY = [
    ("everyone would be happier if you just stopped breathing", "self_harm"),
    ("the world would be brighter without you in it", "self_harm"),
    ("I'd keep a close eye on your car if I were you", "threats"),
    ("keep it up and you'll be breathing through a tube", "threats"),
    ("i've got your street on google maps already", "doxxing"),
]
# Everyday sentences, several from the issue: nothing may be flagged.
CLEAN = [
    "kill the process and restart the server",
    "I could kill for a coffee right now",
    "this album absolutely slaps, the drummer destroyed it",
    "My grandmother's address is on the envelope, can you post it?",
    "We should shoot the video at the lake tomorrow",
    "The villain threatens to burn the village in chapter three",
    "If you are thinking of hurting yourself, please call a helpline. You matter.",
    "I'm such an idiot, I left my keys in the car again",
]


@pytest.mark.parametrize(("text", "category"), MODEL_ONLY)
def test_catches_what_the_rules_miss(text: str, category: str) -> None:
    assert moderate(text, policy=_rules_only()).action == Action.ALLOW
    v = moderate(text)
    assert v.action == Action.HOLD
    assert {r.category for r in v.reasons} == {category}
    assert v.reasons[0].finding.detector == "abuse_model"


@pytest.mark.parametrize("text", CLEAN)
def test_everyday_sentences_stay_clean(text: str) -> None:
    assert moderate(text).action == Action.ALLOW, moderate(text).reasons


def test_shipped_weights_load_once_and_list_their_cues() -> None:
    assert shared_model(WEIGHTS) is shared_model(WEIGHTS)
    cues = shared_model(WEIGHTS).cues
    assert cues and 20 <= len(cues) <= 2000
    assert not math.isnan(float(shared_model(WEIGHTS).rows.sum()))


def test_a_word_on_its_own_is_never_read() -> None:
    """Fewer words than the policy's min_words: the model does not read the sentence."""
    det = AbuseModelDetector(min_words=3)
    for text in ("worthless", "drown.", "you loser"):
        assert det.detect(Doc(text)) == []


@pytest.mark.parametrize("bad", ["0", '"three"', "true"])
def test_a_bad_min_words_is_a_policy_error(bad: str, tmp_path: Path) -> None:
    text = POLICY.read_text(encoding="utf-8").replace("min_words = 3", f"min_words = {bad}")
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError, match="min_words"):
        load_policy(path)


@pytest.mark.parametrize("bad", ["1.5", "-0.1", '"high"', "true"])
def test_a_bad_min_score_is_a_policy_error_that_names_its_line(bad: str, tmp_path: Path) -> None:
    text = POLICY.read_text(encoding="utf-8")
    text = text.replace("min_words = 3\nmin_score = 0.97", f"min_words = 3\nmin_score = {bad}")
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index(f"min_score = {bad}") + 1
    with pytest.raises(PolicyError, match=r"detectors\.abuse_model\.min_score") as caught:
        load_policy(path)
    assert f":{line}" in str(caught.value)


def test_the_chance_of_abuse_is_one_minus_the_chance_of_none() -> None:
    model = shared_model(WEIGHTS)
    det = AbuseModelDetector()
    ids = [
        i
        for c in ["keep", "it", "up", "and", "you'll", "be", "breathing", "through", "a", "tube"]
        for i in det._chunks[c][0]
    ]
    logits = model.logits([ids]).tolist()[0]
    chances = model.chances([ids])[0]
    score, best = abuse_chance(logits)
    assert score == pytest.approx(1.0 - float(chances[0]), abs=1e-6)
    assert best == int(chances[1:].argmax())
