"""Word senses for the profanity detector: insult grammar, language, fixed phrases, and
the acceptance of its hits (the checks every hit passes before it becomes a finding)."""
# ruff: noqa: SIM905  (word lists read better as one string)

from __future__ import annotations

import re
from operator import itemgetter

from moderation.detectors.base import Doc
from moderation.lexicon import Lexicon, Term
from moderation.verdict import Finding

Hit = tuple[int, int, Term, str]  # start, end, term, how it was read
_ELLIPSES = ("\u2026", "...", "&#8230;")
_CONTEXT_WORD = re.compile(r"[\w'\u2019]+")
# Bytes that are not in _CONTEXT_WORD ([\w']: letters, digits, "_", "'") read as blanks.
_NOT_WORD = bytes(c if chr(c).isalnum() or chr(c) in "_'" else 32 for c in range(128)) + b" " * 128
_START, _END = itemgetter(0), itemgetter(1)

_STOPWORDS = {
    "en": frozenset(
        "the and is you i to of in it that my me this for on with be are was so "
        "but not what just have do your he she they we".split()
    ),
    "nl": frozenset(
        "het een van ik niet wat zijn met voor ook maar nog wel jullie ze naar "
        "kan moet heeft bij als meer geen mijn weet zo wij hij zij mensen waar "
        "deze dit uit worden haar je dat er de en".split()
    ),
    "es": frozenset(
        "el la los las una por para que con del muy pero como mas esta este y "
        "en es mi tu su se lo le al".split()
    ),
    "pt": frozenset(
        "o os um uma nao que com para por do da dos das em e mas muito eu voce isso".split()
    ),
    "it": frozenset("il lo la gli le un una che di da per con non sono e ma molto".split()),
    "de": frozenset(
        "der die das und ist nicht ich du sie ein eine mit auf fur zu den dem wie auch".split()
    ),
    "ko": frozenset(),
}


def looks_like(words: set[str], languages: tuple[str, ...]) -> bool:
    """Whether the (distinct) words read as one of the given languages, not English."""
    english = len(_STOPWORDS["en"] & words)
    for lang in languages:
        hits = len(_STOPWORDS.get(lang, frozenset()) & words)
        if hits >= 2 and hits > english:
            return True
    return False


def insulting(before: list[str], word: str, nxt: str, term: Term, lex: Lexicon) -> bool:
    """Whether an ambiguous term, with the words before it and the word after it, is used
    as an insult.

    The grammar is deliberately small: a term followed by an object or preposition is a
    verb or a noun in an ordinary phrase; otherwise it counts after a second-person word,
    an insulting modifier, a copula plus article ("is a X", "such a X"), or before "ass"
    or another strong term; plural racial terms count after "these/those/all".
    """
    ctx = lex.context
    if nxt in ctx["verb_objects"]:
        return False
    if nxt in ("ass", "asses"):
        return True
    nxt_term = lex.words.get(nxt)
    if nxt_term is not None and not nxt_term.ambiguous:
        return True
    p1 = before[-1] if before else ""
    p2 = before[-2] if len(before) >= 2 else ""
    p3 = before[-3] if len(before) >= 3 else ""
    second, mods, arts, cops = (
        ctx["second_person"],
        ctx["modifiers"],
        ctx["articles"],
        ctx["copulas"],
    )
    if p1 in second or p1 in mods:
        return True
    if p1 in arts and (
        p2 in cops or p2 in second or p2 in mods or (p2 in arts and (p3 in cops or p3 in second))
    ):
        return True
    return (
        p1 in ctx["plural_determiners"]
        and word.endswith("s")
        and "racial / ethnic slurs" in term.labels
    )


