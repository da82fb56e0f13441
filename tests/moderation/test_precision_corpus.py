"""Precision on ordinary English the engine was never tuned on (bench/corpus/, issue 13).

Dev and heldout sentences, words and look-alikes: at most 0.1 % of the sentences may be
flagged offensive, no word outside bench/corpus/profane_words.txt may be flagged on its own,
and at most 2 % of the look-alikes (names, places, medical and programming sentences) of
each kind may be flagged. Failures list the first 20 offending texts.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from moderation import moderate

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "bench" / "corpus"
SPLITS = ("dev", "heldout")
_POLICY = tomllib.loads((REPO / "moderation" / "default_policy.toml").read_text("utf-8"))
OFFENSIVE = {
    name for name, c in _POLICY["categories"].items() if c.get("group") == "offensive_content"
}


def offensive(text: str) -> bool:
    """A profanity or watched-word finding, or any finding of the offensive_content group."""
    return any(
        f.detector in ("profanity", "watched_words") or f.category in OFFENSIVE
        for f in moderate(text).findings
    )


def lines(name: str, split: str) -> list[str]:
    return (CORPUS / f"{name}_{split}.txt").read_text(encoding="utf-8").splitlines()


def report(what: str, bad: list[str], total: int) -> str:
    head = "\n  ".join(bad[:20])
    return f"{len(bad)} of {total} {what} ({len(bad) / total:.3%}); first 20:\n  {head}"


@pytest.mark.parametrize("split", SPLITS)
def test_ordinary_sentences_are_not_flagged(split: str) -> None:
    sentences = lines("sentences", split)
    assert len(sentences) > 5000
    bad = [s for s in sentences if offensive(s)]
    assert len(bad) <= 0.001 * len(sentences), report(
        "sentences flagged offensive", bad, len(sentences)
    )


@pytest.mark.parametrize("split", SPLITS)
def test_no_ordinary_word_is_flagged(split: str) -> None:
    reviewed = {
        w.strip()
        for w in (CORPUS / "profane_words.txt").read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    }
    words = lines("words", split)
    assert len(words) > 50000
    bad = [w for w in words if w not in reviewed and offensive(w)]
    assert not bad, report("words flagged outside profane_words.txt", bad, len(words))


@pytest.mark.parametrize("split", SPLITS)
def test_lookalikes_are_rarely_flagged(split: str) -> None:
    rows = [
        json.loads(x)
        for x in (CORPUS / f"lookalikes_{split}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    failures = []
    for kind in sorted({r["kind"] for r in rows}):
        texts = [r["text"] for r in rows if r["kind"] == kind]
        bad = [t for t in texts if offensive(t)]
        if len(bad) > 0.02 * len(texts):
            failures.append(f"look-alikes '{kind}': " + report("flagged", bad, len(texts)))
    assert not failures, "\n".join(failures)
