"""Disguise-family sets: profane words hidden in ordinary sentences, one set per family.

    python bench/families.py [--family NAME] [--split dev|heldout] [-n 5]

Seeded and deterministic. Base words are profanities of the Surge list
(moderation/lexicon/surge_profanity_en.csv) that the reviewed list
bench/corpus/profane_words.txt also holds; they are split into dev and heldout by sha256
so no heldout word is ever seen in a dev sentence. Templates are split the same way (each
split has its own templates). Each item: family, split, text, start, end (the span of the
disguised word in text), word (the base word) and innocent (True for the control sets: the
same decoration applied to innocent words, which must not be flagged).
"""
# ruff: noqa: RUF001, SIM905  (look-alike characters on purpose; word lists as one string)

from __future__ import annotations

import argparse
import csv
import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SURGE = REPO / "moderation" / "lexicon" / "surge_profanity_en.csv"
PROFANE = HERE / "corpus" / "profane_words.txt"
PER_SPLIT = 180  # sentences per family and split (>= 150 asked)

NAMED = (
    "fuck shit cunt bitch asshole bastard whore slut dick prick cock pussy twat wanker "
    "nigger faggot retard bullshit motherfucker"
).split()
AMBIGUOUS = "dick prick cock pussy twat tits knob bugger slag skank wank".split()


def is_heldout(key: str) -> bool:
    return hashlib.sha256(key.encode("utf-8")).digest()[0] < 77


def base_words() -> list[str]:
    """Surge profanities (severity >= 2, single words) that the reviewed list holds."""
    reviewed = {
        w.strip()
        for w in PROFANE.read_text(encoding="utf-8").splitlines()
        if w.strip() and not w.startswith("#")
    }
    found = set()
    with SURGE.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if float(row["severity_rating"]) < 2:
                continue
            for w in (row["text"], row["canonical_form_1"]):
                w = w.lower()
                if w.isalpha() and len(w) >= 3 and w in reviewed:
                    found.add(w)
    found |= set(NAMED)
    return sorted(found)


def split_words(words: list[str], split: str) -> list[str]:
    return [w for w in words if is_heldout("word:" + w) == (split == "heldout")]


# ---------------------------------------------------------------- templates

TEMPLATES = {
    "dev": [
        "honestly what a {w} of a day",
        "Someone wrote {w} on the bus stop again.",
        "lol {w} is all I can say about that match",
        "He just kept saying {w} over and over.",
        "My cousin posted {w} under the photo.",
        "The last reply was literally just {w}.",
        "ok so {w} happened at work today",
        "Read the thread and the top comment is {w}.",
        "She muttered {w} when the printer jammed.",
        "Nobody expected {w} in the group chat.",
        "That referee, {w}, absolutely unbelievable",
        "{w} this weather, I'm staying in.",
    ],
    "heldout": [
        "and then the landlord said {w} to my face",
        "Just saw {w} scrawled across the fence.",
        "{w}, my train is cancelled again",
        "The kid in the back row yelled {w} during assembly.",
        "Why does every review say {w} lately?",
        "Quick update: {w}. That's it, that's the update.",
        "My neighbour shouted {w} at the delivery van.",
        "can't believe he typed {w} in the team channel",
        "Overheard at the pub: {w}.",
        "Signed the card with {w}, classy as ever.",
    ],
}

INNOCENT = (
    "hello thanks coffee weekend garden music holiday pizza football birthday sunshine "
    "classic assess passage cocktail analysis Scunthorpe document therapist grape shoe "
    "title homework kitchen bicycle concert library morning teacher"
).split()

# ---------------------------------------------------------------- decorations


def _offset_map(word: str, lower: int | None, upper: int | None, extra=None) -> str:
    out = []
    for c in word:
        if extra and c.lower() in extra:
            out.append(extra[c.lower()])
        elif c.islower() and lower is not None:
            out.append(chr(lower + ord(c) - 97))
        elif c.isupper() and upper is not None:
            out.append(chr(upper + ord(c) - 65))
        elif upper is not None and lower is None:
            out.append(chr(upper + ord(c.upper()) - 65))
        else:
            out.append(c)
    return "".join(out)


EMOJI = ["🔥", "💩", "😂", "🤬", "👉", "✨", "🍆", "💀", "★", "♥", "•", "🙃", "❤️", "⭐", "·"]


def emoji_between(word: str, rng: random.Random) -> str:
    if rng.random() < 0.6:
        sep = rng.choice(EMOJI)
        return sep.join(word)
    return "".join(c + rng.choice(EMOJI) for c in word[:-1]) + word[-1]


