"""What the forum holds in ordinary English: moderate() alone against both stages.

    python bench/prose_holds.py [--split dev|heldout|both] [--show]

The ordinary sentences of bench/corpus (sentences_dev.txt 18,208, sentences_heldout.txt
7,752) judged as the forum judges a post: moderate(), then the second reader
(pipeline.reread). Prints per split how many sentences each stage holds (the bar: at most
0.1%) and, with --show, every sentence the second reader adds or lifts, to be read by eye:
a held everyday sentence costs more trust than a missed insult. Measure the held-out split
once per change and never choose a threshold from it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from precision import read_lines  # noqa: E402

from moderation import Action, moderate, reread  # noqa: E402

BAR = 0.001


def held(verdict) -> bool:
    return verdict.action >= Action.HOLD


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=("dev", "heldout", "both"), default="both")
    ap.add_argument("--show", action="store_true", help="print each sentence the reader changes")
    args = ap.parse_args()
    for split in ("dev", "heldout") if args.split == "both" else (args.split,):
        texts = read_lines("sentences", split)
        started = time.perf_counter()
        first = [moderate(t) for t in texts]
        second = [reread(t, v) for t, v in zip(texts, first, strict=True)]
        seconds = time.perf_counter() - started
        alone = sum(map(held, first))
        both = sum(map(held, second))
        added = [t for t, a, b in zip(texts, first, second, strict=True) if held(b) > held(a)]
        lifted = [t for t, a, b in zip(texts, first, second, strict=True) if held(a) > held(b)]
        for name, n in (("moderate() alone", alone), ("both stages", both)):
            rate = n / len(texts)
            print(
                f"{split}: {name}: {n} of {len(texts):,} held ({rate:.2%}), "
                f"bar {BAR:.1%}: {'PASS' if rate <= BAR else 'FAIL'}"
            )
        print(f"{split}: the reader added {len(added)}, lifted {len(lifted)} ({seconds:.0f} s)")
        if args.show:
            for t in added:
                print(f"  + {t}")
            for t in lifted:
                print(f"  - {t}")


if __name__ == "__main__":
    main()
