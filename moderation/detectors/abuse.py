"""Abuse that needs no swear word: threats, incitement to self-harm, harassment and threats
to expose someone, read by a small logistic-regression classifier.

The classifier weighs word classes (``lexicon/abuse_words.toml``: second person, harm verbs,
body parts, insults, places, idioms' objects …), their pairs and word n-grams; its weights
(``lexicon/abuse_model.json``) are learnt by ``bench/train_abuse.py`` from the dev sentences
only. Each clause with a cue word is scored alone and with its neighbours; a clause the
model calls abusive becomes one finding of its family (THREAT, SELF_HARM, HARASSMENT,
DOXXING), which the policy routes to a category. Most posts hold no cue word and cost one
set test per whitespace-separated chunk.
"""

from __future__ import annotations

import functools
import re

from moderation.detectors.abuse_features import (
    Vocabulary,
    cued,
    load_vocabulary,
    mask_of,
    tokens,
)
from moderation.detectors.abuse_model import Model
from moderation.detectors.base import Doc, finding
from moderation.messages import DESCRIPTIONS
from moderation.verdict import Finding

_CLAUSE = re.compile(r"[^.!?;,:\n]+")
_WORD = re.compile(r"[a-z0-9]+")
# A clause scored below this alone is not read again with its neighbours: most clauses of
# ordinary posts score near 0, and the neighbours rarely lift one that far (the threshold
# is chosen by bench/train_abuse.py with this rule in place).
WINDOW_FLOOR = 0.05
FAMILIES = ("THREAT", "SELF_HARM", "HARASSMENT", "DOXXING")
# What moderators read for each family, never the code.
LABELS = {f: DESCRIPTIONS[f] for f in FAMILIES}


class Classifier:
    """The clauses of a text that the model calls abusive, with their family."""

    def __init__(self, model: Model | None = None, vocab: Vocabulary | None = None) -> None:
        self.model = model or Model.load()
        self.vocab = vocab or load_vocabulary()

    def clauses(self, text: str, every: bool = False) -> list[tuple[int, int, str, float]]:
        """(start, end, family, probability) of each abusive clause of a lower-case text
        (of each clause with a cue word when ``every``: for choosing the threshold)."""
        spans = [m.span() for m in _CLAUSE.finditer(text)]
        return self.read([tokens(text[s:e], self.vocab) for s, e in spans], spans, text, every)

    def read(
        self,
        toks: list[list[str]],
        spans: list[tuple[int, int]],
        text: str = "",
        every: bool = False,
    ) -> list[tuple[int, int, str, float]]:
        """Score the clauses (as tokens) that hold cues; spans may be empty when only
        whether any clause is abusive matters."""
        vocab, model = self.vocab, self.model
        threshold = 2.0 if every else model.threshold
        out = []
        for i, clause in enumerate(toks):
            if not cued(mask_of(clause, vocab)):
                continue
            s, e = spans[i] if spans else (0, 0)
            raw = text[s:e]
            p, family = model.score_tokens(clause, vocab, raw)
            if WINDOW_FLOOR <= p < threshold and len(toks) > 1:
                # The clause alone is not enough: read it with its neighbours ("see you
                # soon, and you'll regret it"), keeping the likelier reading.
                lo, hi = max(0, i - 1), min(len(toks), i + 2)
                window = [t for k in range(lo, hi) for t in toks[k]]
                pw, fw = model.score_tokens(window, vocab, raw)
                if pw > p:
                    p, family = pw, fw
            if p >= threshold or every:
                out.append((s, e, family, p))
        return out


@functools.lru_cache(maxsize=1)
def shared_classifier() -> Classifier:
    """The classifier of the shipped files, built once per process (it is read-only but for
    its pure caches), so that loading a policy again costs no JSON parsing."""
    return Classifier()


class AbuseDetector:
    """Finds threats, incitement to self-harm, harassment and doxxing threats."""

    name = "abuse"

    def __init__(self, classifier: Classifier | None = None) -> None:
        self.classifier = classifier or shared_classifier()
        self._chunks = _Chunks(self.classifier.vocab)

    def detect(self, doc: Doc) -> list[Finding]:
        """The abusive clauses of the text. Each whitespace-separated chunk is read once
        per process (its cue bits and tokens kept): most texts hold no cue and stop there;
        the rest are scored from the kept tokens, and only a text found abusive is read
        again clause by clause for the spans."""
        lines = doc.folded.split("\n") if "\n" in doc.folded else (doc.folded,)
        chunks = self._chunks
        read = [chunks[c] for line in lines for c in (*line.split(), "\n")]
        mask = 0
        for m, _ in read:
            mask |= m
        if not cued(mask):
            return []
        clauses: list[list[str]] = [[]]
        for _, toks in read:
            for t in toks:
                if t == _BOUNDARY:
                    clauses.append([])
                else:
                    clauses[-1].append(t)
        clauses = [c for c in clauses if c]
        if not self.classifier.read(clauses, []):
            return []
        out = []
        for s, e, family, p in self.classifier.clauses(doc.folded):
            s += len(doc.folded[s:e]) - len(doc.folded[s:e].lstrip())
            label = LABELS[family]
            out.append(finding(family, doc, s, e, self.name, round(p, 3), None, label=label))
        return out


_BOUNDARY = "|"
_BOUNDARIES = re.compile(r"([.!?;,:\n]+)")


class _Chunks(dict):
    """A chunk's cue bits and tokens (clause ends as "|"), for the chunks seen lately
    (emptied when full; a pure function of the chunk)."""

    def __init__(self, vocab: Vocabulary) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, chunk: str) -> tuple[int, tuple[str, ...]]:
        if len(self) >= 1 << 16:
            self.clear()
        toks: list[str] = []
        for k, part in enumerate(_BOUNDARIES.split(chunk)):
            if k % 2:
                toks.append(_BOUNDARY)
            elif part:
                toks += tokens(part, self.vocab)
        words = _WORD.findall(chunk.lower().replace("'", "").replace("\u2019", ""))
        read = self[chunk] = (mask_of(words, self.vocab) | mask_of(toks, self.vocab), tuple(toks))
        return read