def enclosed(word: str, rng: random.Random) -> str:
    kind = rng.choice(["circled", "circled_upper", "neg_circled", "paren", "squared", "neg_sq"])
    return {
        "circled": lambda: _offset_map(word.lower(), 0x24D0, None),
        "circled_upper": lambda: _offset_map(word.upper(), None, 0x24B6),
        "neg_circled": lambda: _offset_map(word, None, 0x1F150),
        "paren": lambda: _offset_map(word.lower(), 0x249C, None),
        "squared": lambda: _offset_map(word, None, 0x1F130),
        "neg_sq": lambda: _offset_map(word, None, 0x1F170),
    }[kind]()


def regional_indicator(word: str, rng: random.Random) -> str:
    letters = [chr(0x1F1E6 + ord(c) - 97) for c in word.lower()]
    return rng.choice(["", "\u200b", " ", "\u200c"]).join(letters)


SMALL = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ", strict=True))
SUPER = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖqʳˢᵗᵘᵛʷˣʸᶻ", strict=True))


def _tail(rng: random.Random) -> str:
    return rng.choice(["", "", "", "!", "!!", "?", "..."])


def small_caps(word: str, rng: random.Random) -> str:
    out = "".join(SMALL[c] for c in word.lower())
    if rng.random() < 0.4:  # a capital first letter, as small-caps generators write
        out = word[0].upper() + out[1:]
    return out + _tail(rng)


def superscript(word: str, rng: random.Random) -> str:
    return "".join(SUPER[c] for c in word.lower()) + _tail(rng)


MATH = {  # (lowercase a, uppercase A, exceptions)
    "bold": (0x1D41A, 0x1D400, {}),
    "italic": (0x1D44E, 0x1D434, {"h": "ℎ"}),
    "bold_italic": (0x1D482, 0x1D468, {}),
    "bold_script": (0x1D4EA, 0x1D4D0, {}),
    "fraktur": (0x1D51E, 0x1D504, {}),
    "double_struck": (0x1D552, 0x1D538, {}),
    "sans_bold": (0x1D5EE, 0x1D5D4, {}),
    "sans_italic": (0x1D622, 0x1D608, {}),
    "monospace": (0x1D68A, 0x1D670, {}),
}


def math_letters(word: str, rng: random.Random) -> str:
    lo, _up, exc = MATH[rng.choice(sorted(MATH))]
    return _offset_map(word.lower(), lo, None, exc)


HOMOGLYPH = {
    "a": "аα",
    "c": "с",
    "e": "е",
    "i": "іι",
    "o": "оο",
    "p": "р",
    "s": "ѕ",
    "x": "х",
    "y": "у",
    "k": "кκ",
    "h": "һ",
    "u": "υ",
    "n": "η",
    "t": "т",
    "g": "ɡ",
}


def mixed_script(word: str, rng: random.Random) -> str:
    idx = [i for i, c in enumerate(word) if c in HOMOGLYPH]
    if not idx:
        return ""
    k = rng.randint(1, max(1, len(idx) - 1)) if len(idx) > 1 else 1
    chosen = set(rng.sample(idx, k))
    return "".join(rng.choice(HOMOGLYPH[c]) if i in chosen else c for i, c in enumerate(word))


HASH_PRE = ["", "", "so", "total", "what", "youarea", "this", "such", "no", "big"]
HASH_POST = ["", "this", "show", "day", "monday", "life", "everything", "move", "fest", "2024"]


def hashtag(word: str, rng: random.Random) -> str:
    pre, post = rng.choice(HASH_PRE), rng.choice(HASH_POST)
    if not pre and not post:
        post = "this"
    if rng.random() < 0.5:
        return "#" + pre + word + post
    return "#" + pre.title() + word.title() + post.title()


CAMEL = [
    ("YouAreA", ""),
    ("thisIs", ""),
    ("", "Mode"),
    ("Total", "Move"),
    ("Such", "Energy"),
    ("what", "Ever"),
    ("big", "Day"),
    ("Mr", "Face"),
    ("", "Again"),
    ("stop", "ing"),
]


def camel_case(word: str, rng: random.Random) -> str:
    pre, post = rng.choice(CAMEL)
    core = word.title() if pre else (word.title() if rng.random() < 0.5 else word)
    if pre == "YouAreA" and word[0] in "aeiou":
        pre = "YouAreAn"
    return pre + core + post


LEET = {"a": "4@", "e": "3", "i": "1!", "o": "0", "s": "5$", "t": "7", "l": "1", "g": "9"}
LEET_HARD = {"k": "|<", "c": "(", "b": "8"}


def leet_spaced(word: str, rng: random.Random) -> str:
    chars = []
    changed = False
    for c in word.lower():
        if c in LEET and rng.random() < 0.7:
            chars.append(rng.choice(LEET[c]))
            changed = True
        elif c in LEET_HARD and rng.random() < 0.3:
            chars.append(LEET_HARD[c])
            changed = True
        else:
            chars.append(c)
    if not changed:
        i = next((i for i, c in enumerate(word) if c in LEET or c in LEET_HARD), None)
        if i is None:
            return ""
        c = word[i]
        chars[i] = (LEET.get(c) or LEET_HARD[c])[0]
    return rng.choice([" ", " ", ".", "-", "  "]).join(chars)