def accept(
    doc: Doc,
    hits: list[Hit],
    lex: Lexicon,
    min_severity: float = 0.0,
    allowed: re.Pattern[str] | None = None,
    category_of: dict[str, str] | None = None,
    anchor_tests: dict[tuple[str, str], AnchorTest] | None = None,
) -> list[Finding]:
    """Apply sense checks, severity threshold and the allow-list; drop overlaps.

    ``anchor_tests`` keeps the compiled anchor tests of ``_may_be_innocent`` between
    calls (the caller's, for one lexicon); without it they are built for this call."""
    folded, text = doc.folded, doc.text
    innocent: set[int] | None = None
    all_words: set[str] | None = None
    out: list[Finding] = []
    category_of = category_of or {}
    last_end = -1
    # "the word X", "the slur X": only texts that name words need the per-hit check.
    mentions = "word" in folded or "term" in folded or "slur" in folded
    if len(hits) > 1:  # by start, the longest first: two stable sorts on C key functions
        hits.sort(key=_END, reverse=True)
        hits.sort(key=_START)
    for start, end, term, how in hits:
        if start < last_end or term.severity < min_severity:
            continue
        if term.checked:  # a term with senses, languages or spellings to check
            if term.leet_only and how not in ("leet", "masked"):
                continue
            if term.key in lex.innocent_keys and lex.innocent_rx is not None:
                if anchor_tests is None:
                    anchor_tests = {}
                if innocent is None and _may_be_innocent(
                    folded, start, end, term, lex, anchor_tests
                ):
                    innocent = {
                        i for m in lex.innocent_rx.finditer(folded) for i in range(*m.span())
                    }
                if innocent and start in innocent:
                    continue
            if term.languages:
                if all_words is None:
                    all_words = _context_words(folded)
                if looks_like(all_words, term.languages):
                    continue
        if term.ambiguous or (mentions and _maybe_mention(folded, start)):
            before = _CONTEXT_WORD.findall(folded, max(0, start - 48), start)[-3:]
            if before and before[-1] in lex.mention_markers:
                continue
            if (
                term.ambiguous
                and how not in _JUDGED
                and not _disguised(text, folded, start, end, how)
            ):
                after = _CONTEXT_WORD.findall(folded, end, end + 24)
                if not insulting(before, folded[start:end], after[0] if after else "", term, lex):
                    continue
        if (
            len(term.key) <= 4
            and text.startswith(_ELLIPSES, end)
            and text[start:end].lower() == folded[start:end]
        ):
            continue  # a word cut off by truncation ("... last nig\u2026")
        if allowed is not None and allowed.fullmatch(folded, start, end):
            continue
        last_end = end
        out.append(
            Finding(
                term.finding_type,
                start,
                end,
                text[start:end],
                "profanity",
                category_of.get(term.finding_type, ""),
                term.score,
                None,
                (*term.detail, ("read", how)),
            )
        )
    return out


# The anchors one hit may need, each once: those needed once ("garden"), and (anchor,
# count) pairs for those repeated ("hoe hoe hoe").
AnchorTest = tuple[tuple[str, ...], tuple[tuple[str, int], ...]]
_ANCHOR_TESTS = 4096  # tests kept per caller: one per hit word and term


def _context_words(folded: str) -> set[str]:
    """The distinct words (``_CONTEXT_WORD``) of a text; of an ASCII text with one byte
    translation, as its regex tests Unicode classes character by character."""
    if folded.isascii():
        return set(folded.encode().translate(_NOT_WORD).decode().split())
    return set(_CONTEXT_WORD.findall(folded))


def _may_be_innocent(
    folded: str,
    start: int,
    end: int,
    term: Term,
    lex: Lexicon,
    tests: dict[tuple[str, str], AnchorTest],
) -> bool:
    """Cheap test: whether an innocent phrase may cover the hit at ``start``.

    A phrase that covers it holds the hit's word (its letters from ``start``) or the
    term, or has a wildcard there; and then its anchor occurs in the text. The anchors
    of a word and term are merged, each once, and kept in ``tests``.
    """
    if start and folded[start - 1].isalpha():
        return True  # the hit starts inside a word: look the slow way
    # The letters from ``start`` (_LETTERS): the hit itself when it is all letters and
    # no letter follows it, without the regex (it tests Unicode classes char by char).
    word = folded[start:end]
    after = folded[end : end + 1]  # a letter of _LETTERS: checked against every code point
    if not word.isalpha() or (after.isalpha() or (after.isnumeric() and not after.isdecimal())):
        m = _LETTERS.match(folded, start)
        word = m.group() if m else ""
    key = (word, term.key)
    test = tests.get(key)
    if test is None:
        if len(tests) >= _ANCHOR_TESTS:
            tests.clear()
        test = tests[key] = _anchor_test(lex, *key)
    once, counted = test
    if any(map(folded.__contains__, once)):
        return True
    return bool(counted) and any(folded.count(anchor) >= n for anchor, n in counted)


def _anchor_test(lex: Lexicon, word: str, key: str) -> AnchorTest:
    """The anchors of the innocent phrases that may hold ``word`` or ``key``."""
    anchors = lex.innocent_anchors
    pairs = {*anchors.get(word, ()), *anchors.get(key, ()), *lex.innocent_wild}
    once = tuple(sorted({a for a, n in pairs if n <= 1}))
    counted = tuple(sorted((a, n) for a, n in pairs if n > 1))
    return once, counted


_LETTERS = re.compile(r"[^\W\d_]+")


# Readings that are themselves a disguise: nobody disguises a name or a rooster, so a
# disguised ambiguous term (d1ck, pr!ck, c0ck) counts in its profane sense.
_DISGUISES = frozenset({"leet", "masked", "separated", "spaced", "invisible"})
# Readings whose ambiguous terms the reader already judged with their own context.
_JUDGED = frozenset({"glued"})


def _disguised(text: str, folded: str, start: int, end: int, how: str) -> bool:
    """Whether a hit was written in disguise: leetspeak, masks, separators, or letters
    that fold to others (look-alikes, styled and enclosed letters)."""
    return how in _DISGUISES or text[start:end].lower() != folded[start:end]


def _maybe_mention(folded: str, start: int) -> bool:
    """Cheap test for "the word X", "the slur X" before a term."""
    window = folded[max(0, start - 8) : start]
    return "word" in window or "term" in window or "slur" in window
