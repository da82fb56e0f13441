"""Precision and disguise recall of the moderation engine on text it was never tuned on.

    python bench/precision.py [--split dev|heldout|both] [--quick] [--show] [--bp-sample N]

Sets: the ordinary-English sentences, words and look-alikes of bench/corpus/, the
disguise families of bench/families.py (with innocent controls) and the personal-data
prose and look-alike numbers of bench/pii_sets.py. Side by side: ours (moderation.moderate),
better-profanity (contains_profanity; slow, so a deterministic sample of --bp-sample texts
per set, 1,500 by default) and glin-profanity (Filter({"languages": ["english"],
"detect_leetspeak": True}), the same sample; "n/a" when it is not installed; bench only,
never a project dependency). Each line says the split, the target and PASS/FAIL for ours.
--quick samples 2,000 texts per corpus set and skips davidson_dev.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CORPUS = HERE / "corpus"
sys.path[:0] = [str(REPO), str(HERE)]

import eval_data  # noqa: E402
import families  # noqa: E402
import pii_sets  # noqa: E402

from moderation import load_policy, moderate  # noqa: E402

OFFENSIVE_DETECTORS = {"profanity", "watched_words"}


def _groups() -> dict[str, str]:
    import tomllib

    path = REPO / "moderation" / "default_policy.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {name: c.get("group", "") for name, c in data.get("categories", {}).items()}


GROUPS = _groups()


def offensive_findings(v) -> list:
    return [
        f
        for f in v.findings
        if f.detector in OFFENSIVE_DETECTORS or GROUPS.get(f.category) == "offensive_content"
    ]


def personal_findings(v) -> list:
    return [f for f in v.findings if GROUPS.get(f.category) == "personal_information"]


def ours_offensive(text: str) -> bool:
    return bool(offensive_findings(moderate(text)))


def overlaps(fs: list, start: int, end: int) -> bool:
    return any(f.start < end and f.end > start for f in fs)


# ------------------------------------------------------------------ other filters


def better_profanity() -> Callable[[str], bool]:
    from better_profanity import profanity

    profanity.load_censor_words()
    return profanity.contains_profanity


def glin() -> tuple[Callable[[str], bool] | None, str]:
    try:
        from glin_profanity import Filter
    except Exception as e:
        return None, f"n/a ({type(e).__name__}: {e})"
    f = Filter({"languages": ["english"], "detect_leetspeak": True})
    return f.is_profane, "glin-profanity"


# ------------------------------------------------------------------ loading


def read_lines(name: str, split: str) -> list[str]:
    return (CORPUS / f"{name}_{split}.txt").read_text(encoding="utf-8").splitlines()


def read_lookalikes(split: str) -> list[dict]:
    path = CORPUS / f"lookalikes_{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def profane_words() -> set[str]:
    lines = (CORPUS / "profane_words.txt").read_text(encoding="utf-8").splitlines()
    return {w.strip() for w in lines if w.strip() and not w.startswith("#")}


def sample(items: list, n: int | None, seed: int = 13) -> list:
    if n is None or n >= len(items):
        return items
    return random.Random(seed).sample(items, n)


# ------------------------------------------------------------------ printing


class Table:
    def __init__(self, others: list[tuple[str, Callable[[str], bool] | None]], bp_n: int):
        self.others = others
        self.bp_n = bp_n
        head = " | ".join(f"{n:>16}" for n, _ in others)
        print(f"| split   | {'set':<46} | {'ours':>8} | {head} | target    | ours   |")
        print("|" + "---|" * (5 + len(others)))

    def rate_others(self, texts: list[str]) -> list[str]:
        out = []
        s = sample(texts, self.bp_n)
        for _, fn in self.others:
            out.append("n/a" if fn is None else f"{sum(map(fn, s)) / max(1, len(s)):.2%}")
        return out

    def row(self, split, name, ours, others, target, ok):
        cells = " | ".join(f"{o:>16}" for o in others)
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        print(f"| {split:<7} | {name:<46} | {ours:>8} | {cells} | {target:<9} | {verdict:<6} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "heldout", "both"], default="both")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--show", action="store_true", help="list every flagged sentence and word")
    ap.add_argument("--bp-sample", type=int, default=1500)
    args = ap.parse_args()
    splits = ["dev", "heldout"] if args.split == "both" else [args.split]
    cap = 2000 if args.quick else None
    bp_n = min(args.bp_sample, 300) if args.quick else args.bp_sample
    g_fn, g_name = glin()
    others = [("better-profanity", better_profanity()), (g_name[:16], g_fn)]
    print(
        f"better-profanity and glin-profanity run on a deterministic sample of at most "
        f"{bp_n} texts per set (better-profanity does ~60 texts/s); ours on every text"
        + (f" (--quick: corpus sets sampled to {cap})" if cap else "")
    )
    if g_fn is None:
        print(f"glin-profanity: {g_name}")
    t = Table(others, bp_n)
    shown: dict[str, list[str]] = {}
    reviewed = profane_words()

    for split in splits:
        # ordinary English sentences
        sents = sample(read_lines("sentences", split), cap)
        flagged = [s for s in sents if ours_offensive(s)]
        r = len(flagged) / len(sents)
        t.row(
            split,
            f"sentences flagged offensive (n={len(sents)})",
            f"{r:.3%}",
            t.rate_others(sents),
            "<= 0.1%",
            r <= 0.001,
        )
        shown[f"sentences flagged ({split})"] = flagged

        # words on their own
        words = sample(read_lines("words", split), cap)
        wflag = [w for w in words if ours_offensive(w)]
        bad = [w for w in wflag if w not in reviewed]
        t.row(
            split,
            f"words flagged (n={len(words)}): total",
            str(len(wflag)),
            t.rate_others(words),
            "",
            None,
        )
        t.row(
            split, "words flagged not in profane_words.txt", str(len(bad)), ["", ""], "0", not bad
        )
        shown[f"words flagged outside profane_words.txt ({split})"] = bad
        shown[f"words flagged, in profane_words.txt ({split})"] = [
            w for w in wflag if w in reviewed
        ]

        # look-alikes by kind
        looks = read_lookalikes(split)
        kinds = sorted({it["kind"] for it in looks})
        lflag_all = []
        for kind in kinds:
            texts = [it["text"] for it in looks if it["kind"] == kind]
            lflag = [x for x in texts if ours_offensive(x)]
            lflag_all += lflag
            r = len(lflag) / len(texts)
            t.row(
                split,
                f"look-alikes {kind} (n={len(texts)})",
                f"{r:.2%}",
                t.rate_others(texts),
                "<= 2%",
                r <= 0.02,
            )
        shown[f"look-alikes flagged ({split})"] = lflag_all

        # disguise families
        caught_all = total_all = 0
        for fam in families.FAMILIES:
            items = families.family_items(fam, split)
            caught = [
                it
                for it in items
                if overlaps(offensive_findings(moderate(it.text)), it.start, it.end)
            ]
            caught_all += len(caught)
            total_all += len(items)
            r = len(caught) / len(items)
            t.row(
                split,
                f"disguise {fam} caught (n={len(items)})",
                f"{r:.1%}",
                t.rate_others([it.text for it in items]),
                ">= 90%",
                r >= 0.9,
            )
            missed = [it.text for it in items if it not in caught]
            shown[f"disguise {fam} missed ({split})"] = missed
            ctl = families.control_items(fam, split)
            if ctl:
                cf = [it.text for it in ctl if ours_offensive(it.text)]
                r = len(cf) / len(ctl)
                t.row(
                    split,
                    f"  control {fam} flagged (n={len(ctl)})",
                    f"{r:.1%}",
                    t.rate_others([it.text for it in ctl]),
                    "<= 2%",
                    r <= 0.02,
                )
                shown[f"control {fam} flagged ({split})"] = cf
        r = caught_all / total_all
        t.row(
            split,
            f"disguise families overall (n={total_all})",
            f"{r:.1%}",
            ["", ""],
            ">= 95%",
            r >= 0.95,
        )

        # personal data
        p_caught = p_total = 0
        worst = 1.0
        l_flag = l_total = 0
        for kind in pii_sets.VALUES:
            items = pii_sets.kind_items(kind, split)
            hits = [
                it
                for it in items
                if overlaps(personal_findings(moderate(it.text)), it.start, it.end)
            ]
            r = len(hits) / len(items)
            if items[0].personal:
                p_caught += len(hits)
                p_total += len(items)
                worst = min(worst, r)
                t.row(
                    split,
                    f"personal {kind} caught (n={len(items)})",
                    f"{r:.1%}",
                    ["", ""],
                    ">= 80%",
                    r >= 0.8,
                )
                shown[f"personal {kind} missed ({split})"] = [
                    it.text for it in items if it not in hits
                ]
            else:
                flagged = [it for it in items if personal_findings(moderate(it.text))]
                l_flag += len(flagged)
                l_total += len(items)
                r = len(flagged) / len(items)
                t.row(
                    split,
                    f"look-alike number {kind} flagged (n={len(items)})",
                    f"{r:.1%}",
                    ["", ""],
                    "<= 3%",
                    r <= 0.03,
                )
                shown[f"look-alike number {kind} flagged ({split})"] = [it.text for it in flagged]
        r = p_caught / p_total
        t.row(
            split, f"personal data overall (n={p_total})", f"{r:.1%}", ["", ""], ">= 95%", r >= 0.95
        )
        t.row(split, "personal data worst kind", f"{worst:.1%}", ["", ""], ">= 80%", worst >= 0.8)
        r = l_flag / l_total
        t.row(
            split,
            f"look-alike numbers flagged overall (n={l_total})",
            f"{r:.1%}",
            ["", ""],
            "<= 3%",
            r <= 0.03,
        )

    if not args.quick:
        import quality

        data = eval_data.locate()
        if data is None:
            print("davidson_dev: eval data not found")
        else:
            bp = others[0][1]
            for name, ours, theirs, target, ok in quality.davidson(data, load_policy(), bp, bp_n):
                t.row(
                    "dev",
                    name,
                    f"{ours:.2%}",
                    [f"{theirs:.2%}" if theirs is not None else "", ""],
                    target,
                    ok,
                )

    if args.show:
        for name, texts in shown.items():
            print(f"\n## {name}: {len(texts)}")
            for x in texts:
                print("  " + x.replace("\n", "\\n"))


if __name__ == "__main__":
    main()
