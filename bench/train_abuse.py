"""Train the abuse classifier on DEV sentences only; write moderation/lexicon/abuse_model.json.

    python bench/train_abuse.py [--folds 5] [--dry-run]

Examples: the dev split of bench/abuse_sets.py (+ abuse_more, + abuse_train), each abusive
message labelled with its family, each look-alike (and each of its clauses) as INNOCENT;
and, as more
innocent text, the sentences of bench/corpus/sentences_dev.txt that hold a cue word (the
precision corpus's dev split: its heldout split stays for reporting). No heldout sentence
and nothing of bench/abuse_fresh.py is read here.

Model: multinomial logistic regression (pure Python, deterministic SGD with AdaGrad and an
L2 penalty) over the features of moderation/detectors/abuse_features.py. The threshold is
chosen by k-fold cross-validation on dev, running the detector's own clause logic on each
fold it did not train on: the lowest threshold at which at most 2% of the look-alikes and
0.03% of the corpus dev sentences (cued or not) are flagged.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import abuse_train  # noqa: E402
from abuse_sets import sets  # noqa: E402

from moderation.detectors.abuse import Classifier  # noqa: E402
from moderation.detectors.abuse_features import (  # noqa: E402
    cued,
    features,
    load_vocabulary,
    mask_of,
    tokens,
)
from moderation.detectors.abuse_model import ABUSE_MODEL, Model  # noqa: E402

CLASSES = ("INNOCENT", "THREAT", "SELF_HARM", "HARASSMENT", "DOXXING")
CORPUS_DEV = HERE / "corpus" / "sentences_dev.txt"
EPOCHS, RATE, L2, MIN_COUNT = 15, 0.2, 3e-3, 2
# Abusive examples count this many times: there are ten times more innocent ones.
ABUSE_WEIGHT = 3.0
# At most 2% of look-alikes, and corpus flags at most 0.03% of all dev corpus sentences.
MAX_LOOKALIKES, MAX_CORPUS = 0.02, 0.0003

Example = tuple[list[str], int]


def dev_texts() -> list[tuple[str, int]]:
    """(text, class index) of the dev sentences and the gated corpus sentences."""
    data = sets("dev")
    for k in CLASSES:
        data[k] = data[k] + getattr(abuse_train, k)
    out = [(t, CLASSES.index(k)) for k in CLASSES[1:] for t in data[k]]
    out += [(t, 0) for t in data["INNOCENT"]]
    return out


def corpus_texts() -> list[str]:
    """Sentences of the precision corpus's dev split that hold a cue word."""
    vocab = load_vocabulary()
    lines = CORPUS_DEV.read_text(encoding="utf-8").splitlines()
    return [s for s in lines if cued(mask_of(tokens(s.lower(), vocab), vocab))]


def examples(texts: list[tuple[str, int]]) -> list[Example]:
    """Features of each text; innocent texts also give each of their clauses alone."""
    vocab = load_vocabulary()
    clf = Classifier(Model(CLASSES, {}, 1.0), vocab)
    out = []
    for text, y in texts:
        low = text.lower()
        out.append((features(tokens(low, vocab), vocab, low), y))
        if y == 0:
            for s, e in clf_spans(clf, low):
                part = low[s:e]
                out.append((features(tokens(part, vocab), vocab, part), 0))
    return out


def clf_spans(clf: Classifier, text: str) -> list[tuple[int, int]]:
    """The clause spans the detector would read, when there are several."""
    from moderation.detectors.abuse import _CLAUSE

    spans = [m.span() for m in _CLAUSE.finditer(text)]
    return spans if len(spans) > 1 else []


