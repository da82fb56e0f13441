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
from functools import reduce
from itertools import repeat
from operator import or_

from moderation.detectors.abuse_features import (
    CLASS,
    CUE,
    QUOTES,
    YOU,
    Vocabulary,
    load_vocabulary,
    mask_of,
    tokens,
)
from moderation.detectors.abuse_model import Model, Scorer
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
        self.scorer = Scorer(self.model, self.vocab)

    def clauses(self, text: str, every: bool = False) -> list[tuple[int, int, str, float]]:
        """(start, end, family, probability) of each abusive clause of a lower-case text
        (of each clause with a cue word when ``every``: for choosing the threshold)."""
        spans = [m.span() for m in _CLAUSE.finditer(text)]
        toks = [tokens(text[s:e], self.vocab) for s, e in spans]
        quoted = [not QUOTES.isdisjoint(text[s:e]) for s, e in spans]
        classes = self.model.classes
        return [(*spans[i], classes[k], p) for i, p, k in self.read(toks, quoted, every)]

    def read(
        self, toks: list[list[str]], quoted: list[bool] | None = None, every: bool = False
    ) -> list[tuple[int, float, int]]:
        """(clause index, probability, family index) of the abusive clauses (as tokens; of
        each cued clause when ``every``). A clause is scored alone, and with its neighbours
        only when that could change the answer."""
        cues, scorer = self.vocab.cues, self.scorer
        threshold = 2.0 if every else self.model.threshold
        out = []
        for i, clause in enumerate(toks):
            mask = reduce(or_, map(cues.get, clause, _ZEROS), 0)
            if not (mask & CUE or mask & YOU_CLASS == YOU_CLASS):
                continue
            q = quoted[i] if quoted else False
            p = scorer.probability(clause, q)
            window = None
            if WINDOW_FLOOR <= p < threshold and len(toks) > 1:
                # The clause alone is not enough: read it with its neighbours ("see you
                # soon, and you'll regret it"), keeping the likelier reading.
                window = [t for k in range(max(0, i - 1), min(len(toks), i + 2)) for t in toks[k]]
                pw = scorer.probability(window, q)
                if pw > p:
                    p = pw
                else:
                    window = None
            if p >= threshold or every:
                # The family is read only for the clauses that are kept.
                out.append((i, p, scorer.score(window or clause, q)[1]))
        return out


_ZEROS = repeat(0)
YOU_CLASS = YOU | CLASS


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
        self._masks = _Masks(self.classifier.vocab)
        self._tokens = _Tokens(self.classifier.vocab)

    def detect(self, doc: Doc) -> list[Finding]:
        """The abusive clauses of the text. Each whitespace-separated chunk is read once
        per process (its cue bits and tokens kept): most texts hold no cue and stop at one
        dict lookup per chunk; the rest are scored from the kept tokens (quotes not
        counted), and only a text found abusive is read again clause by clause for the
        spans."""
        text = doc.folded
        mask = reduce(or_, map(self._masks.__getitem__, doc.chunks), 0)
        if not (mask & CUE or mask & YOU_CLASS == YOU_CLASS):
            return []
        get = self._tokens.__getitem__
        if "\n" in text:  # a line end ends a clause
            joined = " | ".join([" ".join(map(get, line.split())) for line in text.split("\n")])
        else:
            joined = " ".join(map(get, doc.chunks))
        clauses = [c.split() for c in joined.split("|")]
        if not self.classifier.read([c for c in clauses if c]):
            return []
        out = []
        for s, e, family, p in self.classifier.clauses(text):
            s += len(text[s:e]) - len(text[s:e].lstrip())
            label = LABELS[family]
            out.append(finding(family, doc, s, e, self.name, round(p, 3), None, label=label))
        return out


_BOUNDARIES = re.compile(r"([.!?;,:\n]+)")


class _Masks(dict):
    """A chunk's cue bits, for the chunks seen lately (emptied when full; a pure function
    of the chunk)."""

    def __init__(self, vocab: Vocabulary) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, chunk: str) -> int:
        if len(self) >= 1 << 16:
            self.clear()
        words = _WORD.findall(chunk.lower().replace("'", "").replace("\u2019", ""))
        toks = _chunk_tokens(chunk, self.vocab).split()
        mask = self[chunk] = mask_of(words, self.vocab) | mask_of(toks, self.vocab)
        return mask


class _Tokens(dict):
    """A chunk's tokens, space-separated, clause ends as "|" (as _Masks)."""

    def __init__(self, vocab: Vocabulary) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, chunk: str) -> str:
        if len(self) >= 1 << 16:
            self.clear()
        read = self[chunk] = _chunk_tokens(chunk, self.vocab)
        return read


def _chunk_tokens(chunk: str, vocab: Vocabulary) -> str:
    toks: list[str] = []
    for k, part in enumerate(_BOUNDARIES.split(chunk)):
        if k % 2:
            toks.append("|")
        elif part:
            toks += tokens(part, vocab)
    return " ".join(toks)
