"""Abuse that needs no swear word: threats, incitement to self-harm, harassment and
threats to expose someone, read from phrase patterns in ``lexicon/abuse.toml``.

Each family of patterns is one finding type (THREAT, SELF_HARM, HARASSMENT, DOXXING) that
the policy routes to a category. A cheap test first: a text holds none of the patterns'
content words (kill, idiot, dox …) in most posts, and then costs one regex search.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache, reduce
from operator import or_
from pathlib import Path

from moderation.detectors.abuse_grammar import GRAMMAR, Memo, shared_grammar
from moderation.detectors.base import Doc, finding
from moderation.lexicon.patterns import trie_pattern, word_regex
from moderation.verdict import Finding

ABUSE_PHRASES = Path(__file__).parents[1] / "lexicon" / "abuse.toml"
_SEP = r"[\s,]+"
_APOSTROPHE = "['\u2019]?"
_NEXT_WORD = re.compile(r"[\s,]*([\w'\u2019]+)")
_WORD = re.compile(r"\w+")
_BARE_WORD = re.compile(r"\w+(?:'\w+)*")
# Words too common to tell anything: the content words of the patterns are the rest.
_FUNCTION_WORDS = frozenset(
    "i i'll i'm im ima imma i'd we we'll we're you u ur ya yall y'all your you're r are is "  # noqa: SIM905
    "be the a an to will shall am going gonna wanna want about and of in on at for with he "
    "she his her him them their they this that these so just all one some should would like "
    "what my me us it do out up down go get back make such really but as each every dont no "
    "not got have know why youre off time need needs here tell come coming call where put "
    "were wont play show please world everybody everyone someone somebody nobody mom hope "
    "ill im id were found".split()
)
PERSON_SLOTS = frozenset({"victim", "you"})


@dataclass(frozen=True, slots=True)
class Family:
    """One kind of abuse: its finding type, label, patterns and what they need."""

    type: str
    label: str
    patterns: tuple[str, ...]
    # Per pattern: sets of words, one word of each must be in a text it can match.
    needs: tuple[tuple[frozenset[str], ...], ...]
    followed_by: frozenset[str]
    innocent_after: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Bare:
    """A message that is nothing but an insult (``[bare]`` of abuse.toml): ``min_words`` to
    ``max_words`` words, each of the lists, with a ``plain`` insult, a ``led`` one after a
    lead (a word for "you", of ``leads`` or an adjective), or an adjective and a word for
    "you"."""

    family: str
    min_words: int
    max_words: int
    plain: frozenset[str]
    led: frozenset[str]
    adjectives: frozenset[str]
    you: frozenset[str]
    leads: frozenset[str]
    known: frozenset[str]

    @classmethod
    def of(cls, spec: dict) -> Bare:
        lists = {k: frozenset(spec[k]) for k in ("plain", "led", "adjectives", "you", "leads")}
        known = frozenset().union(*lists.values(), spec["fillers"])
        return cls(
            spec["family"], int(spec["min_words"]), int(spec["max_words"]), **lists, known=known
        )

    def insult(self, folded: str) -> bool:
        """Whether a text (folded) is one: its words, apostrophes kept ("who're" is not
        "whore")."""
        words = _BARE_WORD.findall(folded.replace("\u2019", "'"))
        if not self.min_words <= len(words) <= self.max_words or not self.known.issuperset(words):
            return False
        you, adjectives = not self.you.isdisjoint(words), not self.adjectives.isdisjoint(words)
        if not self.plain.isdisjoint(words) or (adjectives and you):
            return True
        return not self.led.isdisjoint(words) and (
            you or adjectives or not self.leads.isdisjoint(words)
        )


class AbuseDetector:
    """Finds threats, incitement to self-harm, harassment and doxxing threats.

    Only the patterns whose content words are all in a text are compiled into its regex
    (kept for the next text with the same patterns), so a post pays for the two or three
    patterns it could match, not for all of them.
    """

    name = "abuse"

    def __init__(self, path: Path = ABUSE_PHRASES, grammar: Path = GRAMMAR) -> None:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        self.grammar = shared_grammar(grammar)
        self.slots = slots = {name: tuple(values) for name, values in data["slots"].items()}
        self.families = tuple(
            _family(type_, spec, slots) for type_, spec in data["families"].items()
        )
        # Each pattern listed under the words of its narrowest need: a text's words
        # name the few patterns worth checking.
        self.index: dict[str, list[tuple[int, int]]] = {}
        for k, fam in enumerate(self.families):
            for i, needs in enumerate(fam.needs):
                for w in _narrowest(needs):
                    self.index.setdefault(w, []).append((k, i))
        self.keys = frozenset(self.index)
        self._words = _Words()
        g, words, keys = self.grammar, self._words, self.keys
        self._bits = Memo(
            lambda c: g.mask(words[c].split()) | (not keys.isdisjoint(words[c].split()))
        )
        self._keyed = _Keyed(self._words, self.keys | g.anchor_words)
        self.labels = {fam.type: fam.label for fam in self.families}
        self.bare = Bare.of(data["bare"]) if "bare" in data else None
        self.innocent = word_regex(data["innocent"]["phrases"])
        self._regexes = lru_cache(maxsize=2048)(self._regex)

    def detect(self, doc: Doc) -> list[Finding]:
        """Abusive phrases in the text that are not idioms."""
        folded = doc.folded
        # Each whitespace-separated chunk is read once per process: whether it holds a key
        # word (of the phrases or the grammar), and one number, bit 0 for a key word of the
        # phrases, the others for the needs of the grammar's rules that its words meet.
        chunks = doc.chunks
        bare = self.bare
        # A message that is nothing but an insult ("total moron", "ur so pathetic").
        if bare is not None and len(chunks) <= bare.max_words and bare.insult(folded):
            start, end = len(folded) - len(folded.lstrip()), len(folded.rstrip())
            label = self.labels[bare.family]
            return [finding(bare.family, doc, start, end, self.name, 1.0, None, label=label)]
        if not any(map(self._keyed.__getitem__, chunks)):  # most texts stop here
            return []
        have = reduce(or_, map(self._bits.__getitem__, chunks), 0)
        out: list[Finding] = []
        if have & 1:
            words = set(" ".join(map(self._words.__getitem__, chunks)).split())
            out = self._phrases(doc, words, words & self.keys)
        if have & self.grammar.anchor_bits:
            for m in self.grammar.matches(folded, have, self._bits.__getitem__):
                if not any(f.start < m.end and m.start < f.end for f in out):
                    label = self.labels[m.family]
                    out.append(
                        finding(m.family, doc, m.start, m.end, self.name, 1.0, None, label=label)
                    )
        return out

    def _phrases(self, doc: Doc, words: set[str], keys: set[str]) -> list[Finding]:
        """The findings of the exact phrase patterns whose words are in the text."""
        folded, index = doc.folded, self.index
        active: dict[int, set[int]] = {}
        families = self.families
        for w in keys:
            for k, i in index[w]:
                if not any(n.isdisjoint(words) for n in families[k].needs[i]):
                    active.setdefault(k, set()).add(i)
        if not active:
            return []
        out: list[Finding] = []
        innocent = [m.span() for m in self.innocent.finditer(folded)] if active else []
        for k, chosen in sorted(active.items()):
            fam = self.families[k]
            person_rx, other_rx = self._regexes(k, tuple(sorted(chosen)))
            for rx, person in ((person_rx, True), (other_rx, False)):
                if rx is None:
                    continue
                for m in rx.finditer(folded):
                    s, e = m.span()
                    if any(a < e and s < b for a, b in innocent):
                        continue
                    if fam.innocent_after is not None and fam.innocent_after.match(folded, e):
                        continue
                    if person and fam.followed_by and not _ends_clause(folded, e, fam):
                        continue
                    if self.grammar.cleared(fam.type, folded, s, e):
                        continue
                    out.append(finding(fam.type, doc, s, e, self.name, 1.0, None, label=fam.label))
        return out

    def _regex(
        self, k: int, active: tuple[int, ...]
    ) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """The regexes of some patterns of family k: those that end in a person, the rest."""
        patterns = [self.families[k].patterns[i] for i in active]
        person = [p for p in patterns if p.split()[-1].strip("{}") in PERSON_SLOTS]
        others = [p for p in patterns if p not in person]
        return _compile(person, self.slots), _compile(others, self.slots)


class _Words(dict):
    """A chunk's words, lower case without apostrophes ("you're," -> "youre"), for the
    chunks seen lately (emptied when full; a pure function of the chunk)."""

    def __missing__(self, chunk: str) -> str:
        if len(self) >= 1 << 16:
            self.clear()
        words = self[chunk] = " ".join(_WORD.findall(chunk.replace("'", "").replace("\u2019", "")))
        return words


class _Keyed(dict):
    """Whether a chunk holds a key word of the index, for the chunks seen lately."""

    def __init__(self, words: _Words, keys: frozenset[str]) -> None:
        super().__init__()
        self.words, self.keys = words, keys

    def __missing__(self, chunk: str) -> bool:
        if len(self) >= 1 << 16:
            self.clear()
        keyed = self[chunk] = not self.keys.isdisjoint(self.words[chunk].split())
        return keyed


def _ends_clause(folded: str, end: int, fam: Family) -> bool:
    """Whether the words after a person end the clause or go on as a threat does."""
    m = _NEXT_WORD.match(folded, end)
    return m is None or m.group(1).replace("\u2019", "'") in fam.followed_by


def _apostrophes(regex: str) -> str:
    """Apostrophes optional and either kind (you're, youre, you\u2019re)."""
    return regex.replace("'", _APOSTROPHE)


def _needs(pattern: str, slots: dict[str, tuple[str, ...]]) -> tuple[frozenset[str], ...]:
    """What a text must hold for a pattern to match it: per word or required slot of the
    pattern, the words one of which must be there (a slot's phrases' first words;
    apostrophes dropped)."""
    out = []
    for tok in pattern.split():
        if tok.endswith("?}"):
            continue
        phrases = slots[tok.strip("{}")] if tok.startswith("{") else (tok,)
        out.append(frozenset(p.split()[0].replace("'", "") for p in phrases))
    return tuple(out)


def _narrowest(needs: tuple[frozenset[str], ...]) -> frozenset[str]:
    """The need to index a pattern under: content words rather than "you" or "i"."""
    return min(needs, key=lambda n: (bool(n & _FUNCTION_WORDS), len(n), -max(map(len, n))))


def _pattern(pattern: str, slots: dict[str, tuple[str, ...]]) -> str:
    """The regex of one pattern: words apart by spaces or commas, slots as alternations."""
    toks = pattern.split()
    out = []
    for i, tok in enumerate(toks):
        last = i == len(toks) - 1
        if tok.startswith("{"):
            name = tok.strip("{}")
            optional = name.endswith("?")
            body = _apostrophes(trie_pattern(slots[name.rstrip("?")]))
            if optional:
                if last:
                    raise ValueError(f"abuse pattern {pattern!r}: an optional slot ends it")
                out.append(f"(?:(?:{body}){_SEP})?")
                continue
            out.append(f"(?:{body})")
        else:
            out.append(_apostrophes(re.escape(tok)))
        if not last:
            out.append(_SEP)
    return "".join(out)


def _compile(patterns: list[str], slots: dict[str, tuple[str, ...]]) -> re.Pattern[str] | None:
    """One regex for a list of patterns, whole words only."""
    if not patterns:
        return None
    body = "|".join(f"(?:{_pattern(p, slots)})" for p in patterns)
    return re.compile(rf"(?<![\w'\u2019])(?:{body})(?![\w'\u2019])")


def _family(type_: str, spec: dict, slots: dict[str, tuple[str, ...]]) -> Family:
    """A family from its TOML table."""
    patterns = tuple(spec["patterns"])
    after = spec.get("innocent_after", [])
    return Family(
        type_,
        spec["label"],
        patterns,
        tuple(_needs(p, slots) for p in patterns),
        frozenset(spec.get("followed_by", ())),
        re.compile(rf"[\s,]*(?:{_apostrophes(trie_pattern(after))})(?![\w'])") if after else None,
    )
