"""Character folding data: homoglyphs, fullwidth and styled letters, invisible characters."""
# ruff: noqa: RUF001, RUF002  (this module is a table of look-alike characters)

from __future__ import annotations

import re
import string
import unicodedata

# Stands for a character that must vanish inside a word (zero-width, combining mark):
# folding keeps the text's length, so these become JOIN and the tokenizer drops them.
JOIN = "\u00ad"

# Cyrillic and Greek letters that look like Latin ones (Unicode TR39 confusables, the
# subset that people use to disguise English words).
HOMOGLYPHS = {
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "һ": "h",
    "ӏ": "l",
    "ɡ": "g",
    "ո": "n",
    "ս": "u",
    "ց": "g",
    "α": "a",
    "β": "b",
    "ε": "e",
    "ι": "i",
    "κ": "k",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "γ": "y",
    "η": "n",
    "μ": "u",
    "ω": "w",
    "ϲ": "c",
    "ϳ": "j",
    "ı": "i",
    "ł": "l",
    "ø": "o",
    "đ": "d",
    "ħ": "h",
    "ß": "s",
    "æ": "a",
    "œ": "o",
    "ŋ": "n",
    "ſ": "s",
    "ɑ": "a",
    "ɩ": "i",
    "ʏ": "y",
}

INVISIBLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u206a\u206b\u206c"
    "\u206d\u206e\u206f\u3164\ufeff\uffa0"
)

# Ranges whose compatibility decomposition gives a Latin letter or digit, or whose
# character names say which letter they style: accented letters, IPA small capitals,
# modifier (superscript) letters, phonetic extensions, super- and subscripts, letter-like
# symbols, circled and parenthesised letters, Latin Extended-D small capitals, fullwidth
# forms, mathematical alphanumerics, the enclosed alphanumeric supplement (squared and
# negative circled letters, regional indicators).
_FOLD_RANGES = (
    (0x00C0, 0x02FF),
    (0x1D00, 0x1DBF),
    (0x1E00, 0x1EFF),
    (0x2070, 0x209F),
    (0x2100, 0x214F),
    (0x2460, 0x24FF),
    (0xA720, 0xA7FF),
    (0xFF01, 0xFF5E),
    (0x1D400, 0x1D7FF),
    (0x1F100, 0x1F1FF),
)
# Names of characters that style one Latin letter without a decomposition to it:
# "LATIN LETTER SMALL CAPITAL F", "NEGATIVE CIRCLED LATIN CAPITAL LETTER F",
# "REGIONAL INDICATOR SYMBOL LETTER F", "MODIFIER LETTER SMALL F".
_STYLED_NAME = re.compile(
    r"(?:NEGATIVE |CIRCLED |SQUARED |PARENTHESIZED )*"
    r"(?:LATIN|MODIFIER|REGIONAL INDICATOR SYMBOL)(?: CAPITAL| SMALL)? LETTER"
    r"(?: SMALL CAPITAL| SMALL| CAPITAL)? ([A-Z])"
)
# Symbols and punctuation outside ASCII (emoji, dingbats, stars, bullets) read as a
# separator between letters: f🔥u🔥c🔥k is spelled like f.u.c.k.
SEPARATOR = "."
_SEPARATOR_CATEGORIES = frozenset({"So", "Sk", "Sm", "Po"})
# Block elements (█) are what redaction writes over a word: a mask, not a separator.
_MASK_BLOCKS = (0x2580, 0x259F)
_MARK_RANGES = (
    (0x0300, 0x036F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE00, 0xFE0F),
    (0xFE20, 0xFE2F),
    (0xE0100, 0xE01EF),
)


def _single_latin(ch: str) -> str | None:
    """The one ASCII letter or digit a compatibility form or a styled letter stands for
    (ｆ, ⓕ, ⒡ = "(f)", ᶠ, 𝐟, ꜰ, 🅕, 🇫), if there is exactly one."""
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if len(base) == 1 and base.isascii() and (base.isalnum() or base in "@$!*#|"):
        return base
    inner = [c for c in base if c.isalnum()]
    if len(inner) == 1 and inner[0].isascii() and base.strip("()") == inner[0]:
        return inner[0]
    m = _STYLED_NAME.fullmatch(unicodedata.name(ch, ""))
    return m.group(1).lower() if m else None


def _look_alikes() -> dict[int, str]:
    """Characters that Unicode's confusables (TR39, through ``confusable_homoglyphs``)
    say look like one ASCII letter, upper-case ones by their own shape (Greek Η is H)."""
    from confusable_homoglyphs.confusables import confusables_data

    out: dict[int, str] = {}
    for letter in string.ascii_letters:
        for entry in confusables_data.get(letter, ()):
            c = entry["c"]
            if len(c) == 1 and not c.isascii():
                # TR39 folds I into l; a capital that looks like l is a capital I.
                out.setdefault(ord(c), "i" if letter == "l" and c.isupper() else letter.lower())
    return out


def build_fold_table() -> dict[int, str]:
    """Map each code point we fold to exactly one character, so offsets are preserved."""
    table: dict[int, str] = {c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}
    for lo, hi in _FOLD_RANGES:
        for cp in range(lo, hi + 1):
            folded = _single_latin(chr(cp))
            if folded is not None and folded != chr(cp):
                table[cp] = folded
    look_alikes = _look_alikes()
    for src, dst in HOMOGLYPHS.items():
        table[ord(src)] = dst
        upper = src.upper()
        if len(upper) == 1 and upper != src:
            table[ord(upper)] = look_alikes.get(ord(upper), dst)
    for lo, hi in _MARK_RANGES:
        for cp in range(lo, hi + 1):
            table[cp] = JOIN
    for ch in INVISIBLE:
        table[ord(ch)] = JOIN
    for cp, letter in look_alikes.items():
        table.setdefault(cp, letter)
    # Other single-character lowercasings (Latin, Greek, Cyrillic capitals left over).
    for cp in range(0x00C0, 0x0530):
        if cp not in table:
            low = chr(cp).lower()
            if len(low) == 1 and low != chr(cp):
                table[cp] = table.get(ord(low), low)
    for cp in range(0x80, 0x20000):
        if (
            cp not in table
            and not _MASK_BLOCKS[0] <= cp <= _MASK_BLOCKS[1]
            and unicodedata.category(chr(cp)) in _SEPARATOR_CATEGORIES
        ):
            table[cp] = SEPARATOR
    return table
