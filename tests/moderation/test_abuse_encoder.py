"""The second reader (detectors/abuse_encoder.py, pipeline.reread): the encoder is the
published file, the numpy head computes the network it was trained as, a long post is read
in whole sentences, and reread() adds what only the reader sees, clears what the abuse rules
hold in jest or in quotes, and never touches a hold of another kind. Sentences written for
these tests; none is in a training or held-out set."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from moderation import load_policy, moderate, reread
from moderation.detectors import abuse_encoder, encoder_graph
from moderation.detectors.abuse_encoder import (
    MAX_PIECES,
    AbuseEncoderDetector,
    Encoder,
    pieces,
    sentences,
)
from moderation.detectors.base import Doc
from moderation.detectors.encoder_graph import (
    EncoderMissing,
    check_layers,
    encoder_file,
    published_layers,
)
from moderation.verdict import Action
from tests.moderation.test_abuse_grammar import ALL_ABUSIVE, ALL_LOOKALIKES

POLICY = Path(__file__).parents[2] / "moderation" / "default_policy.toml"


def judged(text: str):
    return reread(text, moderate(text))


def test_the_encoder_is_the_published_file(monkeypatch: pytest.MonkeyPatch) -> None:
    assert encoder_file().name == "model.onnx"
    monkeypatch.setattr(encoder_graph, "ENCODER_SHA256", "0" * 64)
    with pytest.raises(EncoderMissing, match="is not the published"):
        encoder_file()


def random_head(
    rng: np.random.Generator, filters: int, widths: tuple[int, ...], width: int = 384
) -> dict[str, np.ndarray]:
    """The arrays of a head file with random weights."""
    w = {"widths": np.array(widths)}
    for k in widths:
        w[f"conv_w_{k}"] = rng.normal(size=(k * width, filters)).astype(np.float32) * 0.05
        w[f"conv_b_{k}"] = rng.normal(size=filters).astype(np.float32)
    w["out_w"] = rng.normal(size=(len(widths) * filters + width, 5)).astype(np.float32)
    w["out_b"] = rng.normal(size=5).astype(np.float32)
    return w


def test_the_head_computes_the_network(tmp_path: Path) -> None:
    """Random weights: the head's products equal the network step by step (per window width,
    zero padding, a window of k tokens, ReLU, max; the mean beside them; one product)."""
    rng = np.random.default_rng(5)
    width, widths = 384, (1, 3, 5)
    w = random_head(rng, filters=7, widths=widths)
    np.savez(tmp_path / "head.npz", **w)
    head = Encoder(tmp_path / "head.npz")
    for n in (1, 2, 9):
        states = rng.normal(size=(n, width)).astype(np.float32)
        tops = []
        for k in widths:
            pad = np.zeros((k // 2, width))
            padded = np.vstack((pad, states, pad))
            windows = [
                np.concatenate(padded[t : t + k]) @ w[f"conv_w_{k}"] + w[f"conv_b_{k}"]
                for t in range(n)
            ]
            tops.append(np.maximum(np.max(windows, axis=0), 0))
        want = np.concatenate((*tops, states.mean(axis=0))) @ w["out_w"] + w["out_b"]
        np.testing.assert_allclose(head.heads[0].logits(states), want, rtol=1e-4, atol=1e-4)


def test_several_heads_in_one_file_are_averaged(tmp_path: Path) -> None:
    """A file of heads (``heads`` = n, arrays prefixed ``h{i}_``): the reader's chance of each
    class is the mean of each head's softmax, and each head reads as it would alone."""
    rng = np.random.default_rng(7)
    both = {"heads": np.array(2)}
    for i in range(2):
        w = random_head(rng, filters=5, widths=(1, 3))
        np.savez(tmp_path / f"head{i}.npz", **w)
        both.update({f"h{i}_{name}": a for name, a in w.items()})
    np.savez(tmp_path / "heads.npz", **both)
    texts = ["see you at the match on saturday", "you will regret this when i find you"]
    alone = [Encoder(tmp_path / f"head{i}.npz").chances(texts) for i in range(2)]
    together = Encoder(tmp_path / "heads.npz").chances(texts)
    assert not np.allclose(alone[0], alone[1], atol=1e-3)  # two different heads
    np.testing.assert_allclose(together, (alone[0] + alone[1]) / 2, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(together.sum(axis=1), 1.0, rtol=1e-5)


def top_file(path: Path, layers: list[dict[str, np.ndarray]]) -> Path:
    """A weights file of a random head and these top layers (stored as float16)."""
    w = random_head(np.random.default_rng(3), filters=5, widths=(1, 3))
    w["top_layers"] = np.array(len(layers))
    for j, layer in enumerate(layers):
        w.update({f"t{j}_{name}": a.astype(np.float16) for name, a in layer.items()})
    np.savez(path, **w)
    return path


def bert_layer(x: np.ndarray, p: dict[str, np.ndarray]) -> np.ndarray:
    """One BERT layer on one text's states, written out: 12 attention heads, exact GELU,
    LayerNorm after each half."""

    def norm(h: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
        return (h - h.mean(-1, keepdims=True)) / np.sqrt(h.var(-1, keepdims=True) + 1e-12) * w + b

    n = len(x)
    q, k, v = ((x @ p[f"{c}_w"] + p[f"{c}_b"]).reshape(n, 12, 32).swapaxes(0, 1) for c in "qkv")
    scores = np.exp(q @ k.swapaxes(1, 2) / np.sqrt(32))
    att = (scores / scores.sum(-1, keepdims=True) @ v).swapaxes(0, 1).reshape(n, -1)
    x = norm(x + att @ p["o_w"] + p["o_b"], p["norm1_w"], p["norm1_b"])
    up = x @ p["up_w"] + p["up_b"]
    up = up * (1 + np.vectorize(math.erf)(up / math.sqrt(2))) / 2
    return norm(x + up @ p["down_w"] + p["down_b"], p["norm2_w"], p["norm2_b"])


def test_published_top_layers_in_the_file_read_as_the_published_encoder(tmp_path: Path) -> None:
    _, layers = published_layers()
    plain = Encoder(None)
    top = Encoder(top_file(tmp_path / "top.npz", layers[4:]))
    assert len(top.top) == 2 and not plain.top
    texts = ["see you at the match on saturday", "you will regret this when i find you, " * 6]
    for a, b in zip(plain.states(texts), top.states(texts), strict=True):
        assert a.shape == b.shape
        np.testing.assert_allclose(b, a, atol=2e-2)  # the file's weights are float16


def test_a_missing_or_broken_confirming_file_stops_the_start(tmp_path: Path) -> None:
    """The forum checks the confirming weights at start-up by their arrays' names: a file
    that is cut short or lacks a layer's array is refused before any member posts."""
    _, layers = published_layers()
    whole = top_file(tmp_path / "whole.npz", layers[4:])
    assert check_layers(whole) == 2
    cut = tmp_path / "cut.npz"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(ValueError, match="not a readable weights file"):
        check_layers(cut)
    with np.load(whole) as w:
        arrays = {n: w[n] for n in w.files if n != "t1_down_w"}
    np.savez(tmp_path / "short.npz", **arrays)
    with pytest.raises(ValueError, match="t1_down_w"):
        check_layers(tmp_path / "short.npz")
    with pytest.raises(FileNotFoundError):
        check_layers(tmp_path / "nowhere.npz")


def test_the_reader_runs_the_trained_layers_of_its_file(tmp_path: Path) -> None:
    """Every layer changed (as if trained): the reader's states are those of the changed
    layers, computed here step by step from the embeddings."""
    embeddings, layers = published_layers()
    rng = np.random.default_rng(11)
    changed = [
        {n: (a + rng.normal(scale=0.02, size=a.shape)).astype(np.float16) for n, a in layer.items()}
        for layer in layers
    ]
    reader = Encoder(top_file(tmp_path / "all.npz", changed))
    text = "you will regret this when i find you"
    ids = reader.tokenizer.encode(text).ids
    x = embeddings["words"][ids] + embeddings["positions"][: len(ids)] + embeddings["types"][0]
    x = (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-12)
    x = x * embeddings["norm_w"] + embeddings["norm_b"]
    for layer in changed:
        x = bert_layer(x, {n: a.astype(np.float32) for n, a in layer.items()})
    got = reader.states([text])[0]
    np.testing.assert_allclose(got, x, atol=2e-3)
    assert np.abs(got - Encoder(None).states([text])[0]).max() > 0.1  # not the published ones


def test_a_long_post_is_read_in_whole_sentences_up_to_its_first_screens() -> None:
    text = " ".join(f"Sentence number {i} of a long and friendly post." for i in range(300))
    spans = pieces(text)
    assert len(spans) == MAX_PIECES
    assert spans[0][0] == 0
    for s, e in spans:
        assert text[e - 1] == "." and text[s:e].lstrip().startswith("Sentence number")
        assert len(text[s:e].split()) <= abuse_encoder.MAX_TOKENS * 2 // 3
    alone = sentences(text, spans)
    assert len(alone) == abuse_encoder.MAX_SENTENCES  # read on their own too, up to a cap
    assert all(text[s:e].strip().startswith("Sentence number") for s, e in alone)
    assert pieces("   ") == []


def test_a_sentence_reads_the_same_alone_or_in_a_batch() -> None:
    reader = AbuseEncoderDetector()
    texts = ["see you at the match on saturday", "you will regret this when i find you"]
    together = reader.encoder.chances(texts)
    for t, row in zip(texts, together, strict=True):
        np.testing.assert_allclose(reader.encoder.chances([t])[0], row, atol=1e-4)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        ("Keep posting and see how long your little car stays in one piece.", {"threats"}),
        ("I know where your kids go to school now.", {"doxxing"}),
        # "disappeared" may mean left or died: either clause is one a moderator would cite.
        (
            "Nobody at this school would even notice if you disappeared, freak.",
            {"harassment", "self_harm"},
        ),
    ],
)
def test_reread_holds_what_only_the_reader_sees(text: str, categories: set[str]) -> None:
    first = moderate(text)
    assert first.action < Action.HOLD  # the rules let it through
    verdict = reread(text, first)
    assert verdict.action == Action.HOLD
    found = {r.category for r in verdict.reasons if r.detector == "abuse_encoder"}
    assert len(found) == 1 and found <= categories


