"""The abuse classifier's weights and the two ways of scoring with them: from feature
names (training, tests) and straight from tokens (moderation: no feature string is built,
one dict lookup per word and per pair of class words)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from moderation.detectors.abuse_features import PAIR_REACH, QUOTES, Vocabulary

Weights = tuple[float, ...]

ABUSE_MODEL = Path(__file__).parents[1] / "lexicon" / "abuse_model.json"


@dataclass(frozen=True, slots=True)
class Model:
    """Per feature, one weight per class; a text is abusive when the classes other than
    INNOCENT (the first) together reach ``threshold``."""

    classes: tuple[str, ...]
    weights: dict[str, Weights]
    threshold: float
    # The weights split by kind of feature, keyed by word, class or pair of classes.
    by_kind: dict[str, dict] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        kinds: dict[str, dict] = {k: {} for k in ("w", "c", "p", "first", "firstc")}
        for name, w in self.weights.items():
            kind, _, key = name.partition("=")
            if kind == "p":
                kinds["p"][tuple(key.split(">"))] = w
            elif kind in kinds:
                kinds[kind][key] = w
        object.__setattr__(self, "by_kind", kinds)

    @classmethod
    def load(cls, path: Path = ABUSE_MODEL) -> Model:
        """The model of a JSON file written by bench/train_abuse.py."""
        data = json.loads(path.read_text(encoding="utf-8"))
        weights = {f: tuple(w) for f, w in data["weights"].items()}
        return cls(tuple(data["classes"]), weights, float(data["threshold"]))

    def score(self, feats: list[str]) -> tuple[float, str]:
        """The probability that the features are abuse, and the likeliest family."""
        return self._softmax([w for w in map(self.weights.get, feats) if w is not None])

    def score_tokens(self, toks: list[str], vocab: Vocabulary, raw: str) -> tuple[float, str]:
        """The same as score(features(toks, vocab, raw)), without building the names."""
        p, k = Scorer(self, vocab).score(toks, not QUOTES.isdisjoint(raw))
        return p, self.classes[k]

    def _softmax(self, found: list[Weights]) -> tuple[float, str]:
        sums = list(map(sum, zip(*found, strict=True))) if found else [0.0] * len(self.classes)
        top = max(sums)
        exp = [math.exp(s - top) for s in sums]
        k = max(range(1, len(sums)), key=sums.__getitem__)
        return 1.0 - exp[0] / sum(exp), self.classes[k]


class Scorer:
    """A model bound to a vocabulary, its weights keyed by word, class, tuple of classes
    and pair of them, so that scoring runs C-level passes over the tokens, not loops."""

    def __init__(self, model: Model, vocab: Vocabulary) -> None:
        kinds, k = model.by_kind, len(model.classes)
        self.model, self.classes = model, vocab.classes
        bias = model.weights.get("bias", (0.0,) * k)
        quoted = model.weights.get("quoted", (0.0,) * k)
        self.bias = (bias, _add([bias, quoted]))
        self.words: dict[str, Weights] = kinds["w"]
        self.first: dict[str, Weights] = {}
        for w in {*kinds["first"], *vocab.classes}:
            cs = vocab.classes.get(w, ())
            first = _add([kinds["first"].get(w), *(kinds["firstc"].get(c) for c in cs)])
            if first is not None:
                self.first[w] = first
        # Class and pair-of-classes weights in one dict (a class is a str, a pair a tuple).
        self.keyed: dict = {**kinds["c"], **kinds["p"]}
        # The weighted class pairs of each pair of class words: a pure function of the two.
        self.pairs: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}

    def sums(self, toks: list[str], quoted: bool = False) -> list[float]:
        """Per class, the summed weights of the features of some tokens."""
        found = [self.bias[quoted], *filter(None, map(self.words.get, toks))]
        if not toks:
            return list(found[0])
        classes = self.classes
        tags = [(i, t) for i, t in enumerate(toks) if t in classes]
        keys: list = list(chain.from_iterable([classes[t] for _, t in tags]))
        known = self.pairs
        for n, (i, t) in enumerate(tags):
            for j, u in tags[n + 1 :]:
                if j - i > PAIR_REACH:
                    break
                pair = known.get((t, u))
                if pair is None:
                    if len(known) >= 1 << 16:
                        known.clear()
                    pair = known[t, u] = tuple(
                        (c, d) for c in classes[t] for d in classes[u] if (c, d) in self.keyed
                    )
                keys += pair
        found += filter(None, map(self.keyed.get, dict.fromkeys(keys)))
        first = self.first.get(toks[0])
        if first is not None:
            found.append(first)
        return list(map(sum, zip(*found, strict=True)))

    def probability(self, toks: list[str], quoted: bool = False) -> float:
        """The probability that some tokens are abuse (of any family)."""
        sums = self.sums(toks, quoted)
        s0 = sums[0]
        rest = sum([math.exp(s - s0) for s in sums[1:]])
        return rest / (1.0 + rest)

    def score(self, toks: list[str], quoted: bool = False) -> tuple[float, int]:
        """The probability that some tokens are abuse, and the index of the likeliest family."""
        sums = self.sums(toks, quoted)
        s0 = sums[0]
        rest = sum([math.exp(s - s0) for s in sums[1:]])
        return rest / (1.0 + rest), max(range(1, len(sums)), key=sums.__getitem__)


def _add(found: list[Weights | None]) -> Weights | None:
    """The sum of some weight vectors (None for none)."""
    found = [f for f in found if f is not None]
    return tuple(map(sum, zip(*found, strict=True))) if found else None
