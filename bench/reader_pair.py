"""How the thresholds of two readers that must agree were chosen (the policy's
``[detectors.abuse_encoder]`` ``min_score``, ``confirm_from`` and ``clear_below``): what the
forum decides (moderate(), then reread()) on the kept-back sixth of
bench/train_abuse_encoder.py for every triple, by the rule (highest recall, look-alikes at most
2.0%, at most one kept-back ordinary sentence added by the reader, and every test sentence of
the abuse grammar decided as the suite asks: its abusive ones held, its look-alikes
published). Each weights file reads each text once (``memoized``).

    python bench/reader_pair.py [--first FILE] [--confirm FILE] [--limit N] [--look-alikes S]
                                [--valid] [--read-from R]

``--look-alikes`` lowers the share the rule allows (e.g. 0.007 for a margin: the unseen sets
have flagged two to three times the kept-back share of look-alikes for every reader so far).
``--valid`` measures recall and look-alikes on the validation corpora (``VALIDATION_SETS`` of
encoder_data: written blind by other hands than the training corpora, never trained on)
instead of the kept-back sixth, which shares its authors, and its look-alikes' writers, with
the corpora the readers were trained on and the rules were written against.

About ten minutes a file on two cores (``--limit`` reads only the first N texts of each set,
for a quick look).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import numpy as np  # noqa: E402
import train_abuse_model as base  # noqa: E402
from encoder_data import VALIDATION_SETS, everyday, labelled  # noqa: E402
from encoder_report import memoized, policy_of, read_with  # noqa: E402

from moderation import load_policy, moderate, reread  # noqa: E402
from moderation.detectors.abuse_encoder import CONFIRM_WEIGHTS, WEIGHTS  # noqa: E402
from moderation.policy import DEFAULT_POLICY_PATH  # noqa: E402
from moderation.verdict import Action  # noqa: E402
from tests.moderation.test_abuse_grammar import ALL_ABUSIVE, ALL_LOOKALIKES  # noqa: E402
from tests.moderation.test_second_reader_settings import PLAIN_THREATS  # noqa: E402

# The sentences whose whole decision the suite asks for (test_second_reader_settings.py, and
# test_abuse_encoder.py for the grammar's sentences, in tests/moderation):
# a triple that publishes one of the abusive ones ("I will kill you tomorrow" at clear_below
# 0.8, "tracked down your dad's house last night" at 0.7) or holds a look-alike is not chosen.
SUITE_ABUSE = ALL_ABUSIVE + PLAIN_THREATS
SUITE_LOOKALIKES = ALL_LOOKALIKES

ABUSE = {"abuse", "abuse_model", "abuse_encoder"}
# The (min_score, confirm_from, clear_below) triples the rule chooses among.
GRID = [
    (m, c, b)
    for m in (0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.997, 0.999)
    for c in (0.0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.98, 0.99)
    for b in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
]


def report(results: list[tuple], look_alikes: float, every_row: bool = False) -> None:
    """Rows of (recall, look-alikes, ordinary added, everyday flagged, suite sentences wrong,
    min_score, confirm_from, clear_below): those the rule allows (look-alikes at most
    ``look_alikes``, at most one ordinary sentence added, no suite sentence wrong; all with
    ``every_row``), highest recall first and, at equal recall, fewer look-alikes first; then
    the bundled thresholds' row."""
    print(
        "recall, look-alikes, ordinary added, everyday flagged, suite sentences wrong"
        " | min_score, confirm_from, clear_below"
    )
    for r in sorted(results, key=lambda r: (-r[0], r[1])):
        if every_row or (r[1] <= look_alikes and r[2] <= 1 and r[4] == 0):
            print(f"{r[0]:.3f}, {r[1]:.4f}, {r[2]}, {r[3]}, {r[4]} | {r[5]}, {r[6]}, {r[7]}")
    second = load_policy(DEFAULT_POLICY_PATH).engine.second
    bundled = (second.min_score, second.confirm_from, second.clear_below)
    for r in (r for r in results if r[5:] == bundled):
        print(f"the bundled thresholds: {r[0]:.3f}, {r[1]:.4f}, {r[2]}, {r[3]}, {r[4]}")


def policy_with(
    min_score: float, confirm_from: float, clear_below: float = 0.3, read_from: float | None = None
):
    """The bundled policy with these thresholds of the second reader (``read_from`` as
    bundled unless given)."""
    text = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    if read_from is not None:
        text = re.sub(r"read_from = [0-9.]+", f"read_from = {read_from}", text)
    text = re.sub(
        r"\nmin_score = [0-9.]+\nclear_below = [0-9.]+",
        f"\nmin_score = {min_score}\nclear_below = {clear_below}",
        text,
    )
    return policy_of(re.sub(r"confirm_from = [0-9.]+", f"confirm_from = {confirm_from}", text))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--first", type=Path, default=WEIGHTS)
    ap.add_argument("--confirm", type=Path, default=CONFIRM_WEIGHTS)
    ap.add_argument("--limit", type=int, help="only the first N texts of each set")
    ap.add_argument(
        "--look-alikes", type=float, default=0.02, help="largest share of look-alikes flagged"
    )
    ap.add_argument("--valid", action="store_true", help="measure on the validation corpora")
    ap.add_argument(
        "--read-from", type=float, help="the policy's read_from for every triple (default: bundled)"
    )
    ap.add_argument(
        "--triples",
        help='only these triples, e.g. "0.9,0.95,0.6;0.8,0.95,0.6" (min_score, confirm_from,'
        " clear_below): one pass of the real decision in a few minutes instead of the grid",
    )
    args = ap.parse_args()
    read_with({WEIGHTS: memoized(args.first), CONFIRM_WEIGHTS: memoized(args.confirm)})
    if args.valid:
        rows = [row for module in VALIDATION_SETS for row in base.rows_of(module)]
    else:
        rows = [(t, c) for t, c in labelled() if base.kept_back(t)]
    check = rows[: args.limit]
    ordinary = base.prose_kept_back()[: args.limit]
    every = [t for t in everyday() if base.kept_back(t)][: args.limit]
    y = np.array([c for _, c in check])
    suite = SUITE_ABUSE + SUITE_LOOKALIKES
    first = {t: moderate(t) for t in [t for t, _ in check] + ordinary + every + suite}
    results = []
    grid = GRID
    if args.triples:
        grid = [tuple(map(float, t.split(","))) for t in args.triples.split(";")]
    for m, c, b in grid:
        policy = policy_with(m, c, b, args.read_from)

        def flagged(t: str, policy=policy) -> bool:
            v = reread(t, first[t], policy=policy)
            return any(f.detector in ABUSE for f in v.findings)

        f = np.array([flagged(t) for t, _ in check])
        # Ordinary sentences the reader holds that moderate() let through.
        added = sum(1 for t in ordinary if not first[t].findings and flagged(t))
        every_held = sum(map(flagged, every))
        held = {t: reread(t, first[t], policy=policy).action >= Action.HOLD for t in suite}
        wrong = sum(not held[t] for t in SUITE_ABUSE) + sum(map(held.get, SUITE_LOOKALIKES))
        results.append((f[y > 0].mean(), f[y == 0].mean(), added, every_held, wrong, m, c, b))
    report(results, args.look_alikes, every_row=bool(args.triples))


if __name__ == "__main__":
    main()
