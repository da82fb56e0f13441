"""Watched words, as in Discourse: community word lists with wildcards and regexes."""

from __future__ import annotations

import re

from moderation.detectors.base import Doc, finding
from moderation.verdict import Action, Finding


def word_pattern(entry: str) -> str:
    """The regex for one list entry: ``re:...`` is a regex, ``*`` a wildcard in a word."""
    if entry.startswith("re:"):
        return f"(?:{entry[3:]})"
    body = re.escape(entry.strip().lower()).replace(r"\*", r"\w*")
    return rf"(?<!\w){body}(?!\w)"


def compile_list(entries: tuple[str, ...]) -> re.Pattern[str]:
    """One regex for a whole list; raises re.error on a bad regex entry."""
    return re.compile("|".join(word_pattern(e) for e in entries), re.IGNORECASE)


class WatchedWordsDetector:
    """Finds words from the policy's watched-word lists in the folded text.

    Matching the folded text means fullwidth, accented and look-alike spellings of a
    watched word are caught too; offsets are the original text's.
    """

    name = "watched_words"

    def __init__(self, lists: tuple[tuple[Action, re.Pattern[str]], ...]) -> None:
        self.lists = lists

    def detect(self, doc: Doc) -> list[Finding]:
        """Watched words in the text, each carrying the action of its list."""
        out = []
        for action, rx in self.lists:
            for m in rx.finditer(doc.folded):
                if m.end() > m.start():
                    out.append(
                        finding(
                            "WATCHED_WORD",
                            doc,
                            m.start(),
                            m.end(),
                            self.name,
                            1.0,
                            action,
                            list=action.label,
                        )
                    )
        return out
