"""How the thresholds of two readers that must agree were chosen (the policy's
``[detectors.abuse_encoder]`` ``min_score`` and ``confirm_from``): the kept-back sixth of
bench/train_abuse_encoder.py, read once by each weights file, then every pair of thresholds
by the rule (highest recall, look-alikes at most 2.0%, at most one kept-back ordinary sentence
added by the reader).

    python bench/reader_pair.py [--first FILE] [--confirm FILE] [--limit N]

About ten minutes a file on one core (``--limit`` reads only the first N texts of each set,
for a quick look). It mirrors ``pipeline.reread``: a text the abuse rules alone hold is
cleared below ``clear_below`` (0.3) of the first reader; a text nothing holds, with at least
``read_from`` (0.005) chance from the word model, is held when the first reader gives it at
least ``min_score`` and the confirming one at least ``confirm_from``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import numpy as np  # noqa: E402
import train_abuse_model as base  # noqa: E402
from encoder_data import everyday, labelled  # noqa: E402

from moderation import default_policy, moderate  # noqa: E402
from moderation.detectors.abuse_encoder import (  # noqa: E402
    CONFIRM_WEIGHTS,
    WEIGHTS,
    AbuseEncoderDetector,
)
from moderation.detectors.base import Doc  # noqa: E402
from moderation.pipeline import ABUSE_RULES  # noqa: E402
from moderation.verdict import Action  # noqa: E402

READ_FROM, CLEAR_BELOW = 0.005, 0.3


def verdicts(texts: list[str]) -> np.ndarray:
    """Per text: found by the abuse rules, held by them alone, held by anything else or
    blocked (then the reader adds nothing), and the word model's chance."""
    second = default_policy().engine.second
    rows = []
    for t in texts:
        v = moderate(t)
        holding = [r for r in v.reasons if r.action >= Action.HOLD]
        only = bool(holding) and all(r.detector in ABUSE_RULES for r in holding)
        found = any(f.detector in ABUSE_RULES for f in v.findings)
        shut = (bool(holding) and not only) or v.action == Action.BLOCK
        rows.append((found, only, shut, second.gate(Doc(t))))
    return np.array(rows, dtype=float)


def chances(path: Path, texts: list[str], rows: np.ndarray) -> np.ndarray:
    """The reader's chance of abuse where reread() would ask for it (-1 elsewhere)."""
    reader = AbuseEncoderDetector(path, floor=1.0)
    ask = (rows[:, 1] == 1) | ((rows[:, 0] == 0) & (rows[:, 2] == 0) & (rows[:, 3] >= READ_FROM))
    return np.array([reader.chance(Doc(t)) if a else -1.0 for t, a in zip(texts, ask, strict=True)])


def flagged(rows: np.ndarray, first: np.ndarray, confirm: np.ndarray, m: float, c: float):
    """Which texts the forum would flag, and which of them the reader added."""
    found, only, shut, gate = rows.T
    cleared = (only == 1) & (first >= 0) & (first < CLEAR_BELOW)
    added = (found == 0) & (shut == 0) & (gate >= READ_FROM) & (first >= m) & (confirm >= c)
    return ((found == 1) & ~cleared) | added, added


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", type=Path, default=WEIGHTS)
    ap.add_argument("--confirm", type=Path, default=CONFIRM_WEIGHTS)
    ap.add_argument("--limit", type=int, help="only the first N texts of each set")
    args = ap.parse_args()
    check = [(t, c) for t, c in labelled() if base.kept_back(t)][: args.limit]
    sets = {
        "check": [t for t, _ in check],
        "ordinary": base.prose_kept_back()[: args.limit],
        "everyday": [t for t in everyday() if base.kept_back(t)][: args.limit],
    }
    y = np.array([c for _, c in check])
    read = {}
    for name, texts in sets.items():
        rows = verdicts(texts)
        read[name] = (rows, chances(args.first, texts, rows), chances(args.confirm, texts, rows))
        print(f"read {name}: {len(texts)}", flush=True)
    results = []
    for m in (0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.997):
        for c in (0.0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
            f, _ = flagged(*read["check"], m, c)
            _, added = flagged(*read["ordinary"], m, c)
            every, _ = flagged(*read["everyday"], m, c)
            results.append(
                (f[y > 0].mean(), f[y == 0].mean(), int(added.sum()), int(every.sum()), m, c)
            )
    print("recall, look-alikes, ordinary added, everyday flagged | min_score, confirm_from")
    for r in sorted(results, reverse=True):
        if r[1] <= 0.02 and r[2] <= 1:
            print(f"{r[0]:.3f}, {r[1]:.4f}, {r[2]}, {r[3]} | {r[4]}, {r[5]}")


if __name__ == "__main__":
    main()
