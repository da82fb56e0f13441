"""Email addresses written to dodge scrapers: "jane dot doe at gmail dot com",
"j.smith[at]example[dot]org", "name{at}domain{dot}co{dot}uk", "jane.doe @ gmail . com".

The shape is a name, an "at" (a word, bracketed, or an "@" with spaces), a domain and a
known top-level domain after the last "dot". Ordinary sentences have the same words
("look at the dot com bubble", "sold at amazon dot com"), so a candidate counts only if
no piece of it is a sentence word, and, when "at" and "dot" are plain words, the name
or domain looks like a mailbox (see ``pii_cues``).
"""

from __future__ import annotations

import re

from moderation.detectors.pii_cues import (
    EMAIL_CUES,
    MAIL_PROVIDERS,
    NOT_ADDRESS_WORDS,
    ROLE_ACCOUNTS,
    TLDS,
)
from moderation.detectors.pii_screen import windows_around

_OPEN, _CLOSE = r"[\[({<]", r"[\])}>]"
# Possessive quantifiers (*+, ++): a word is read once, never re-split on backtracking,
# which keeps the search linear and cheap on long posts.
_PIECE = r"[a-z0-9][a-z0-9_%+\-]*+"
_AT = rf"(?:\s*+{_OPEN}\s*+at\s*+{_CLOSE}\s*+|\s++at\s++|\s*+@\s*+)"
_DOT = rf"(?:\s*+{_OPEN}\s*+dot\s*+{_CLOSE}\s*+|\s++dot\s++|\s*+\.\s*+)"
_TLD = "|".join(sorted(TLDS, key=len, reverse=True))
_CANDIDATE = re.compile(
    rf"(?i)(?<![\w.%+\-@])(?P<local>{_PIECE}(?:{_DOT}{_PIECE}){{0,3}})(?P<at>{_AT})"
    rf"(?P<domain>{_PIECE}(?:{_DOT}{_PIECE}){{0,3}}){_DOT}(?P<tld>{_TLD})(?![\w@\-]|\.\w)"
)
_SEPARATOR = re.compile(rf"(?i){_DOT}")
_BRACKETED = re.compile(rf"{_OPEN}\s*(?:at|dot)\s*{_CLOSE}", re.IGNORECASE)
_INITIAL = re.compile(r"(?<![\w.])[a-z] $", re.IGNORECASE)
_WORD = re.compile(r"[\w\-]+")


def _pieces(part: str) -> list[str]:
    return [p.lower() for p in _SEPARATOR.split(part) if p]


def _mailbox_like(m: re.Match[str], text: str) -> bool:
    """For plain "at"/"dot" words: a provider, a role account, a username-like name, or
    a word like "email" shortly before."""
    local = m.group("local")
    names = _pieces(local)
    if _pieces(m.group("domain"))[0] in MAIL_PROVIDERS or local.lower() in ROLE_ACCOUNTS:
        return True
    if len(names) > 1 or any(c.isdigit() or c in "_-" for c in local):
        return True
    before = _WORD.findall(text[max(0, m.start() - 40) : m.start()].lower())[-5:]
    return any(w in EMAIL_CUES for w in before)


def _accept(m: re.Match[str], text: str) -> bool:
    span = m.group()
    if not any(c.isspace() for c in span) and not _BRACKETED.search(span):
        return False  # a plain address: the ordinary email pattern reports it
    pieces = _pieces(m.group("local")) + _pieces(m.group("domain"))
    if any(p in NOT_ADDRESS_WORDS for p in pieces):
        return False
    if not any(c.isalpha() for c in "".join(_pieces(m.group("domain")))):
        return False
    plain_at = m.group("at").strip().lower() == "at"
    plain_dots = not _BRACKETED.search(span)
    if plain_at and plain_dots:
        return _mailbox_like(m, text)
    return True


# The words an obfuscated address cannot do without (one of them): the search runs
# only around them, so a long post costs in proportion to them, not to its length.
_ANCHORS = ("dot", "@ ", "at)", "at]", "at}", "at>")


def obfuscated_emails(text: str, folded: str) -> list[tuple[int, int]]:
    """Spans of email addresses written with words or brackets for "@" and "."."""
    out: list[tuple[int, int]] = []
    for lo, hi in windows_around(folded, _ANCHORS, 160, 160):
        _search(text, max(lo, out[-1][1] if out else 0), hi, out)
    return out


def _search(text: str, pos: int, end: int, out: list[tuple[int, int]]) -> None:
    while m := _CANDIDATE.search(text, pos, end):
        if _accept(m, text):
            start = m.start()
            # "j smith (at) example (dot) org": an initial before a bracketed name.
            initial = _INITIAL.search(text, max(0, start - 2), start)
            if initial and _BRACKETED.search(m.group("at")):
                start = initial.start()
            out.append((start, m.end()))
            pos = m.end()
        else:
            pos = m.start() + 1
