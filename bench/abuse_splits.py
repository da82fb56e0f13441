"""The abuse sets bench/quality.py and bench/unseen.py measure on, by split name, and which
of them are unseen (no model or threshold was chosen on them); bench/encoder_data.py leaves
the unseen ones out of training."""

from __future__ import annotations

import importlib

from abuse_sets import sets as abuse_sets

ABUSE_FAMILIES = ("THREAT", "SELF_HARM", "HARASSMENT", "DOXXING")
# The blind sets kept as plain lists in a module of their own, and every set no model or
# threshold was chosen on (bench/unseen.py reads the same).
LIST_SETS = tuple(f"blind{n}" for n in range(3, 18))  # blind3 to blind17
# Spent blind sets the shipped second reader was trained on (bench/train_abuse_encoder.py
# --blind): no longer unseen, so quality.py and unseen.py leave them out.
TRAINED_BLIND: tuple[str, ...] = ()
UNSEEN_SPLITS = tuple(
    s for s in ("heldout", "fresh", "blind", "blind2", *LIST_SETS) if s not in TRAINED_BLIND
)


def abuse_split(split: str) -> dict[str, list[str]]:
    """The sentences of one abuse set: dev and heldout of abuse_sets, the dev-only extra
    sentences of abuse_train and abuse_corpus_a to _l ("train": the abuse model and the second
    reader are trained on five sixths of them), the fresh held-out set of abuse_fresh and the
    blind sets of abuse_blind to abuse_blind14 (written without reading the detector; report
    only, never tune on them)."""
    if split in ("dev", "heldout"):
        return abuse_sets(split)
    import abuse_blind
    import abuse_blind2
    import abuse_fresh

    if split == "blind":
        blind = abuse_blind.sets()
        return {"THREAT": blind.pop("THREATS"), **blind}
    if split == "blind2":
        return abuse_blind2.sets()
    if split in LIST_SETS:
        module = importlib.import_module(f"abuse_{split}")
        return {k: getattr(module, k) for k in (*ABUSE_FAMILIES, "INNOCENT")}
    if split == "train":
        out: dict[str, list[str]] = {k: [] for k in (*ABUSE_FAMILIES, "INNOCENT")}
        for name in (f"abuse_{n}" for n in ("train", *(f"corpus_{c}" for c in "abcdefghijkl"))):
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError:
                continue
            for k in out:
                out[k] += getattr(module, k, ())
        return out
    fresh = {k: getattr(abuse_fresh, k) for k in ("SELF_HARM", "HARASSMENT", "DOXXING")}
    return {"THREAT": abuse_fresh.THREATS, **fresh, "INNOCENT": abuse_fresh.INNOCENT}


def family_counts(data: dict[str, list[str]], caught) -> dict[str, tuple[int, int]]:
    """Per family of a set, for all its families together ("ABUSIVE") and for its INNOCENT
    look-alikes, how many ``caught`` flags and how many there are."""
    counts = {k: (sum(map(caught, data[k])), len(data[k])) for k in (*ABUSE_FAMILIES, "INNOCENT")}
    counts["ABUSIVE"] = (
        sum(counts[f][0] for f in ABUSE_FAMILIES),
        sum(counts[f][1] for f in ABUSE_FAMILIES),
    )
    return counts
