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
    second, mods, arts, cops = (ctx["second_person"], ctx["modifiers"], ctx["articles"],
                                ctx["copulas"])
    if p1 in second or p1 in mods:
        return True
    if p1 in arts and (p2 in cops or p2 in second or p2 in mods
                       or (p2 in arts and (p3 in cops or p3 in second))):
        return True
    return (p1 in ctx["plural_determiners"] and word.endswith("s")
            and "racial / ethnic slurs" in term.labels)