@pytest.mark.parametrize(
    "text",
    [
        "i'll kill you if you spoil the finale 😂",
        "haha you absolute muppet, you left your charger at mine again",
    ],
)
def test_reread_clears_what_the_rules_hold_in_jest(text: str) -> None:
    assert moderate(text).action == Action.HOLD
    assert judged(text).action == Action.ALLOW


def test_reread_never_clears_a_hold_of_another_kind() -> None:
    """A slur is the profanity lexicon's to hold, whatever the reader thinks of the rest."""
    text = "Love you, you big idiot, you retard, see you Friday."
    first = moderate(text)
    assert first.action == Action.HOLD
    assert any(r.detector == "profanity" and r.action == Action.HOLD for r in first.reasons)
    assert judged(text).action == Action.HOLD


@pytest.mark.parametrize(
    "text",
    [
        "Why would you want to do this?",
        "You couldn't park anywhere near the place.",
        "Kill the process and restart the server.",
        "I could kill for a coffee right now.",
        "If you shoot from the left wing you'll have a clear line to the goal.",
        "Your address is only shown to the seller once you pay.",
        "Did you ever find out where the leak under the sink was coming from?",
        "You should hit the reset button twice, then wait for the blue light.",
    ],
)
def test_everyday_sentences_stay_clean(text: str) -> None:
    assert judged(text).action == Action.ALLOW


