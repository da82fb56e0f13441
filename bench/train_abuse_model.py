"""Train the abuse model of moderation/detectors/abuse_model.py and write its weights.

    pip install torch==2.13.0          # the bench only; the forum runs the model with numpy
    python bench/train_abuse_model.py [--epochs 16] [--out moderation/lexicon/abuse_model.npz]

The defaults are the options the shipped weights were made with.

Trains on the development sentences only:
- abusive and look-alike sentences: abuse_sets' dev split, abuse_train and abuse_corpus_a to
  abuse_corpus_e (helpers wrote the corpora without reading the detector).
  ``bench/train_abuse_model_all.py`` (same options) trains on the second reader's data
  instead (bench/encoder_data.py: abuse_corpus_a to _x and the everyday sentences as not
  abuse, less every sentence of the held-out sets). Neither that (2026-12-07: through the
  whole pipeline, with rule holds lifted below 0.6 by the confirming weights, 0.668 recall on
  the kept-back sixth against 0.659, but 7 kept-back ordinary sentences held by
  ``moderate()`` alone against 4, and titles are not read again) nor corpora f and g alone (3
  of 3,021 kept-back ordinary sentences flagged at 0.97 against 1) was shipped;
- ordinary English: the dev half of the precision corpus (bench/corpus/sentences_dev.txt),
  its dev look-alikes (names, places, medical and programming words in sentences) and the
  "neither" tweets of davidson_dev, as sentences that are not abuse.

A sixth of the abusive and look-alike sentences, of the ordinary sentences and of the tweets
(chosen by hash) is kept back: the script prints the recall, the look-alikes, tweets and
ordinary sentences flagged there at a few thresholds, which is how the policy's
``min_score`` was chosen. The held-out sets (``abuse_splits.UNSEEN_SPLITS``: abuse_sets
heldout, abuse_more, abuse_fresh and the blind sets) are never trained on
(train_abuse_model_all.py reads their text only to leave their sentences out):
bench/quality.py reports them.

The model: WordLlama's token embeddings (frozen) projected to 64 numbers, a convolution over
three tokens (96 filters, ReLU, max over the sentence; with --mean the sentence's mean beside
it), and a softmax over none + the four families. Seeded, so a rerun gives the same weights on the
same machine and library versions.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(HERE)]

import numpy as np  # noqa: E402

from moderation.detectors.abuse_model import (  # noqa: E402
    FAMILIES,
    MAX_TOKENS,
    WEIGHTS,
    sentences,
    token_ids,
    vocabulary,
)
from moderation.detectors.base import Doc  # noqa: E402

CLASSES = ("INNOCENT", *FAMILIES)
TRAIN_SETS = tuple(
    f"abuse_{n}" for n in ("train", "corpus_a", "corpus_b", "corpus_c", "corpus_d", "corpus_e")
)


def _lists(module: str) -> dict[str, list[str]]:
    try:
        m = importlib.import_module(module)
    except ModuleNotFoundError:
        print(f"(no {module}.py: skipped)")
        return {}
    out = {k: list(getattr(m, k, ())) for k in CLASSES}
    if not out["THREAT"] and hasattr(m, "THREATS"):
        out["THREAT"] = list(m.THREATS)
    return out


def rows_of(module: str) -> list[tuple[str, int]]:
    """The sentences of one corpus module with their class (0 = not abuse), as ``labelled()``
    numbers them."""
    lists = _lists(module)
    return [(t, c) for c, k in enumerate(CLASSES) for t in lists.get(k, ())]


def labelled() -> list[tuple[str, int]]:
    """Every development sentence with its class (0 = not abuse)."""
    from abuse_sets import sets

    pools = [sets("dev"), *(_lists(m) for m in TRAIN_SETS)]
    seen: set[str] = set()
    out = []
    for pool in pools:
        for c, k in enumerate(CLASSES):
            for t in pool.get(k, ()):
                if t not in seen:
                    seen.add(t)
                    out.append((t, c))
    return out


def ordinary(n_corpus: int, seed: int = 7) -> list[str]:
    """Sentences that are not abuse: precision corpus (dev), its look-alikes, davidson
    'neither' tweets."""
    from eval_data import find_data

    rng = random.Random(seed)
    corpus = (HERE / "corpus" / "sentences_dev.txt").read_text(encoding="utf-8").splitlines()
    looks = [
        json.loads(line)["text"]
        for line in (HERE / "corpus" / "lookalikes_dev.jsonl").read_text().splitlines()
    ]
    corpus = [t for t in corpus if not kept_back(t)]
    out = rng.sample(corpus, min(n_corpus, len(corpus))) + rng.sample(looks, min(2000, len(looks)))
    data = find_data(None)
    if data is not None:
        with open(data / "davidson_dev.jsonl", encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        out += [r["text"] for r in rows if r["label"] == "neither" and not kept_back(r["text"])]
    return out


def prose_kept_back() -> list[str]:
    """The sentences of the precision corpus's dev half that training never sees."""
    corpus = (HERE / "corpus" / "sentences_dev.txt").read_text(encoding="utf-8").splitlines()
    return [t for t in corpus if kept_back(t)]


