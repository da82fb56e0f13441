"""The words of a text as the abuse classifier reads them: tokens, word classes, features.

Shared by the detector and by bench/train_abuse.py, so that training and moderation see
the same features. Word classes come from ``lexicon/abuse_words.toml``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

WORD_CLASSES = Path(__file__).parents[1] / "lexicon" / "abuse_words.toml"
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*")
# Contractions split into their words (i'll -> i will); 's is dropped (mom's, that's).
_SUFFIXES = (("n't", "not"), ("'ll", "will"), ("'re", "are"), ("'m", "am"), ("'ve", "have"))
_SUFFIXES += (("'d", "would"), ("'s", ""))
_SPECIAL = {"won't": ("will", "not"), "can't": ("can", "not"), "ain't": ("is", "not")}
# How far apart (in tokens) two words may be for their classes to make a pair feature.
PAIR_REACH = 5
QUOTES = frozenset('"\u201c\u201d')
CUE, YOU, CLASS = 1, 2, 4


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Chat spellings, inflections and the classes of each word."""

    forms: dict[str, tuple[str, ...]]
    lemmas: dict[str, str]
    classes: dict[str, tuple[str, ...]]
    # Per word (any spelling): CUE for a telling word, YOU for a second-person word, CLASS
    # for any word of the gate's classes; see cued().
    cues: dict[str, int]


def load_vocabulary(path: Path = WORD_CLASSES) -> Vocabulary:
    """The word classes of the TOML file, with every regular inflection of their words."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    forms = {k: tuple(v.split()) for k, v in data["forms"].items()}
    lemmas: dict[str, str] = {}
    classes: dict[str, set[str]] = {}
    for name, words in data["classes"].items():
        for w in words:
            classes.setdefault(w, set()).add(name)
    for w in classes:
        for form in inflections(w):
            lemmas.setdefault(form, w)
    for form, lemma in data["irregular"].items():
        lemmas[form] = lemma
    for w in classes:
        lemmas[w] = w
    gate_classes = set(data["gate"]["classes"])
    excluded = set(data["gate"]["except"])
    cues: dict[str, int] = {}
    for form, lemma in lemmas.items():
        of = classes.get(lemma, set())
        mask = (CUE if gate_classes & of and lemma not in excluded else 0) | (
            YOU if "YOU" in of else 0
        )
        mask |= CLASS if gate_classes & of else 0
        if mask:
            cues[form] = mask
    for form, words in forms.items():
        mask = 0
        for w in words:
            mask |= cues.get(lemmas.get(w, w), 0)
        if mask:
            cues[form] = mask
    return Vocabulary(forms, lemmas, {w: tuple(sorted(c)) for w, c in classes.items()}, cues)


def cued(mask: int) -> bool:
    """Whether the words of a clause (their cue bits OR-ed) make it worth classifying."""
    return bool(mask & CUE) or mask & (YOU | CLASS) == YOU | CLASS


def mask_of(words: list[str], vocab: Vocabulary) -> int:
    """The cue bits of some words, OR-ed."""
    mask = 0
    for m in map(vocab.cues.get, words):
        if m:
            mask |= m
    return mask


def inflections(word: str) -> set[str]:
    """Regular inflections of an English word: -s, -ed, -ing, -er, -est, with the usual
    spelling changes (stab -> stabbed, strangle -> strangling, bury -> buried)."""
    out = {word + "s", word + "es", word + "ed", word + "ing", word + "er", word + "est"}
    if word.endswith("e"):
        out |= {word + "d", word[:-1] + "ing", word + "r", word + "st"}
    if word.endswith("y") and len(word) > 2:
        out |= {word[:-1] + "ies", word[:-1] + "ied", word[:-1] + "ier", word[:-1] + "iest"}
    if (
        len(word) >= 3
        and word[-1] not in "aeiouwxy"
        and word[-2] in "aeiou"
        and word[-3] not in "aeiou"
    ):
        d = word + word[-1]
        out |= {d + "ed", d + "ing", d + "er", d + "est"}
    return out


def tokens(text: str, vocab: Vocabulary) -> list[str]:
    """The lemmas of a text's words, chat spellings and contractions spelled out."""
    out: list[str] = []
    forms, lemmas = vocab.forms, vocab.lemmas
    for tok in _TOKEN.findall(text.lower().replace("\u2019", "'")):
        if "'" in tok:
            parts = _SPECIAL.get(tok)
            if parts is None:
                parts = (tok.replace("'", ""),)
                for suffix, word in _SUFFIXES:
                    if tok.endswith(suffix):
                        stem = tok[: -len(suffix)]
                        parts = (stem, word) if word else (stem,)
                        break
        else:
            parts = forms.get(tok, (tok,))
        for p in parts:
            for w in forms.get(p, (p,)) if "'" in tok else (p,):
                out.append(lemmas.get(w, w))
    return out


def features(toks: list[str], vocab: Vocabulary, raw: str = "") -> list[str]:
    """The features of a run of tokens: words, classes and ordered pairs of classes within
    a few tokens of each other, the first word, and whether the text quotes."""
    classes = vocab.classes
    # Word pairs (b=) memorised the dev sentences' phrasings in cross-validation: left out.
    feats = [f"w={t}" for t in toks]
    tagged = [(i, t, classes.get(t, ())) for i, t in enumerate(toks)]
    tagged = [x for x in tagged if x[2]]
    seen: dict[str, None] = {}  # ordered, so that sums run in the same order
    for k, (i, _, cs) in enumerate(tagged):
        for c in cs:
            seen[f"c={c}"] = None
        for j, _, ds in tagged[k + 1 :]:
            if j - i > PAIR_REACH:
                break
            for c in cs:
                for d in ds:
                    seen[f"p={c}>{d}"] = None
    feats += seen
    if toks:
        feats.append(f"first={toks[0]}")
        for c in classes.get(toks[0], ()):
            feats.append(f"firstc={c}")
    if not QUOTES.isdisjoint(raw):
        feats.append("quoted")
    feats.append("bias")
    return feats