def test_a_policy_without_the_second_reader_is_unchanged(tmp_path: Path) -> None:
    src = POLICY.read_text().replace('"abuse_model", "abuse_encoder"]', '"abuse_model"]')
    (tmp_path / "p.toml").write_text(src)
    policy = load_policy(tmp_path / "p.toml")
    assert policy.engine.second is None
    text = "i'll kill you if you spoil the finale 😂"
    first = moderate(text, policy=policy)
    assert reread(text, first, policy=policy) is first


def test_the_reader_reports_the_family_and_the_piece_it_read() -> None:
    sentence = "Nobody at this school would even notice if you disappeared, freak."
    text = f"\n  {sentence}  \n"
    [f] = AbuseEncoderDetector().detect(Doc(text))
    assert f.type in ("HARASSMENT", "SELF_HARM") and f.detector == "abuse_encoder"
    assert text[f.start : f.end] == sentence


def test_one_abusive_sentence_among_friendly_ones_is_read_on_its_own() -> None:
    """In its piece the threat weighs a third; read alone it is what the post is held for,
    and the finding is that sentence, not the friendly ones around it."""
    threat = "Keep posting and see how long your little car stays in one piece."
    text = f"Cracking ride on Sunday, thanks for sorting the route. {threat} See you at the cafe."
    first = moderate(text)
    assert first.action < Action.HOLD
    verdict = reread(text, first)
    assert verdict.action == Action.HOLD
    [f] = [f for f in verdict.findings if f.detector == "abuse_encoder"]
    assert text[f.start : f.end] == threat
    read = [text[s:e].strip() for s, e in sentences(text, pieces(text))]
    assert read == [
        "Cracking ride on Sunday, thanks for sorting the route.",
        threat,
        "See you at the cafe.",
    ]


def test_the_grammars_sentences_are_decided_alike_after_the_second_reader() -> None:
    """What the forum decides (``moderate()``, then ``reread()``) on the abuse grammar's test
    sentences: every abusive one is still held after both readers have read it, and every
    look-alike still published. A ``clear_below`` of 0.7 or 0.8 lets both readers clear
    "tracked down your dad's house last night" (docs/moderation.md, twelfth session; 0.8 also
    publishes the plain threats above); bench/reader_pair.py applies this check, and the plain
    threats', to every triple it considers."""
    published = [t for t in ALL_ABUSIVE if judged(t).action < Action.HOLD]
    held = [t for t in ALL_LOOKALIKES if judged(t).action >= Action.HOLD]
    assert (published, held) == ([], [])
