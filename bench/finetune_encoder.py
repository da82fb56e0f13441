"""Probe: train the encoder's top layers with one head, and compare with the frozen encoder.

    pip install torch==2.13.0 onnx     # the bench only
    python bench/finetune_encoder.py [--layers 2] [--epochs 3]

The second reader's heads sit on the frozen states of all-MiniLM-L6-v2; this probe asks what
training its top ``--layers`` layers together with one head (``train_abuse_encoder``'s, one
seed) gives on the same data and the same kept-back sixth. The lower layers run once
(``minilm_torch.MiniLM.layer_states``) and their states are kept in memory; the top layers
start from the published weights and learn at ``--lr`` (the head at ``--head-lr``), one cycle.
``--layers 0`` trains the head alone on the frozen states (the comparison).

It prints, per epoch, the reader alone on the kept-back sixth: recall at 1% and 2% of the
look-alikes flagged, and at chances 0.95, 0.98 and 0.99 (with the kept-back ordinary
sentences flagged). Seen on 2 cores (2026-12-06): frozen 0.744 / 0.816 (10 epochs of the head
alone), top layer 0.752 / 0.828, **top two layers 0.793 / 0.867** in the first probe and
0.803 / 0.862 by this script (3 epochs, about 3.5 minutes each, after 2.5 minutes for the lower
layers' states; at a chance of 0.99: recall 0.603, look-alikes 0.3%, 2 ordinary sentences).
Nothing here is shipped: the forum still runs the frozen encoder (docs/moderation.md, Known
gaps).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import numpy as np  # noqa: E402
import torch  # noqa: E402
import train_abuse_encoder as reader  # noqa: E402
from abuse_head_torch import Head, length_batches  # noqa: E402
from minilm_torch import LAYERS, WIDTH, MiniLM  # noqa: E402
from torch import nn  # noqa: E402

from moderation.detectors.abuse_encoder import Encoder  # noqa: E402
from moderation.detectors.base import Doc  # noqa: E402

base = reader.base


def lower_states(model: MiniLM, texts: list[str], upto: int) -> list[torch.Tensor]:
    """Each text's folded form through the embeddings and the first ``upto`` layers."""
    tokenizer = Encoder(None).tokenizer
    folded = [Doc(t).folded for t in texts]
    unique = sorted(set(folded), key=len)
    states: dict[str, torch.Tensor] = {}
    with torch.no_grad():
        for b in range(0, len(unique), 128):
            part = unique[b : b + 128]
            encoded = tokenizer.encode_batch(part)
            ids = torch.zeros((len(part), max(len(e.ids) for e in encoded)), dtype=torch.long)
            mask = torch.zeros_like(ids)
            for i, e in enumerate(encoded):
                ids[i, : len(e.ids)] = torch.tensor(e.ids)
                mask[i, : len(e.ids)] = 1
            out = model.layer_states(ids, mask, upto=upto)
            for i, e in enumerate(encoded):
                states[part[i]] = out[i, : len(e.ids)].half()
    return [states[f] for f in folded]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--layers", type=int, default=2, help="top layers trained (0: none)")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-5, help="learning rate of the layers")
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    torch.set_num_threads(2)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    rows = reader.labelled()
    train = [(t, c) for t, c in rows if not base.kept_back(t)]
    check = [(t, c) for t, c in rows if base.kept_back(t)]
    plain = base.ordinary(20000) + [t for t in reader.everyday() if not base.kept_back(t)]
    prose = base.prose_kept_back()
    model = MiniLM.from_onnx().eval()
    upto = LAYERS - args.layers
    started = time.perf_counter()
    texts = [t for t, _ in train] + plain + [t for t, _ in check] + prose
    states = lower_states(model, texts, upto)
    print(f"states after layer {upto} of {len(texts)} texts: {time.perf_counter() - started:.0f} s")
    a, b, c = len(train), len(train) + len(plain), len(train) + len(plain) + len(check)
    rows_x = [(states[i], train[i][1], 1.0) for i in range(a)]
    rows_x += [(states[i], 0, 3.0) for i in range(a, b)]
    check_x, labels, prose_x = states[b:c], np.array([k for _, k in check]), states[c:]

    top = nn.ModuleList(model.layers[upto:])
    head = Head(WIDTH, 128, (1, 3, 5), 0.3, len(base.CLASSES))

    def forward(seqs: list[torch.Tensor]) -> torch.Tensor:
        x = torch.zeros((len(seqs), max(len(q) for q in seqs), WIDTH))
        mask = torch.zeros(x.shape[:2])
        for i, q in enumerate(seqs):
            x[i, : len(q)] = q.float()
            mask[i, : len(q)] = 1
        bias = (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min
        for layer in top:
            x = layer(x, bias)
        # Zero beyond each text, as a text read alone is at run time.
        return head(x * mask.unsqueeze(-1), mask)

    def chance(seqs: list[torch.Tensor]) -> np.ndarray:
        top.eval()
        head.eval()
        out = np.zeros(len(seqs))
        order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
        with torch.no_grad():
            for k in range(0, len(order), 256):
                ids = order[k : k + 256]
                p = torch.softmax(forward([seqs[i] for i in ids]), 1)[:, 0].numpy()
                out[ids] = 1 - p
        top.train()
        head.train()
        return out

    groups = [{"params": head.parameters(), "lr": args.head_lr}]
    lrs = [args.head_lr]
    if args.layers:
        groups.append({"params": top.parameters(), "lr": args.lr})
        lrs.append(args.lr)
    opt = torch.optim.AdamW(groups, weight_decay=1e-4)
    per_epoch = len(length_batches(rows_x, random.Random(0), args.batch))
    cycle = torch.optim.lr_scheduler.OneCycleLR(
        opt, lrs, total_steps=args.epochs * per_epoch, pct_start=0.1
    )
    top.train()
    head.train()
    for epoch in range(args.epochs):
        started, total = time.perf_counter(), 0.0
        for part in length_batches(rows_x, rng, args.batch):
            y = torch.tensor([k for _, k, _ in part])
            w = torch.tensor([w for _, _, w in part])
            logits = forward([s for s, _, _ in part])
            loss = (nn.functional.cross_entropy(logits, y, reduction="none") * w).sum() / w.sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            cycle.step()
            total += float(loss.detach()) * len(part)
        seconds = time.perf_counter() - started
        s, sp = chance(check_x), chance(prose_x)
        abuse, looks = s[labels > 0], s[labels == 0]
        parts = []
        for share in (0.01, 0.02):
            t = np.quantile(looks, 1 - share)
            parts.append(f"at {share:.0%} look-alikes recall {np.mean(abuse > t):.3f}")
        for t in (0.95, 0.98, 0.99):
            parts.append(
                f"at {t}: recall {np.mean(abuse >= t):.3f}, look-alikes {np.mean(looks >= t):.3f}"
                f", ordinary {int((sp >= t).sum())}"
            )
        loss_mean = total / len(rows_x)
        print(f"epoch {epoch + 1} ({seconds:.0f} s, loss {loss_mean:.4f}): " + "; ".join(parts))


if __name__ == "__main__":
    main()
