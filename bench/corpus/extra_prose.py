"""Ordinary prose for TRAINING only: the sentences of the literary sources of the precision
corpus that build.py's caps left out.

    apt-get install fortunes fortunes-min dict-devil dict-gcide
    python bench/corpus/extra_prose.py        # writes sentences_train.txt next to this file

build.py takes at most 7,000 fortune cookies, 1,500 Devil's Dictionary and 6,500 Webster
sentences (in sha256 order) and splits them dev / heldout. The second reader held a few of
them (scripture, Shakespeare, humorists addressing "you") near a chance of 1: the literary
register is rare in its training data. This file gives it the rest of those sources, every
sentence that is in neither split (compared folded: lowercase letters and digits), filtered
as build.py filters (``keep``: length, no profane word, no code). No sentence of
sentences_dev.txt or sentences_heldout.txt is in it, so the precision corpus still says how
ordinary text the reader never saw fares; the kept-back sixth stays what it was.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build  # noqa: E402

LITERARY = ("fortunes", "devil", "webster1913")
OUT = HERE / "sentences_train.txt"


def fold(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def extra_sentences() -> list[str]:
    """Every kept sentence of the literary sources outside both splits, in sha256 order."""
    taken = {
        fold(line)
        for part in ("dev", "heldout")
        for line in (HERE / f"sentences_{part}.txt").read_text(encoding="utf-8").splitlines()
    }
    seen: set[str] = set()
    out = []
    for name in LITERARY:
        for s in build.kept_sentences(name):
            key = fold(s)
            if key not in taken and key not in seen:
                seen.add(key)
                out.append(s)
    return sorted(out, key=build.order)


def main() -> None:
    rows = extra_sentences()
    OUT.write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} sentences -> {OUT.name}", file=sys.stderr)


if __name__ == "__main__":
    main()
