"""Quality measurements for bench/moderation.py: one function per target, each returning
rows of (name, ours, better-profanity or None, target, passed)."""

from __future__ import annotations

import csv
import json
import random
from collections import defaultdict
from collections.abc import Callable
from functools import cache
from pathlib import Path

from abuse_splits import ABUSE_FAMILIES, UNSEEN_SPLITS, abuse_split, family_counts
from disguise import disguised_sentences
from innocent import innocent_sentences

from moderation import Policy, Verdict, moderate, reread
from moderation.detectors.pii_ids import RULES
from moderation.lexicon import SURGE_CSV

Row = tuple[str, float, float | None, str, bool | None]
CORE_PII = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "US_SSN",
    "IP_ADDRESS",
    "US_BANK_NUMBER",
    "ABA_ROUTING_NUMBER",
)
ID_TYPES = tuple(r.entity for r in RULES if r.entity != "US_SSN")
# A predicted span counts as correct when it overlaps a gold span of one of these types.
SYNTH_TYPES = {
    "EMAIL_ADDRESS": {"EMAIL_ADDRESS"},
    "PHONE_NUMBER": {"PHONE_NUMBER"},
    "CREDIT_CARD": {"CREDIT_CARD"},
    "STREET_ADDRESS": {"STREET_ADDRESS", "ZIP_CODE", "GPE"},
}


