"""The abuse classifier's weights and the two ways of scoring with them: from feature
names (training, tests) and straight from tokens (moderation: no feature string is built)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from moderation.detectors.abuse_features import PAIR_REACH, QUOTES, Vocabulary

ABUSE_MODEL = Path(__file__).parents[1] / "lexicon" / "abuse_model.json"
Weights = tuple[float, ...]


@dataclass(frozen=True, slots=True)
class Model:
    """Per feature, one weight per class; a text is abusive when the classes other than
    INNOCENT (the first) together reach ``threshold``."""

    classes: tuple[str, ...]
    weights: dict[str, Weights]
    threshold: float
    # The weights split by kind of feature, keyed by word, class or pair of classes.
    by_kind: dict[str, dict] = field(init=False, repr=False)
    # The class pairs with a weight for each pair of words seen lately (a pure function of
    # the two words: most texts repeat word pairs another text already had).
    pair_keys: dict[tuple[str, str], tuple[tuple[str, str], ...]] = field(
        init=False, repr=False, default_factory=dict
    )

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
        kinds = self.by_kind
        found = [w for w in map(kinds["w"].get, toks) if w is not None]
        classes, pairs, known = vocab.classes, kinds["p"], self.pair_keys
        tags = [(i, t) for i, t in enumerate(toks) if t in classes]
        seen: dict = {}  # ordered: sums run in the same order every time
        for k, (i, t) in enumerate(tags):
            seen.update(dict.fromkeys(classes[t]))
            for j, u in tags[k + 1 :]:
                if j - i > PAIR_REACH:
                    break
                keys = known.get((t, u))
                if keys is None:
                    if len(known) >= 1 << 16:
                        known.clear()
                    keys = known[t, u] = tuple(
                        (c, d) for c in classes[t] for d in classes[u] if (c, d) in pairs
                    )
                if keys:
                    seen.update(dict.fromkeys(keys))
        cls = kinds["c"]
        found += [
            cls[c] if isinstance(c, str) else pairs[c] for c in seen if c in cls or c in pairs
        ]
        if toks:
            first = kinds["first"].get(toks[0])
            if first is not None:
                found.append(first)
            found += [
                kinds["firstc"][c] for c in vocab.classes.get(toks[0], ()) if c in kinds["firstc"]
            ]
        if not QUOTES.isdisjoint(raw) and "quoted" in self.weights:
            found.append(self.weights["quoted"])
        if "bias" in self.weights:
            found.append(self.weights["bias"])
        return self._softmax(found)

    def _softmax(self, found: list[Weights]) -> tuple[float, str]:
        sums = list(map(sum, zip(*found, strict=True))) if found else [0.0] * len(self.classes)
        top = max(sums)
        exp = [math.exp(s - top) for s in sums]
        k = max(range(1, len(sums)), key=sums.__getitem__)
        return 1.0 - exp[0] / sum(exp), self.classes[k]