def train(data: list[Example]) -> dict[str, list[float]]:
    """Weights per feature (features seen at least MIN_COUNT times)."""
    counts: dict[str, int] = {}
    for feats, _ in data:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    keep = {f for f, n in counts.items() if n >= MIN_COUNT}
    k = len(CLASSES)
    w: dict[str, list[float]] = {f: [0.0] * k for f in sorted(keep)}
    g2: dict[str, list[float]] = {f: [1e-8] * k for f in w}
    order = list(range(len(data)))
    rng = random.Random(17)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            feats, y = data[i]
            feats = [f for f in dict.fromkeys(feats) if f in w]
            z = [sum(w[f][c] for f in feats) for c in range(k)]
            top = max(z)
            e = [math.exp(v - top) for v in z]
            s = sum(e)
            scale = ABUSE_WEIGHT if y else 1.0
            grad = [scale * (e[c] / s - (c == y)) for c in range(k)]
            for f in feats:
                wf, gf = w[f], g2[f]
                for c in range(k):
                    g = grad[c] + L2 * wf[c]
                    gf[c] += g * g
                    wf[c] -= RATE * g / math.sqrt(gf[c])
    return {f: [round(x, 4) for x in v] for f, v in w.items() if max(map(abs, v)) >= 0.005}


def cross_validate(texts: list[tuple[str, int]], corpus: list[str], folds: int) -> float:
    """The threshold chosen on out-of-fold scores, and the figures at it."""
    vocab = load_vocabulary()
    scores: list[tuple[float, int, str]] = []  # (max clause probability, label, set)
    items = [(t, y, "dev") for t, y in texts] + [(t, 0, "corpus") for t in corpus]
    for f in range(folds):
        train_items = [(t, y) for n, (t, y, _) in enumerate(items) if n % folds != f]
        weights = train(examples(train_items))
        clf = Classifier(Model(CLASSES, {a: tuple(b) for a, b in weights.items()}, 0.0), vocab)
        for n, (t, y, where) in enumerate(items):
            if n % folds == f:
                found = clf.clauses(t.lower(), every=True)
                scores.append((max((p for *_, p in found), default=0.0), y, where))
        print(f"fold {f + 1}/{folds} done", file=sys.stderr)
    corpus_lines = len(CORPUS_DEV.read_text(encoding="utf-8").splitlines())
    best = 0.99
    for step in range(99, 9, -1):
        t = step / 100
        look = [s >= t for s, y, w in scores if y == 0 and w == "dev"]
        corp = [s >= t for s, y, w in scores if w == "corpus"]
        pos = [s >= t for s, y, _ in scores if y > 0]
        if step % 5 == 0 or step > 90:
            print(
                f"  threshold {t:.2f}: recall {sum(pos) / len(pos):.3f}, look-alikes "
                f"{sum(look) / len(look):.3f}, corpus {sum(corp)}/{len(corp)}"
            )
        if sum(look) / len(look) <= MAX_LOOKALIKES and sum(corp) <= MAX_CORPUS * corpus_lines:
            best = t
    pos = [s >= best for s, y, _ in scores if y > 0]
    look = [s >= best for s, y, w in scores if y == 0 and w == "dev"]
    corp = [s >= best for s, y, w in scores if w == "corpus"]
    print(
        f"cross-validated on dev ({folds} folds): threshold {best:.2f}, recall "
        f"{sum(pos) / len(pos):.3f}, look-alikes flagged {sum(look) / len(look):.3f}, "
        f"corpus sentences flagged {sum(corp)}/{len(corp)}"
    )
    return best


def main() -> None:
    """Cross-validate, then train on all of dev and write the model."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dry-run", action="store_true", help="do not write the model")
    args = ap.parse_args()
    texts, corpus = dev_texts(), corpus_texts()
    print(f"dev messages {len(texts)}, gated corpus sentences {len(corpus)}")
    threshold = cross_validate(texts, corpus, args.folds)
    weights = train(examples(texts + [(t, 0) for t in corpus]))
    print(f"features kept: {len(weights)}")
    if not args.dry_run:
        model = {"classes": CLASSES, "threshold": threshold, "weights": weights}
        ABUSE_MODEL.write_text(json.dumps(model, separators=(",", ":"), sort_keys=True) + "\n")
        print(f"wrote {ABUSE_MODEL.relative_to(HERE.parent)}")


if __name__ == "__main__":
    main()
