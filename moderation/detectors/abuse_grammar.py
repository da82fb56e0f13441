"""A small grammar of word classes for abuse that the exact phrases of ``abuse.toml`` do not
list: rules such as ``speaker modal{0,5} harm victim`` read over the classes of a text's
words, with word-sense rules that keep look-alikes innocent. The classes, rules and senses
are data (``lexicon/abuse_grammar.toml``); this module only reads and matches them.

How it matches: every word of a text becomes one unit ``|'word|class|class|`` (a comma is
the unit ``|',|comma|``, a sentence end the unit ``#``), the units joined by spaces; each
rule is compiled into a regex over that string, so one C-level search per group of rules
reads a whole text. A text none of whose words is in an anchor class costs one set test.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, reduce
from operator import or_
from pathlib import Path

from moderation.detectors.abuse_rules import (
    Group,
    Memo,
    anchor,
    coarse,
    expand,
    group,
    needs,
)

GRAMMAR = Path(__file__).parents[1] / "lexicon" / "abuse_grammar.toml"
LONG = 600  # characters: a longer text is read sentence by sentence
_SENTENCE = re.compile(r"[^.!?;:\n]+[.!?;:\n]*|[.!?;:\n]+")
_BREAKS = ".!?;:\n"
_PIECE = re.compile(r"(?:\S+\s*){1,40}")
_TOKEN = re.compile(r"[\w]+(?:['\u2019][\w]+)*|[.!?;:\n]+|,")


def shared_grammar(path: Path = GRAMMAR) -> Grammar:
    """The grammar of a file, built once per process while the file is unchanged (a policy
    loads again in milliseconds; the grammar's memories are pure and shareable)."""
    return _shared(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _shared(path: Path, mtime: int) -> Grammar:
    """``Grammar(path)``, kept per path and modification time."""
    return Grammar(path)


@dataclass(frozen=True, slots=True)
class Match:
    """One rule's match: its family and the span of the text it covers."""

    family: str
    start: int
    end: int


class Grammar:
    """Word classes, contractions and rule groups read from the grammar file."""

    def __init__(self, path: Path = GRAMMAR) -> None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        self.contractions = {k: tuple(v.split()) for k, v in data["contractions"].items()}
        classes: dict[str, set[str]] = {}
        for name, words in data["classes"].items():
            for w in words:
                classes.setdefault(w, set()).add(name)
        self.tags = {w: "|'" + w + "|" + "|".join(sorted(c)) + "|" for w, c in classes.items()}
        self.classes = {w: frozenset(c) for w, c in classes.items()}
        spec = data["anchors"]
        common = set(spec["words"]).union(*(data["classes"][c] for c in spec["common"]))
        macros = {k: list(v) for k, v in data.get("macros", {}).items()}
        self.groups = tuple(group(g, macros) for g in data["groups"])
        # A rule's needs are bits, one per distinct set of words (per required element, one
        # of its words must be in the text), from bit 1 (bit 0 is the phrases' key word); a
        # text's words set the bits of the sets they are in, and a rule is tried when all
        # its bits are set. Each rule is listed under the bit of its rarest element, its
        # anchor: a text whose words set no anchor bit costs the grammar nothing more.
        bits: dict[frozenset[str], int] = {}
        index: dict[int, dict[int, list[tuple[int, int]]]] = {}
        for k, g in enumerate(data["groups"]):
            for i, r in enumerate(g["rules"]):
                # One mask for all the expansions of a rule: a macro needs any word its
                # sequences can start with (a prefilter; the regex decides).
                mask = 0
                for n in needs(coarse(r, macros), data["classes"]):
                    mask |= 1 << bits.setdefault(n, len(bits) + 1)
                for x in expand(r, macros):
                    bit = 1 << bits.setdefault(
                        frozenset(anchor(x, data["classes"], common)), len(bits) + 1
                    )
                    index.setdefault(bit, {}).setdefault(mask | bit, []).append((k, i))
        self.index = {b: tuple((m, tuple(r)) for m, r in e.items()) for b, e in index.items()}
        self.anchor_bits = reduce(or_, self.index)
        self.anchor_words = frozenset().union(
            *(n for n, b in bits.items() if 1 << b & self.anchor_bits)
        )
        masks: dict[str, int] = {}
        for n, b in bits.items():
            for w in n:
                masks[w] = masks.get(w, 0) | 1 << b
        # A text's word stands for its contraction read out ("youre" is "you are").
        for k, v in self.contractions.items():
            m = masks.get(k.replace("'", ""), 0)
            for w in v:
                m |= masks.get(w, 0)
            if m:
                masks[k.replace("'", "")] = m
        self.masks = masks
        self.masked = frozenset(masks)
        self._regexes = lru_cache(maxsize=2048)(self._regex)
        self._relevant = Memo(self._relevance)
        self._chosen = Memo(self._choose)
        # The possessive unit is tagged as the rules write it ('s), not as a word ''s.
        self._tags = Memo(
            lambda w: self.tags.get(w) or ("#" if w == "#" else "|'s|" if w == "'s" else f"|'{w}|")
        )
        self._spelled = Memo(self._spell)
        self._token_tags = Memo(lambda t: " ".join(map(self._tags.__getitem__, self._spelled[t])))
        self.senses = {
            fam: group({"family": fam, "rules": [], **spec}, macros)
            for fam, spec in data.get("phrase_senses", {}).items()
        }
        known = set(data["classes"]) | {"comma", "filler"}
        for g in data["groups"]:
            for rule in g["rules"] + g.get("innocent_after", []):
                for name in re.findall(r"(?<![\w'@])[a-z_][a-z0-9_]*", rule):
                    if name not in known:
                        raise ValueError(f"abuse grammar: unknown class {name!r} in {rule!r}")

    def mask(self, words: list[str]) -> int:
        """The needs that some words meet, as bits."""
        masks = self.masks
        return reduce(or_, map(masks.__getitem__, self.masked.intersection(words)), 0)

    def matches(
        self, folded: str, have: int, chunk_bits: Callable[[str], int] | None = None
    ) -> list[Match]:
        """Every rule match in a folded text whose words meet the needs ``have`` (bits),
        its senses checked. A long text is read sentence by sentence (no rule reaches past
        a sentence), each with the bits of its own chunks: in a long post every need is met
        somewhere, in one sentence few are."""
        if chunk_bits is None or len(folded) <= LONG:
            return self._matches(folded, have)
        out: list[Match] = []
        for m in _SENTENCE.finditer(folded):
            sentence, at = m.group(), m.start()
            bits = reduce(or_, map(chunk_bits, sentence.split()), 0)
            if not bits & self.anchor_bits:
                continue
            # A run-on "sentence" is read in pieces of 40 chunks.
            pieces = _PIECE.finditer(sentence) if len(sentence) > LONG else (m,)
            for p in pieces:
                part, start = p.group(), p.start() + (at if p is not m else 0)
                if p is not m:
                    bits = reduce(or_, map(chunk_bits, part.split()), 0)
                for x in self._matches(part, bits):
                    out.append(Match(x.family, x.start + start, x.end + start))
        return out

    def _matches(self, folded: str, have: int) -> list[Match]:
        """``matches`` on one text or sentence."""
        anchors = have & self.anchor_bits
        if not anchors:
            return []
        # Which rules a text's bits choose depends only on its anchors and the bits their
        # rules need: kept per process, most texts ask again what another asked.
        chosen = self._chosen[anchors, have & self._relevant[anchors]]
        if not chosen:
            return []
        text = folded.replace("\u2019", "'")
        toks = _TOKEN.findall(text)
        # Each token's tags kept per process: the line costs a join of known strings.
        line = " " + " ".join(map(self._token_tags.__getitem__, toks)) + " #"
        out: list[Match] = []
        spans: list[tuple[int, int]] | None = None
        units: list[str] = []
        owner: list[int] = []
        for k, rx in chosen:
            g = self.groups[k]
            for m in rx.finditer(line):
                # Tags hold no space: the n-th space of the line starts the n-th unit.
                first = line.count(" ", 0, m.start())
                last = line.count(" ", 0, m.end()) - 1
                if not units:
                    units, owner = self._units(toks)
                if self._innocent(g, units, first, last):
                    continue
                if spans is None:
                    spans = [t.span() for t in _TOKEN.finditer(text)]
                out.append(Match(g.family, spans[owner[first]][0], spans[owner[last]][1]))
        return out

    def _bits_of(self, anchors: int) -> list[int]:
        """The anchor bits set in a number."""
        out = []
        while anchors:
            bit = anchors & -anchors
            anchors ^= bit
            out.append(bit)
        return out

    def _relevance(self, anchors: int) -> int:
        """The bits that the rules of some anchors need."""
        return reduce(or_, (m for b in self._bits_of(anchors) for m, _ in self.index[b]), 0)

    def _choose(self, key: tuple[int, int]) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """Per group, the regex of the rules whose needs the bits meet."""
        anchors, have = key
        chosen: dict[int, set[int]] = {}
        for bit in self._bits_of(anchors):
            for mask, rules in self.index[bit]:
                if mask & have == mask:
                    for k, i in rules:
                        chosen.setdefault(k, set()).add(i)
        return tuple((k, self._regexes(k, tuple(sorted(r)))) for k, r in sorted(chosen.items()))

    def _spell(self, tok: str) -> tuple[str, ...]:
        """The units of one token: a sentence end, a comma, a contraction read out, or the
        word (a possessive 's apart)."""
        if not (tok[0].isalnum() or tok[0] == "_"):
            return ("#",) if tok != "," else (",",)
        return self.contractions.get(tok) or _possessive(tok)

    def _regex(self, k: int, rules: tuple[int, ...]) -> re.Pattern[str]:
        """One regex for some rules of group k."""
        g = self.groups[k]
        return re.compile("(?:" + "|".join(g.rules[i] for i in rules) + ")" + g.tail)

    def cleared(self, family: str, folded: str, start: int, end: int) -> bool:
        """Whether the word senses of a family clear a phrase found at [start, end)."""
        g = self.senses.get(family)
        if g is None:
            return False
        # Only the phrase's sentence counts: read it alone, whatever the text's length.
        lo = max(folded.rfind(c, 0, start) for c in _BREAKS) + 1
        hi = min((i for i in (folded.find(c, end) for c in _BREAKS) if i >= 0), default=len(folded))
        text = folded[lo:hi].replace("\u2019", "'")
        start, end = start - lo, end - lo
        units, owner = self._units(_TOKEN.findall(text))
        spans = [t.span() for t in _TOKEN.finditer(text)]
        spans = [spans[j] for j in owner]
        first = next((i for i, s in enumerate(spans) if s[1] > start), len(units))
        last = max(first, next((i for i, s in enumerate(spans) if s[1] >= end), len(units) - 1))
        return self._innocent(g, units, first, last)

    def _units(self, toks: list[str]) -> tuple[list[str], list[int]]:
        """The units of a text's tokens (contractions read out, a sentence end "#") and,
        per unit, the index of the token it comes from."""
        units: list[str] = []
        owner: list[int] = []
        spelled = self._spelled
        for j, tok in enumerate(toks):
            words = spelled[tok]
            if len(words) == 1:
                units.append(words[0])
                owner.append(j)
            else:
                units += words
                owner += [j] * len(words)
        return units, owner

    def _innocent(self, g: Group, units: list[str], first: int, last: int) -> bool:
        """Whether a sense rule of the group clears the match: a class of ``unless_before``
        in the few words before it (not right after a class of ``except_after``), or of
        ``unless_sentence`` anywhere in its sentence."""
        classes = self.classes
        lo = first
        while lo > 0 and units[lo - 1] != "#":
            lo -= 1
        hi = last
        while hi + 1 < len(units) and units[hi + 1] != "#":
            hi += 1
        if g.unless_before:
            for j in range(max(lo, first - g.before), first):
                if g.unless_before.isdisjoint(classes.get(units[j], ())):
                    continue
                # "why not kill yourself": a blocking word after one of `except_after`
                # blocks nothing.
                if j == lo or g.except_after.isdisjoint(classes.get(units[j - 1], ())):
                    return True
        if g.unless_sentence:
            for u in units[lo : hi + 1]:
                if not g.unless_sentence.isdisjoint(classes.get(u, ())):
                    return True
        return False


def _possessive(tok: str) -> tuple[str, ...]:
    """A word with 's read as the word and the possessive ("guy's" -> guy, 's)."""
    if tok.endswith("'s") and len(tok) > 2:
        return (tok[:-2], "'s")
    return (tok.replace("'", ""),)