def read_jsonl(path: Path) -> list[dict]:
    """All JSON objects of a JSON Lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def judged(text: str, policy: Policy) -> Verdict:
    """What the forum decides: moderate(), then the second reader (pipeline.reread)."""
    return reread(text, moderate(text, policy=policy), policy=policy)


def sample(items: list, n: int | None, seed: int = 13) -> list:
    """A deterministic sample (all items when n is None or larger than the list)."""
    if n is None or n >= len(items):
        return items
    return random.Random(seed).sample(items, n)


def davidson(
    data: Path, policy: Policy, bp: Callable[[str], bool] | None, bp_n: int | None
) -> list[Row]:
    """Recall on hate+offensive and false-positive rate on neither."""
    rows = read_jsonl(data / "davidson_dev.jsonl")
    pos = [r["text"] for r in rows if r["flag"]]
    neg = [r["text"] for r in rows if not r["flag"]]
    recall = sum(judged(t, policy).offensive for t in pos) / len(pos)
    fpr = sum(judged(t, policy).offensive for t in neg) / len(neg)
    bp_recall = bp_fpr = None
    if bp is not None:
        sp, sn = sample(pos, bp_n), sample(neg, bp_n and max(1, bp_n * len(neg) // len(rows)))
        bp_recall = sum(map(bp, sp)) / len(sp)
        bp_fpr = sum(map(bp, sn)) / len(sn)
    return [
        ("davidson_dev recall (hate+offensive)", recall, bp_recall, ">= 0.95", recall >= 0.95),
        ("davidson_dev false-positive rate (neither)", fpr, bp_fpr, "<= 0.05", fpr <= 0.05),
    ]


def generator_words(policy: Policy) -> list[str]:
    """Surge spellings that are plain single words the lexicon counts without context."""
    words = policy.engine.detector("profanity").lexicon.words
    with SURGE_CSV.open(encoding="utf-8", newline="") as f:
        forms = {r["text"].lower() for r in csv.DictReader(f)}
    return sorted(
        w
        for w in forms
        if w.isalpha()
        and 4 <= len(w) <= 12
        and w in words
        and not words[w].ambiguous
        and not words[w].leet_only
    )


def disguises(
    data: Path, policy: Policy, bp: Callable[[str], bool] | None, bp_n: int | None
) -> tuple[list[Row], dict[str, float]]:
    """Catch rate on our disguise generator, and on the Surge-derived obfuscation file."""
    cases = disguised_sentences(generator_words(policy))
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in cases:
        v = moderate(c["text"], policy=policy)
        hit = any(
            f.start < c["end"] and c["start"] < f.end
            for f in v.findings
            if f.detector == "profanity"
        )
        by_kind[c["kind"]][0] += 1
        by_kind[c["kind"]][1] += hit
    ours = sum(h for _, h in by_kind.values()) / len(cases)
    bp_rate = None
    if bp is not None:
        picked = sample(cases, bp_n)
        bp_rate = sum(bp(c["text"]) for c in picked) / len(picked)
    rows: list[Row] = [
        (f"own disguise generator ({len(cases)} sentences)", ours, bp_rate, ">= 0.95", ours >= 0.95)
    ]
    path = data / "profanity_obfuscation.jsonl"
    if path.exists():
        obf = read_jsonl(path)
        rate = sum(moderate(r["text"], policy=policy).offensive for r in obf) / len(obf)
        bp_obf = sum(bp(r["text"]) for r in obf) / len(obf) if bp is not None else None
        rows.append(
            (
                "profanity_obfuscation.jsonl (derived from the shipped Surge list: not a measure)",
                rate,
                bp_obf,
                "info",
                None,
            )
        )
    return rows, {k: h / n for k, (n, h) in sorted(by_kind.items())}


def innocent(policy: Policy, bp: Callable[[str], bool] | None) -> list[Row]:
    """Share of innocent sentences (Scunthorpe-style words) flagged as offensive."""
    pairs = innocent_sentences()
    rate = sum(moderate(s, policy=policy).offensive for _, s in pairs) / len(pairs)
    bp_rate = sum(bp(s) for _, s in pairs) / len(pairs) if bp is not None else None
    return [
        (f"innocent words flagged ({len(pairs)} sentences)", rate, bp_rate, "<= 0.01", rate <= 0.01)
    ]


def presidio_cases(data: Path, policy: Policy) -> tuple[list[Row], dict[str, tuple]]:
    """Recall on positive cases and share of negative cases left clean, per entity type."""
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for case in read_jsonl(data / "presidio_recognizer_cases.jsonl"):
        ent = case["entity"]
        found = [f for f in moderate(case["text"], policy=policy).findings if f.type == ent]
        s = stats[ent]
        if case["expected_len"] > 0:
            spans = case["expected_spans"] or []
            ok = (
                all(any(f.start < e and b < f.end for f in found) for b, e in spans)
                if spans
                else bool(found)
            )
            s[0] += 1
            s[1] += ok
        else:
            s[2] += 1
            s[3] += not found
    rows: list[Row] = []
    for label, types in (
        ("issue's types", CORE_PII),
        ("+ checksummed national IDs", CORE_PII + ID_TYPES),
    ):
        pos = sum(stats[t][0] for t in types)
        rec = sum(stats[t][1] for t in types) / pos
        neg = sum(stats[t][2] for t in types)
        clean = sum(stats[t][3] for t in types) / neg
        rows.append(
            (f"presidio cases recall, {label} (n={pos})", rec, None, ">= 0.95", rec >= 0.95)
        )
        rows.append(
            (
                f"presidio cases negatives clean, {label} (n={neg})",
                clean,
                None,
                ">= 0.90",
                clean >= 0.90,
            )
        )
    return rows, {t: tuple(v) for t, v in sorted(stats.items())}


def presidio_synth(data: Path, policy: Policy) -> list[Row]:
    """Span recall and precision per type on presidio-research's synthetic sentences."""
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    precision: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rec in read_jsonl(data / "presidio_research_synth_v2.jsonl"):
        findings = moderate(rec["text"], policy=policy).findings
        for span in rec["spans"]:
            t = span["entity_type"]
            if t in SYNTH_TYPES:
                recall[t][0] += 1
                recall[t][1] += any(
                    f.type == t and f.start < span["end"] and span["start"] < f.end
                    for f in findings
                )
        for f in findings:
            if f.type in SYNTH_TYPES:
                precision[f.type][0] += 1
                precision[f.type][1] += any(
                    s["entity_type"] in SYNTH_TYPES[f.type]
                    and f.start < s["end"]
                    and s["start"] < f.end
                    for s in rec["spans"]
                )
    rows: list[Row] = []
    for t in SYNTH_TYPES:
        goal = 0.6 if t == "STREET_ADDRESS" else 0.95
        r = recall[t][1] / max(1, recall[t][0])
        p = precision[t][1] / max(1, precision[t][0])
        rows.append((f"synth span recall {t} (n={recall[t][0]})", r, None, f">= {goal}", r >= goal))
        rows.append((f"synth precision {t} (n={precision[t][0]})", p, None, ">= 0.9", p >= 0.9))
    return rows