MASK = {"a": "@4*", "e": "3*", "i": "1!*", "o": "0*", "u": "*v", "s": "$5", "c": "(", "k": "k"}


def disguised_ambiguous(word: str, rng: random.Random) -> str:
    idx = [i for i, c in enumerate(word) if c in MASK and MASK[c] != c]
    i = rng.choice(idx)
    return word[:i] + rng.choice(MASK[word[i]]) + word[i + 1 :]


FAMILIES: dict[str, Callable[[str, random.Random], str]] = {
    "emoji_between": emoji_between,
    "enclosed": enclosed,
    "regional_indicator": regional_indicator,
    "small_caps": small_caps,
    "superscript": superscript,
    "math_letters": math_letters,
    "mixed_script": mixed_script,
    "hashtag": hashtag,
    "camel_case": camel_case,
    "leet_spaced": leet_spaced,
    "disguised_ambiguous": disguised_ambiguous,
}

# Innocent controls written as people write them (used where a decoration has an innocent use).
HASHTAG_CONTROLS = (
    "#throwbackthursday #ClassOf2024 #assessmentday #grasshopper #therapistlife #cocktailhour "
    "#Scunthorpe #analytics #passiton #shoeshopping #GrapeHarvest #titlefight #SussexCoast "
    "#HappyBirthday #MondayMotivation #dickensfestival #peacockfeathers #cumbriaway "
    "#bassguitar #massagetherapy #sextantnavigation #penistonemarket #shiitakerisotto "
    "#cockpitview #hancockpark #classicrock #essexgirls #middlesexcricket #spiceoftheweek"
).split()
CAMEL_CONTROLS = (
    "assertEqual getClassName isAssessed passThrough classAssignment analyticsEnabled "
    "shiftKey cockpitView titleCase grapeJuice therapistId shoeSize scrapeUrl massAssign "
    "bassBoost assumeRole DickensReader hancockTower peacockBlue cumulativeSum sussexCounty "
    "ShiitakeRecipe documentTitle spiceLevel passwordHash assessmentScore assetPath"
).split()


@dataclass(frozen=True)
class Item:
    family: str
    split: str
    text: str
    start: int
    end: int
    word: str
    innocent: bool


def _place(template: str, token: str) -> tuple[str, int, int]:
    start = template.index("{w}")
    return template.replace("{w}", token, 1), start, start + len(token)


def family_items(family: str, split: str, seed: int = 2026) -> list[Item]:
    """PER_SPLIT disguised sentences of one family and split (deterministic)."""
    rng = random.Random(f"{seed}:{family}:{split}")
    words = split_words(base_words(), split)
    if family == "disguised_ambiguous":
        words = split_words(AMBIGUOUS, split)
    templates = TEMPLATES[split]
    items: list[Item] = []
    seen: set[str] = set()
    tries = 0
    while len(items) < PER_SPLIT and tries < PER_SPLIT * 50:
        tries += 1
        word = words[tries % len(words)]
        token = FAMILIES[family](word, rng)
        if not token:
            continue
        template = rng.choice(templates)
        text, s, e = _place(template, token)
        if text in seen:
            continue
        seen.add(text)
        items.append(Item(family, split, text, s, e, word, False))
    return items


def control_items(family: str, split: str, seed: int = 2026) -> list[Item]:
    """The same decoration on innocent words (or innocent hashtags/identifiers)."""
    rng = random.Random(f"{seed}:control:{family}:{split}")
    templates = TEMPLATES[split]
    if family == "hashtag":
        tokens = HASHTAG_CONTROLS
    elif family == "camel_case":
        tokens = CAMEL_CONTROLS
    elif family == "disguised_ambiguous":
        return []
    else:
        tokens = [FAMILIES[family](w, rng) for w in INNOCENT for _ in range(2)]
    tokens = [t for t in dict.fromkeys(tokens) if t]
    items = []
    for i, tok in enumerate(tokens):
        text, s, e = _place(templates[i % len(templates)], tok)
        items.append(Item(family, split, text, s, e, tok, True))
    return items


def all_items(split: str) -> list[Item]:
    out: list[Item] = []
    for fam in FAMILIES:
        out += family_items(fam, split) + control_items(fam, split)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--family", choices=sorted(FAMILIES))
    ap.add_argument("--split", choices=["dev", "heldout"], default="dev")
    ap.add_argument("-n", type=int, default=5)
    args = ap.parse_args()
    for fam in [args.family] if args.family else FAMILIES:
        items = family_items(fam, args.split)
        ctl = control_items(fam, args.split)
        print(f"== {fam} ({args.split}): {len(items)} items, {len(ctl)} controls")
        for it in items[: args.n] + ctl[:2]:
            print("  " + ("[ctl] " if it.innocent else "") + it.text)


if __name__ == "__main__":
    main()
