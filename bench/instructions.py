"""Moderate the first texts of davidson_dev N times, for instruction counts under cachegrind.

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no \
        python bench/instructions.py --passes 1   # then --passes 3

Instructions per message = (I(passes=3) - I(passes=1)) / (2 * texts): the policy load and the
first pass (which fills the detectors' word memories) cancel out.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from moderation_data import davidson_texts  # noqa: E402

from moderation import load_policy, moderate  # noqa: E402


def main() -> None:
    """Load the policy and moderate the texts --passes times."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=1)
    ap.add_argument("--texts", type=int, default=3000)
    args = ap.parse_args()
    policy = load_policy()
    texts = davidson_texts()[: args.texts]
    for _ in range(args.passes):
        for t in texts:
            moderate(t, policy=policy)


if __name__ == "__main__":
    main()
