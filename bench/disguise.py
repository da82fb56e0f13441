"""A seeded generator of disguised profanity in ordinary sentences.

Applies the disguises people use to slip words past filters — leetspeak and symbols,
separators inside words, stretched letters, masked letters, Cyrillic and Greek
homoglyphs, fullwidth letters, combining marks, zero-width characters and mixed case —
to lexicon words placed in ordinary sentences. Deterministic for a given seed.
Run as a script to print a sample.
"""
# ruff: noqa: RUF001  (the generator writes look-alike characters on purpose)

from __future__ import annotations

import random
from collections.abc import Callable

LEET = {"a": "@4", "e": "3", "i": "1!", "o": "0", "s": "$5", "t": "7", "l": "1", "g": "9"}
CYRILLIC = {
    "a": "а",
    "c": "с",
    "e": "е",
    "i": "і",
    "o": "о",
    "p": "р",
    "s": "ѕ",
    "x": "х",
    "y": "у",
    "j": "ј",
    "h": "һ",
    "k": "к",
    "m": "м",
    "t": "т",
    "b": "в",
}
GREEK = {
    "a": "α",
    "e": "ε",
    "i": "ι",
    "k": "κ",
    "n": "η",
    "o": "ο",
    "p": "ρ",
    "t": "τ",
    "u": "υ",
    "v": "ν",
    "x": "χ",
    "y": "γ",
}
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff")
COMBINING = ("\u0301", "\u0300", "\u0308", "\u0303", "\u0331", "\u0336")
VOWELS = "aeiou"

SENTENCES = (
    "honestly you are such a {w} and everyone knows it",
    "I can't believe he called her a {w} in front of everyone.",
    "what a {w}, seriously",
    "Stop acting like a {w} for once!",
    "they were all yelling {w} at the referee",
    "that guy is a total {w} lol",
    "Tell your friend he is a {w}.",
    "ugh, {w}, I missed the bus again",
)


def _leet(w: str, rng: random.Random) -> str:
    out = [rng.choice(LEET[c]) if c in LEET and rng.random() < 0.7 else c for c in w]
    if out == list(w):  # make sure at least one letter is disguised
        k = next((i for i, c in enumerate(w) if c in LEET), None)
        if k is not None:
            out[k] = LEET[w[k]][0]
    if not any(c.isalpha() for c in out):  # all digits is a number, not a word
        out[0] = w[0]
    return "".join(out)


def _separate(w: str, rng: random.Random) -> str:
    return rng.choice((".", " ", "-", "_", "*", " . ")).join(w)


def _stretch(w: str, rng: random.Random) -> str:
    k = max(range(len(w)), key=lambda i: (w[i] in VOWELS, rng.random()))
    return w[:k] + w[k] * rng.randint(3, 6) + w[k + 1 :]


def _mask(w: str, rng: random.Random) -> str:
    vowels = [i for i, c in enumerate(w) if c in VOWELS and 0 < i < len(w) - 1]
    if not vowels:
        vowels = [len(w) // 2]
    k = rng.choice(vowels)
    return w[:k] + rng.choice("*#") + w[k + 1 :]


def _homoglyph(table: dict[str, str]) -> Callable[[str, random.Random], str]:
    def apply(w: str, rng: random.Random) -> str:
        """Replace letters that have a look-alike (most of them, at least one)."""
        out = [table[c] if c in table and rng.random() < 0.8 else c for c in w]
        if out == list(w):
            k = next((i for i, c in enumerate(w) if c in table), None)
            if k is not None:
                out[k] = table[w[k]]
        return "".join(out)

    return apply


def _fullwidth(w: str, rng: random.Random) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "a" <= c <= "z" else c for c in w)


def _combining(w: str, rng: random.Random) -> str:
    return "".join(c + (rng.choice(COMBINING) if rng.random() < 0.6 else "") for c in w)


def _zero_width(w: str, rng: random.Random) -> str:
    return rng.choice(ZERO_WIDTH).join(w)


def _mixed_case(w: str, rng: random.Random) -> str:
    out = "".join(c.upper() if rng.random() < 0.5 else c for c in w)
    return out if out != w else w.upper()


DISGUISES: dict[str, Callable[[str, random.Random], str]] = {
    "leet": _leet,
    "separators": _separate,
    "stretched": _stretch,
    "masked": _mask,
    "cyrillic": _homoglyph(CYRILLIC),
    "greek": _homoglyph(GREEK),
    "fullwidth": _fullwidth,
    "combining": _combining,
    "zero_width": _zero_width,
    "mixed_case": _mixed_case,
    "leet+case": lambda w, r: _mixed_case(_leet(w, r), r),
    "stretch+cyrillic": lambda w, r: _homoglyph(CYRILLIC)(_stretch(w, r), r),
}


def disguised_sentences(words: list[str], seed: int = 2026) -> list[dict[str, object]]:
    """One sentence per (word, disguise): the text, the disguised span and its kind."""
    rng = random.Random(seed)
    out = []
    for word in words:
        for kind, disguise in DISGUISES.items():
            fake = disguise(word, rng)
            template = rng.choice(SENTENCES)
            start = template.index("{w}")
            text = template.replace("{w}", fake)
            out.append(
                {"text": text, "word": word, "kind": kind, "start": start, "end": start + len(fake)}
            )
    return out


if __name__ == "__main__":
    for row in disguised_sentences(["fuck", "bitch", "asshole"], seed=1):
        print(f"{row['kind']:>16}: {row['text']}")