def davidson_kept_back() -> list[str]:
    """The 'neither' tweets of davidson_dev that training never sees."""
    from eval_data import find_data

    data = find_data(None)
    if data is None:
        return []
    with open(data / "davidson_dev.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return [r["text"] for r in rows if r["label"] == "neither" and kept_back(r["text"])]


def kept_back(text: str) -> bool:
    return hashlib.sha256(text.encode()).digest()[0] % 6 == 0


def encode(tokenizer, text: str) -> list[int]:
    ids = [i for c in Doc(text).folded.split() for i in token_ids(tokenizer, c)]
    return ids[:MAX_TOKENS] or [0]


def main(rows: list[tuple[str, int]] | None = None) -> None:
    """Train on ``rows`` (text, class), by default ``labelled()``."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=16)
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--filters", type=int, default=96)
    ap.add_argument("--corpus", type=int, default=20000, help="precision-corpus sentences")
    ap.add_argument("--out", type=Path, default=WEIGHTS)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--mean", action="store_true", help="the sentence mean beside the max")
    ap.add_argument("--smoothing", type=float, default=0.0)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument(
        "--ordinary-share",
        type=float,
        default=3.0,
        help="ordinary sentences per labelled one in each epoch",
    )
    ap.add_argument(
        "--cover", type=float, default=0.98, help="share of abusive sentences the cues reach"
    )
    args = ap.parse_args()

    import torch
    from torch import nn

    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    torch.set_num_threads(2)
    tokenizer, table = vocabulary()
    zero = len(table)  # the padding token: a row of zeros
    emb = torch.cat((torch.tensor(table.astype(np.float32)), torch.zeros(1, table.shape[1])))

    rows = labelled() if rows is None else rows
    train = [(t, c) for t, c in rows if not kept_back(t)]
    check = [(t, c) for t, c in rows if kept_back(t)]
    # Look-alikes and ordinary prose: every sentence of them is not abuse.
    train_x = [(encode(tokenizer, t), c) for t, c in train if c]
    train_x += [(encode(tokenizer, s), 0) for t, c in train if not c for s in sentences(t)]
    plain = [(encode(tokenizer, s), 0) for t in ordinary(args.corpus) for s in sentences(t)]
    print(
        f"training: {sum(1 for _, c in train_x if c)} abusive, "
        f"{sum(1 for _, c in train_x if not c)} look-alike sentences, {len(plain)} ordinary; "
        f"kept back: {len(check)}"
    )
    d, filters, k = args.width, args.filters, 3

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.Embedding.from_pretrained(emb, freeze=True)
            self.proj = nn.Linear(emb.shape[1], d, bias=False)
            self.conv = nn.Conv1d(d, filters, k, padding=k // 2)
            self.drop = nn.Dropout(args.dropout)
            self.out = nn.Linear(filters + (d if args.mean else 0), len(CLASSES))

        def forward(self, x, mask):
            h = self.proj(self.emb(x))
            m = mask.unsqueeze(-1)
            mean = (h * m).sum(1) / m.sum(1)
            c = torch.relu(self.conv(h.transpose(1, 2))).transpose(1, 2)
            c = c.masked_fill(m == 0, 0).max(1).values
            return self.out(self.drop(torch.cat((c, mean), 1) if args.mean else c))

    def batch(seqs):
        T = max(map(len, seqs))
        x = torch.full((len(seqs), T), zero, dtype=torch.long)
        mask = torch.zeros(len(seqs), T)
        for i, s in enumerate(seqs):
            x[i, : len(s)] = torch.tensor(s)
            mask[i, : len(s)] = 1
        return x, mask

    net = Net()
    opt = torch.optim.Adam(
        [p for p in net.parameters() if p.requires_grad], lr=args.lr, weight_decay=1e-4
    )
    for epoch in range(args.epochs):
        net.train()
        # Each epoch: every labelled sentence and as many ordinary ones again.
        data = train_x + rng.sample(plain, min(len(plain), int(len(train_x) * args.ordinary_share)))
        rng.shuffle(data)
        total = 0.0
        for b in range(0, len(data), 32):
            part = data[b : b + 32]
            x, mask = batch([s for s, _ in part])
            y = torch.tensor([c for _, c in part])
            loss = nn.functional.cross_entropy(net(x, mask), y, label_smoothing=args.smoothing)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss.detach()) * len(part)
        print(f"epoch {epoch + 1}: loss {total / len(data):.4f}")
    net.eval()
    with torch.no_grad():
        weights = {
            "proj": net.proj.weight.T.numpy().astype(np.float32),
            # (filters, d, k) -> (k*d, filters): window position major, as the numpy reader
            "conv_w": net.conv.weight.permute(2, 1, 0).reshape(k * d, filters).numpy(),
            "conv_b": net.conv.bias.numpy(),
            "out_w": net.out.weight.T.numpy(),
            "out_b": net.out.bias.numpy(),
        }
    weights = {n: a.astype(np.float32) for n, a in weights.items()}
    weights["cues"] = np.array(sorted(cue_tokens(train_x, plain, args.cover)), dtype=np.int32)
    np.savez(args.out, **weights)
    print(f"wrote {args.out}")
    check_reader(args.out, net, batch, [s for s, _ in train_x[:200]])
    report_kept_back(args.out, check)


def cue_tokens(
    labelled: list[tuple[list[int], int]], plain: list[tuple[list[int], int]], cover: float
) -> set[int]:
    """Tokens that tell the model a sentence is worth reading: taken greedily, the token
    that reaches most abusive training sentences not yet reached for the fewest ordinary
    ones, until ``cover`` of them are reached. Ordinary = precision corpus, tweets and
    look-alikes: a cue common there costs a model run on every such sentence."""
    from collections import Counter

    pos = [set(s) for s, c in labelled if c]
    neg = [set(s) for s, c in labelled if not c] + [set(s) for s, _ in plain]
    in_neg = Counter(t for s in neg for t in s)
    left = list(range(len(pos)))
    cues: set[int] = set()
    need = len(pos) * (1 - cover)
    while len(left) > need:
        gain = Counter(t for i in left for t in pos[i])
        best = max(gain, key=lambda t: gain[t] / (1 + in_neg[t]) ** 0.5)
        cues.add(best)
        left = [i for i in left if best not in pos[i]]
    reach = sum(1 for s in neg if s & cues) / max(1, len(neg))
    print(f"cues: {len(cues)} tokens; they reach {reach:.3f} of ordinary and look-alike sentences")
    return cues


def check_reader(path: Path, net, batch, seqs: list[list[int]]) -> None:
    """The numpy reader must give what the trained network gives."""
    import torch

    from moderation.detectors.abuse_model import Model

    model = Model(path)
    with torch.no_grad():
        want = [torch.softmax(net(*batch([s])), 1)[0].tolist() for s in seqs]
    got = model.chances(seqs).tolist()
    worst = max(
        abs(a - b) for g, w in zip(got, want, strict=True) for a, b in zip(g, w, strict=True)
    )
    print(f"numpy reader vs torch: largest difference {worst:.2e}")
    if worst > 1e-4:
        raise SystemExit("the numpy reader disagrees with the trained network")


def report_kept_back(path: Path, check: list[tuple[str, int]]) -> None:
    """Recall and look-alikes flagged on the kept-back sixth, with the numpy reader."""
    from moderation.detectors.abuse_model import AbuseModelDetector

    det = AbuseModelDetector(path)

    def score(t: str) -> float:
        return max((f.score for f in det.detect(Doc(t))), default=0.0)

    scored = [(score(t), c) for t, c in check]
    pos = [s for s, c in scored if c]
    neg = [s for s, c in scored if not c]
    tweets = [score(t) for t in davidson_kept_back()]
    prose = [score(t) for t in prose_kept_back()]
    for th in (0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99):
        r = sum(s >= th for s in pos) / max(1, len(pos))
        f = sum(s >= th for s in neg) / max(1, len(neg))
        d = sum(s >= th for s in tweets) / max(1, len(tweets))
        p = sum(s >= th for s in prose)
        print(
            f"kept back (n={len(pos)}+{len(neg)}+{len(tweets)}+{len(prose)}): at {th:.3f} "
            f"recall {r:.3f}, look-alikes {f:.3f}, davidson 'neither' tweets {d:.3f}, "
            f"ordinary sentences {p} ({p / max(1, len(prose)):.4%})"
        )


if __name__ == "__main__":
    main()
