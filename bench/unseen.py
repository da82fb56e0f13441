"""The abuse figures of the unseen sets alone, with counts and pooled totals.

    python bench/unseen.py [--sets heldout,fresh,blind5] [--policy FILE]

What ``bench/moderation.py`` prints for the held-out, fresh and blind sets (the forum's own
decision: moderate(), then reread(), as ``quality.judged``), without the dev and train
splits, the Davidson rows and the speed table, which take most of its time: recall of each
family and overall as hits / total, look-alikes flagged as a count, and the totals pooled
over the sets asked for; each set also without its sentences that are also in a training
corpus (``encoder_data.trained_on``: common short lines that helpers wrote independently, as
``bench/quality.py`` prints them). A candidate is judged on these counts by a rule written
before they are measured (docs/moderation.md, Known gaps).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import quality  # noqa: E402
from abuse_splits import ABUSE_FAMILIES, UNSEEN_SPLITS, abuse_split, family_counts  # noqa: E402

from moderation import load_policy  # noqa: E402
from moderation.policy import DEFAULT_POLICY_PATH  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--sets",
        default=",".join(UNSEEN_SPLITS),
        help="comma-separated, of " + ", ".join(UNSEEN_SPLITS),
    )
    ap.add_argument("--policy", type=Path, default=DEFAULT_POLICY_PATH)
    args = ap.parse_args(argv)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = sorted(set(sets) - set(UNSEEN_SPLITS))
    if unknown:
        ap.error(f"unknown set(s): {', '.join(unknown)}; choose among {', '.join(UNSEEN_SPLITS)}")
    caught = quality.abuse_caught(load_policy(args.policy))
    from encoder_data import same, trained_on

    seen = trained_on()
    pooled_hits = pooled_total = pooled_flagged = pooled_looks = 0
    for split in sets:
        data = abuse_split(split)
        counts = family_counts(data, caught)
        parts = [f"{fam.lower()} {counts[fam][0]}/{counts[fam][1]}" for fam in ABUSE_FAMILIES]
        hits, total = counts["ABUSIVE"]
        flagged, looks = counts["INNOCENT"]
        print(
            f"{split:8} recall {hits / total:.3f} ({hits}/{total}); look-alikes "
            f"{flagged / looks:.1%} ({flagged}/{looks}); " + ", ".join(parts),
            flush=True,
        )
        quality._untrained(split, data, caught, seen, same)
        pooled_hits, pooled_total = pooled_hits + hits, pooled_total + total
        pooled_flagged, pooled_looks = pooled_flagged + flagged, pooled_looks + looks
    print(
        f"pooled   recall {pooled_hits / pooled_total:.3f} ({pooled_hits}/{pooled_total}); "
        f"look-alikes {pooled_flagged / pooled_looks:.2%} ({pooled_flagged}/{pooled_looks})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
