"""The rule language of the abuse grammar (``lexicon/abuse_grammar.toml``): elements,
macros, a rule's regex over a line of word units, what a text must hold for a rule to match
(its needs) and the word a rule is indexed under (its anchor). Read once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ELEMENT = re.compile(r"^(!?)([^?*{]+?)(\?|\*|\{\d+,\d+\})?$")
_GAP = re.compile(r"^([~*])(\d+)$")


@dataclass(frozen=True, slots=True)
class Group:
    """Rules of one family that share their word senses, compiled into one regex."""

    family: str
    rules: tuple[str, ...]  # each rule's regex
    tail: str  # what may not follow a match
    unless_before: frozenset[str]
    except_after: frozenset[str]
    unless_sentence: frozenset[str]
    before: int


def anchor(rule: str, classes: dict[str, list[str]], common: set[str]) -> set[str]:
    """The words of the element of a rule that a text must hold for the rule to match,
    chosen to be the rarest: one uncommon word at least, the smallest share of common words,
    the fewest words."""
    best: tuple[bool, float, int, set[str]] | None = None
    for el in rule.split():
        m = _ELEMENT.match(el)
        if m is None or m.group(1) or m.group(3) in ("?", "*") or el in ("^", "'s"):
            continue
        if m.group(3) and m.group(3).startswith("{0"):
            continue
        words: set[str] = set()
        for alt in m.group(2).split("|"):
            words |= {alt[1:]} if alt.startswith("'") else set(classes.get(alt, ()))
        if not words:
            continue
        key = (not words - common, len(words & common) / len(words), len(words), words)
        if best is None or key[:3] < best[:3]:
            best = key
    if best is None:
        raise ValueError(f"abuse grammar: no anchor in {rule!r}")
    # A text must hold one of its uncommon words (a rule whose anchor is made of common
    # words only is rare and keeps them all).
    return best[3] - common or best[3]


def coarse(rule: str, macros: dict[str, list[str]]) -> str:
    """A rule with each required @macro read as one element: the first elements of its
    sequences as alternatives (an optional macro left out)."""
    out = []
    for el in rule.split():
        if el.startswith("@"):
            if el.endswith("?"):
                continue
            firsts = {seq.split()[0] for seq in macros[el[1:]]}
            if any(not _ELEMENT.match(f) or _ELEMENT.match(f).group(3) for f in firsts):
                continue
            el = "|".join(sorted(firsts))
        out.append(el)
    return " ".join(out)


def needs(rule: str, classes: dict[str, list[str]]) -> tuple[frozenset[str], ...]:
    """Per required element of a rule, the words one of which a text must hold."""
    out = []
    for el in rule.split():
        m = _ELEMENT.match(el)
        if m is None or m.group(1) or el == "^" or el in ("'s", "comma"):
            continue
        if m.group(3) in ("?", "*") or (m.group(3) or "").startswith("{0"):
            continue
        words: set[str] = set()
        for alt in m.group(2).split("|"):
            words |= {alt[1:]} if alt.startswith("'") else set(classes.get(alt, ()))
        if words and "," not in words:
            out.append(frozenset(words))
    # The smallest first: the likeliest to be missing, so the test stops early.
    return tuple(sorted(set(out), key=lambda n: (len(n), sorted(n))))


class Memo(dict):
    """A pure function's results for the arguments seen lately (emptied when full)."""

    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, key: str):
        if len(self) >= 1 << 16:
            self.clear()
        value = self[key] = self.fn(key)
        return value


def _unit(alts: str, negated: bool) -> str:
    """The regex of one unit that has (or, negated, has none of) the classes or words."""
    names = "|".join(re.escape(a) for a in alts.split("|"))
    if not negated and all(a.startswith("'") for a in alts.split("|")):
        return rf" \|(?:{names})\|[^ ]*+"  # words only: the tag starts with the word
    if negated:
        return rf" (?![^ ]*\|(?:{names})\|)\|[^ ]*+"
    return rf" (?=[^ ]*\|(?:{names})\|)[^ ]*+"


def compile_rule(rule: str, macros: dict[str, list[str]] | None = None) -> str:
    """The regex of one rule: elements apart by spaces; an element is a class or a 'word,
    alternatives joined by |, with ! (none of them), ? (optional), * or {a,b} (repeated);
    ~N is up to N filler words, *N up to N words of any kind; @name is any sequence of
    that macro (one alternation, so that the rest of the rule is tried once)."""
    out = []
    for el in rule.split():
        if el.startswith("@"):
            seqs = (macros or {})[el[1:].rstrip("?")]
            body = "|".join(compile_rule(q, macros) for q in seqs)
            out.append(f"(?:{body})" + ("?" if el.endswith("?") else ""))
            continue
        if el == "^":  # the start of a sentence
            out.append(r"(?:^|(?<= #))")
            continue
        gap = _GAP.match(el)
        if gap:
            unit = _unit("filler", False) if gap.group(1) == "~" else r" \|[^ ]*+"
            out.append(f"(?:{unit}){{0,{gap.group(2)}}}")
            continue
        m = _ELEMENT.match(el)
        if m is None:
            raise ValueError(f"abuse grammar: bad element {el!r} in {rule!r}")
        neg, alts, rep = m.groups()
        unit = _unit(alts, bool(neg))
        out.append(f"(?:{unit}){rep}" if rep else unit)
    return "".join(out)


def expand(rule: str, macros: dict[str, list[str]]) -> list[str]:
    """A rule with its @macros written out: one rule per choice of each macro's sequences."""
    out = [""]
    for el in rule.split():
        if el.startswith("@"):
            choices = macros[el[1:].rstrip("?")] + ([""] if el.endswith("?") else [])
        else:
            choices = [el]
        out = [f"{r} {c}".strip() for r in out for c in choices]
    return out


def group(spec: dict, macros: dict[str, list[str]]) -> Group:
    """A group from its TOML table: its rules in one regex, a match never followed by one
    of its ``innocent_after`` sequences."""
    rules = spec["rules"]
    after = spec.get("innocent_after", [])
    tail = "(?!" + "|".join(compile_rule(a) for a in after) + ")" if after else ""
    return Group(
        spec["family"],
        tuple(f"(?:{compile_rule(r, macros)})" for r in rules),
        tail,
        frozenset(spec.get("unless_before", ())),
        frozenset(spec.get("except_after", ())),
        frozenset(spec.get("unless_sentence", ())),
        int(spec.get("before", 4)),
    )
