"""What the forum holds among short everyday lines (one to three words), as a member would
post them in a chat: the check that kept the second reader's ``read_short`` off.

    python bench/short_holds.py [--policy FILE] [--against FILE]

Every line of at most three words from the ordinary sentences of bench/corpus (all splits),
the "neither" tweets of davidson_dev, the everyday sets of encoder_data and, where Debian's
``fortunes`` package is installed, the fortune files (titles, sign-offs, one-liners), judged
as the forum judges a post (moderate(), then reread()). Prints how many are held and every
held line, to be read by eye; with ``--against FILE`` only the lines whose verdict differs
between the two policies. A check, not a tuning set: never choose a threshold from it.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from encoder_data import everyday  # noqa: E402
from eval_data import locate  # noqa: E402
from quality import judged  # noqa: E402

from moderation import Action, load_policy  # noqa: E402
from moderation.policy import DEFAULT_POLICY_PATH  # noqa: E402

MAX_WORDS = 3
FORTUNES = "/usr/share/games/fortunes/*.u8"


def short_lines() -> list[str]:
    """The distinct lines of one to MAX_WORDS words of every source at hand."""
    lines: set[str] = set()

    def add(text: str) -> None:
        text = text.strip(" \t-\"'")
        if 0 < len(text.split()) <= MAX_WORDS:
            lines.add(text)

    for name in ("sentences_dev.txt", "sentences_train.txt", "sentences_heldout.txt"):
        for line in (HERE / "corpus" / name).read_text(encoding="utf-8").splitlines():
            add(line)
    data = locate()
    if data is not None:
        for line in (data / "davidson_dev.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if not row["flag"]:
                add(row["text"])
    for text in everyday():
        add(text)
    for path in glob.glob(FORTUNES):
        for chunk in Path(path).read_text(encoding="utf-8", errors="ignore").split("\n%\n"):
            for line in chunk.splitlines():
                add(line)
    return sorted(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--policy", type=Path, default=DEFAULT_POLICY_PATH)
    ap.add_argument("--against", type=Path, help="print only lines this policy judges otherwise")
    args = ap.parse_args()
    lines = short_lines()
    fortunes = "with" if glob.glob(FORTUNES) else "without (apt-get install fortunes)"
    print(f"{len(lines)} short lines, {fortunes} Debian's fortunes")
    policy = load_policy(args.policy)
    other = load_policy(args.against) if args.against else None

    def held(text: str, p) -> bool:
        return judged(text, p).action >= Action.HOLD

    count = 0
    for text in lines:
        mine = held(text, policy)
        count += mine
        if other is None:
            if mine:
                print("  held:", text)
        elif mine != held(text, other):
            print("  +" if mine else "  -", text)
    print(f"held: {count} of {len(lines)} ({count / len(lines):.2%})")


if __name__ == "__main__":
    main()