def documented(policy: Policy, bp: Callable[[str], bool] | None) -> list[Row]:
    """better-profanity's own documented examples."""
    a = moderate("he is a m0th3rf*cker", policy=policy)
    b = moderate("If you prick us do we not bleed?", policy=policy)
    return [
        (
            '"he is a m0th3rf*cker" is offensive',
            float(a.offensive),
            float(bp("he is a m0th3rf*cker")) if bp else None,
            "1",
            a.offensive,
        ),
        (
            '"If you prick us do we not bleed?" untouched',
            float(not b.findings),
            float(not bp("If you prick us do we not bleed?")) if bp else None,
            "1",
            not b.findings,
        ),
    ]


ABUSE_DETECTORS = frozenset({"abuse", "abuse_model", "abuse_encoder"})


def _untrained(
    split: str,
    data: dict[str, list[str]],
    caught: Callable[[str], bool],
    seen: set[str],
    same: Callable[[str], str],
) -> list[Row]:
    """A held-out set without the sentences that are also in a training corpus (common
    short lines that helpers wrote independently, "kys", "go play in traffic"): the shipped
    models were trained on some of them before the trainers left them out."""
    abusive = [t for fam in ABUSE_FAMILIES for t in data[fam] if same(t) not in seen]
    looks = [t for t in data["INNOCENT"] if same(t) not in seen]
    recall = sum(map(caught, abusive)) / len(abusive)
    flagged = sum(map(caught, looks)) / len(looks)
    left = sum(len(v) for v in data.values()) - len(abusive) - len(looks)
    print(
        f"abuse {split}, the {left} sentence{'' if left == 1 else 's'} also in a training corpus"
        " left out: "
        f"recall {recall:.3f}; innocent flagged: {flagged:.3f}"
    )
    return [
        (f"abuse {split} recall, none trained on (n={len(abusive)})", recall, None, "-", None),
        (
            f"abuse {split} look-alikes flagged, none trained on (n={len(looks)})",
            flagged,
            None,
            "-",
            None,
        ),
    ]


def abuse_caught(policy: Policy) -> Callable[[str], bool]:
    """Whether the forum's decision (``judged``) on a text has any abuse finding, memoized."""

    @cache
    def caught(text: str) -> bool:
        return any(f.detector in ABUSE_DETECTORS for f in judged(text, policy).findings)

    return caught


def abuse(policy: Policy) -> list[Row]:
    """Recall of the abuse detector on hand-written abusive sentences (a sentence counts as
    caught with any abuse finding), per family and overall, and the share of innocent
    look-alikes flagged; dev, train (dev-only extra sentences), heldout, fresh and the blind
    sets (issue 17). Heldout, fresh and the blind sets are only ever read in aggregate."""

    from encoder_data import same, trained_on

    caught = abuse_caught(policy)
    seen = trained_on()
    rows: list[Row] = []
    for split in ("dev", "train", *UNSEEN_SPLITS):
        data = abuse_split(split)
        if split not in ("dev", "train"):
            rows += _untrained(split, data, caught, seen, same)
        counts = family_counts(data, caught)
        for fam in ABUSE_FAMILIES:
            n, size = counts[fam]
            print(f"abuse {split} recall {fam}: {n / size:.3f} ({n}/{size})")
            rows.append((f"abuse {split} recall {fam} (n={size})", n / size, None, "-", None))
        hits, total = counts["ABUSIVE"]
        recall = hits / total
        flagged = counts["INNOCENT"][0] / counts["INNOCENT"][1]
        print(f"abuse {split} recall overall: {recall:.3f}; innocent flagged: {flagged:.3f}")
        rows += [
            (
                f"abuse {split} recall, all families (n={total})",
                recall,
                None,
                ">= 0.9",
                recall >= 0.9,
            ),
            (
                f"abuse {split} innocent look-alikes flagged (n={len(data['INNOCENT'])})",
                flagged,
                None,
                "<= 0.02",
                flagged <= 0.02,
            ),
        ]
    return rows
