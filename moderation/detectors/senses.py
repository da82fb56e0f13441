"""Word-sense checks for the profanity detector: insult grammar, language, fixed phrases."""

from __future__ import annotations

from moderation.lexicon import Lexicon, Term

_STOPWORDS = {
    "en": frozenset("the and is you i to of in it that my me this for on with be are was so "
                    "but not what just have do your he she they we".split()),
    "nl": frozenset("het een van ik niet wat zijn met voor ook maar nog wel jullie ze naar "
                    "kan moet heeft bij als meer geen mijn weet zo wij hij zij mensen waar "
                    "deze dit uit worden haar je dat er de en".split()),
    "es": frozenset("el la los las una por para que con del muy pero como mas esta este y "
                    "en es mi tu su se lo le al".split()),
    "pt": frozenset("o os um uma nao que com para por do da dos das em e mas muito eu voce "
                    "isso".split()),
    "it": frozenset("il lo la gli le un una che di da per con non sono e ma molto".split()),
    "de": frozenset("der die das und ist nicht ich du sie ein eine mit auf fur zu den dem "
                    "wie auch".split()),
    "ko": frozenset(),
}


def looks_like(words: list[str], languages: tuple[str, ...]) -> bool:
    """Whether the words read as one of the given languages rather than English."""
    english = sum(1 for w in words if w in _STOPWORDS["en"])
    for lang in languages:
        stop = _STOPWORDS.get(lang, frozenset())
        hits = {w for w in words if w in stop}
        if len(hits) >= 2 and len(hits) > english:
            return True
    return False


def innocent_indices(words: list[str], lex: Lexicon) -> set[int]:
    """Token indices covered by a fixed innocent phrase ("homo sapiens", "garden hoe")."""
    covered: set[int] = set()
    innocent = lex.innocent
    n = len(words)
    for i, w in enumerate(words):
        phrases = innocent.get(w)
        if phrases:
            for parts in phrases:
                k = len(parts)
                if i + k <= n and all(p in ("*", words[i + x]) for x, p in enumerate(parts)):
                    covered.update(range(i, i + k))
    return covered


def mentioned(words: list[str], i: int, lex: Lexicon) -> bool:
    """Whether the term at words[i] is talked about rather than used ("the word X")."""
    return i >= 1 and words[i - 1] in lex.mention_markers


def insulting(words: list[str], i: int, j: int, term: Term, lex: Lexicon) -> bool:
    """Whether words[i..j], an ambiguous term, is used as an insult in its sentence.

    The grammar is deliberately small: a term followed by an object or preposition is a
    verb or a noun in an ordinary phrase; otherwise it counts after a second-person word,
    an insulting modifier, a copula plus article ("is a X", "such a X"), or before "ass"
    or another strong term; plural racial terms count after "these/those/all".
    """
    ctx = lex.context
    n = len(words)
    nxt = words[j + 1] if j + 1 < n else ""
    if nxt in ctx["verb_objects"]:
        return False
    if nxt in ("ass", "asses"):
        return True
    nxt_term = lex.words.get(nxt)
    if nxt_term is not None and not nxt_term.ambiguous:
        return True
    p1 = words[i - 1] if i >= 1 else ""
    p2 = words[i - 2] if i >= 2 else ""
    p3 = words[i - 3] if i >= 3 else ""
    second, mods, arts, cops = (ctx["second_person"], ctx["modifiers"], ctx["articles"],
                                ctx["copulas"])
    if p1 in second or p1 in mods:
        return True
    if p1 in arts and (p2 in cops or p2 in second or p2 in mods
                       or (p2 in arts and (p3 in cops or p3 in second))):
        return True
    return (p1 in ctx["plural_determiners"] and words[j].endswith("s")
            and "racial / ethnic slurs" in term.labels)
