"""Regexes compiled from word lists as tries, so one C-level pass finds every entry."""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly the given words, factored by common prefixes.

    Python's regex engine tries alternatives one by one; sharing prefixes makes a
    20,000-word alternation cost a few character tests per position. A space inside
    an entry matches any run of whitespace; ``*`` matches any one word.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[_END] = True

    def build(node: dict) -> str:
        """The pattern for one trie node: its branches, optional if a word ends here."""
        alts = []
        for ch in sorted(k for k in node if k != _END):
            if ch == " ":
                atom = r"\s+"
            elif ch == "*":
                atom = r"\S+"
            else:
                atom = re.escape(ch)
            alts.append(atom + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if _END in node else body

    return build(trie)


def word_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """Whole-word matches of any of the words (None for an empty list)."""
    body = trie_pattern(words)
    return re.compile(rf"\b(?:{body})\b") if body else None
