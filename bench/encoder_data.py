"""The second reader's training data (bench/train_abuse_encoder.py and its report,
bench/encoder_report.py): the labelled sentences, the everyday ones and the held-out
sentences left out of both."""

from __future__ import annotations

import random
import re
from pathlib import Path

import train_abuse_model as base
from abuse_splits import TRAINED_BLIND

EXTRA_SETS = (
    *(f"abuse_corpus_{c}" for c in "fghijklmnopqrstuvwx"),
    *(f"abuse_corpus_{c}" for c in ("y", "z", "aa", "ab", "ac")),
    *(f"abuse_corpus_{c}" for c in ("ad", "ae", "af", "ag", "ah")),
)
# Everyday sentences that speak to "you", ordinary community messages, strong words used
# harmlessly and book prose that describes violence (written blind by helpers as this
# reader's negatives): the reader first read many such sentences as abuse.
EVERYDAY_SETS = ("everyday_you", "everyday_posts", "everyday_strong", "everyday_prose")


def everyday() -> list[str]:
    """The sentences of EVERYDAY_SETS (none is abuse)."""
    import importlib

    out: list[str] = []
    for module in EVERYDAY_SETS:
        try:
            out += importlib.import_module(module).ORDINARY
        except ModuleNotFoundError:
            print(f"(no {module}.py: skipped)")
    return out


def extra_prose(n: int, seed: int = 7) -> list[str]:
    """Up to ``n`` sentences of bench/corpus/sentences_train.txt (fortunes, Devil's Dictionary
    and Webster quotations that the precision corpus's caps left out; in neither of its
    splits): every one that speaks to someone (you, thou, ye…) first, then others at random.
    Made by ``python bench/corpus/extra_prose.py``."""
    path = Path(__file__).resolve().parent / "corpus" / "sentences_train.txt"
    if not n or not path.exists():
        return []
    rows = path.read_text(encoding="utf-8").splitlines()
    addressed = re.compile(r"\b(you|your|yours|yourself|thou|thee|thy|thine|ye)\b", re.I)
    first = [t for t in rows if addressed.search(t)]
    rest = [t for t in rows if not addressed.search(t)]
    random.Random(seed).shuffle(rest)
    return (first + rest)[:n]


# Written blind by other hands, to choose the policy's thresholds (bench/reader_pair.py
# --valid): never trained on either.
VALIDATION_SETS = ("abuse_valid_p", "abuse_valid_q", "abuse_valid_r")


def held_out(blind: tuple[str, ...] = TRAINED_BLIND) -> set[str]:
    """The held-out sentences, folded to lowercase letters and digits: the corpora were
    written blind, so common short lines ("kys", "go play in traffic", "I'm dying to see the
    new season") occur in them too, and a sentence the reader trained on says nothing
    about unseen text. Only their text is read here, to leave them out: the unseen sets
    bench/quality.py measures on (``abuse_splits.UNSEEN_SPLITS``) but the spent blind sets
    trained on (``blind``), and the validation corpora."""
    from abuse_splits import UNSEEN_SPLITS, abuse_split

    splits = [s for s in UNSEEN_SPLITS if s not in blind]
    texts = [t for split in splits for items in abuse_split(split).values() for t in items]
    for module in VALIDATION_SETS:
        texts += [t for items in base._lists(module).values() for t in items]
    return {same(t) for t in texts}


def same(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def labelled(blind: tuple[str, ...] = TRAINED_BLIND) -> list[tuple[str, int]]:
    """``train_abuse_model.labelled()``, the sentences of EXTRA_SETS and of the spent blind
    sets ``blind``, less any sentence of the held-out sets."""
    unseen = held_out(blind)
    return [(t, c) for t, c in every_labelled(blind) if same(t) not in unseen]


def trained_on() -> set[str]:
    """Every sentence of a training corpus of either model (folded as ``same``), held-out
    ones included: the shipped word model and heads were trained before ``held_out()`` left
    them out, so bench/quality.py reports the held-out sets without these as well."""
    return {same(t) for t, _ in every_labelled()} | {same(t) for t in everyday()}


def every_labelled(blind: tuple[str, ...] = TRAINED_BLIND) -> list[tuple[str, int]]:
    """``train_abuse_model.labelled()``, the sentences of EXTRA_SETS and of the blind sets
    ``blind`` (their look-alikes as class 0)."""
    from abuse_splits import abuse_split

    rows = base.labelled()
    seen = {t for t, _ in rows}
    more = [row for module in EXTRA_SETS for row in base.rows_of(module)]
    for split in blind:
        data = abuse_split(split)
        more += [(t, c) for c, k in enumerate(base.CLASSES) for t in data.get(k, ())]
    for t, c in more:
        if t not in seen:
            seen.add(t)
            rows.append((t, c))
    return rows
