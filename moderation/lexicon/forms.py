"""Spelling helpers for lexicon entries: the normal form of a term and its inflections."""

from __future__ import annotations

from moderation.confusables import JOIN
from moderation.normalize import deleet, fold, unseparate

_VOWELS = set("aeiou")
# The suffixes ``inflections`` adds (longest first, for ``english.stems``).
SUFFIXES = ("ing", "ers", "es", "ez", "ed", "in", "er", "s", "z", "y")


def normalise_form(form: str) -> str:
    """The key of a listed term: folded, separators removed, leetspeak read as letters."""
    folded = fold(form).replace(JOIN, "").strip().strip("*")
    return " ".join(deleet(unseparate(part)) for part in folded.split())


def _doubles_final(key: str) -> bool:
    """Whether English doubles the last consonant before -ing/-ed/-er (shit -> shitting)."""
    return (
        len(key) >= 3
        and key[-1] not in _VOWELS
        and key[-1] not in "wxy"
        and key[-2] in _VOWELS
        and key[-3] not in _VOWELS
    )


def undouble(stem: str) -> str:
    """A stem without the consonant English doubled before a suffix (shitt -> shit)."""
    return stem[:-1] if len(stem) >= 3 and stem[-1] == stem[-2] else stem


def inflections(key: str) -> list[str]:
    """Regular English (and slang) inflections of a single-word term.

    Short terms get plurals only: suffixing three-letter words invites innocent words
    (tit -> titter); longer terms get verb and agent forms too.
    """
    if not key.isalpha() or len(key) < 3:
        return []
    if key.endswith(("s", "x", "z", "ch", "sh")):
        forms = [key + "es", key + "ez"]
    else:
        forms = [key + "s", key + "z"]
    if len(key) < 4:
        return forms
    stem = key[:-1] if key.endswith("e") else key
    forms += [stem + "ed", stem + "ing", stem + "in", stem + "er", stem + "ers"]
    if _doubles_final(key):
        d = key + key[-1]
        forms += [d + "ed", d + "ing", d + "in", d + "er", d + "ers", d + "y"]
    if key.endswith("er"):
        forms += [key[:-2] + "a", key[:-2] + "as", key[:-2] + "az"]
    return forms


# Derivational suffixes (bitch+iness, shit+less, whore+dom); a final y becomes i first.
_DERIVATIONS = ("y", "ier", "iest", "ily", "iness", "ish", "less", "ness", "dom", "ery", "en")


def derivations(key: str) -> list[str]:
    """Derived words of a profane stem: adjectives, nouns and adverbs made from it."""
    stems = {key}
    if _doubles_final(key):
        stems.add(key + key[-1])
    return sorted({s + suffix for s in stems for suffix in _DERIVATIONS})
