"""Shape checks for bench/abuse_sets.py (sizes, splits, duplicates, overlap); no detector runs."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))

import abuse_sets

MIN_TOTAL = {"THREAT": 120, "SELF_HARM": 120, "HARASSMENT": 120, "DOXXING": 80, "INNOCENT": 300}
ABUSIVE = ("THREAT", "SELF_HARM", "HARASSMENT", "DOXXING")
SWEARS = re.compile(
    r"\b(fuck\w*|shit\w*|bitch\w*|bastard\w*|cunt\w*|dick\w*|asshole\w*|arse\w*|ass|piss\w*|"
    r"damn\w*|crap\w*|bollocks|wank\w*|twat\w*|prick\w*|slut\w*|whore\w*|retard\w*)\b",
    re.IGNORECASE,
)


def _all() -> dict[str, dict[str, list[str]]]:
    return {split: abuse_sets.sets(split) for split in ("dev", "heldout")}


def test_keys_and_unknown_split() -> None:
    assert set(abuse_sets.sets("dev")) == set(MIN_TOTAL)
    assert set(abuse_sets.sets("heldout")) == set(MIN_TOTAL)
    with pytest.raises(ValueError):
        abuse_sets.sets("train")


@pytest.mark.parametrize("kind", sorted(MIN_TOTAL))
def test_sizes_and_heldout_share(kind: str) -> None:
    data = _all()
    dev, heldout = len(data["dev"][kind]), len(data["heldout"][kind])
    assert dev + heldout >= MIN_TOTAL[kind]
    assert heldout >= 0.4 * (dev + heldout)


def test_items_are_short_non_empty_strings() -> None:
    for split, groups in _all().items():
        for kind, items in groups.items():
            for item in items:
                assert isinstance(item, str), (split, kind, item)
                assert item.strip(), (split, kind)
                assert len(item) < 400, (split, kind, item)


def test_no_duplicates_within_or_across_splits() -> None:
    seen: dict[str, tuple[str, str]] = {}
    for split, groups in _all().items():
        for kind, items in groups.items():
            for item in items:
                key = " ".join(item.lower().split())
                assert key not in seen, (item, seen.get(key), (split, kind))
                seen[key] = (split, kind)


def test_no_sentence_both_abusive_and_innocent() -> None:
    data = _all()
    innocent = {s.lower().strip() for split in data for s in data[split]["INNOCENT"]}
    for split in data:
        for kind in ABUSIVE:
            overlap = innocent & {s.lower().strip() for s in data[split][kind]}
            assert not overlap, (split, kind, overlap)


def test_harassment_has_no_swear_words() -> None:
    for split, groups in _all().items():
        for item in groups["HARASSMENT"]:
            assert not SWEARS.search(item), (split, item)
