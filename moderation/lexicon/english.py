"""The English dictionary the profanity detector consults: knowing that a word is English
(and not a listed profanity) is what keeps *tested*, *spacing* and *assessed* uncensored.

Run as a module to rebuild ``english_words.txt`` from SCOWL word lists (see ATTRIBUTION.md).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from moderation.lexicon.forms import SUFFIXES, undouble
from moderation.normalize import fold

WORDS = Path(__file__).with_name("english_words.txt")


@cache
def english_words() -> frozenset[str]:
    """Every word of the shipped dictionary, folded to lower-case ASCII."""
    return frozenset(WORDS.read_text(encoding="ascii").split())


def stems(word: str) -> list[str]:
    """The words ``word`` may be a regular inflection of (tested -> test, teste; spacing ->
    space, spac; shitting -> shit)."""
    out = []
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            single = undouble(stem)
            if single != stem:
                out.append(single)
    return out


def build(paths: list[str]) -> list[str]:
    """The dictionary from word-list files: folded, letters only, no possessives."""
    words = set()
    for path in paths:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            w = fold(line.strip())
            if w and not w.endswith("'s") and w.isalpha() and w.isascii():
                words.add(w)
    return sorted(words)


if __name__ == "__main__":
    WORDS.write_text("\n".join(build(sys.argv[1:])) + "\n", encoding="ascii")
