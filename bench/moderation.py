"""Quality and speed of the moderation engine, next to better-profanity.

    python bench/moderation.py [--data DIR] [--bp-sample N] [--no-bp] [--speed-only]

Reads the evaluation data from ../shared/eval-data (found by walking up from the repo)
or --data. Prints the quality table (each target, our figure, better-profanity's figure
where it applies, pass/fail) and the speed table (messages per second for our full
moderate() and for better_profanity.profanity.contains_profanity on the same messages,
the ratio, the cost of long posts and the time to load the policy).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path[:0] = [str(REPO), str(HERE)]

import quality  # noqa: E402
from eval_data import find_data  # noqa: E402

from moderation import Policy, load_policy, moderate  # noqa: E402


def better_profanity() -> Callable[[str], bool]:
    """better-profanity's documented entry point, loaded with its default word list."""
    from better_profanity import profanity

    profanity.load_censor_words()
    return profanity.contains_profanity


def rate(fn: Callable[[str], object], texts: list[str], repeat: int = 3) -> float:
    """Messages per second: the median of ``repeat`` full passes after a warm-up."""
    for t in texts[:200]:
        fn(t)
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for t in texts:
            fn(t)
        runs.append(len(texts) / (time.perf_counter() - start))
    return statistics.median(runs)


def long_post_cost(policy: Policy, base: str, size: int) -> float:
    """Microseconds per 1,000 characters to moderate ``base`` cut into posts of ``size``
    characters (the same text for every size, so only the length changes)."""
    posts = [base[i : i + size] for i in range(0, len(base), size)]
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for p in posts:
            moderate(p, policy=policy)
        best = min(best, time.perf_counter() - start)
    return best / len(base) * 1e9


def fmt(x: float | None) -> str:
    """A figure for the table, or a dash."""
    return "\u2014" if x is None else f"{x:.4f}"


def print_quality(rows: list[quality.Row]) -> None:
    """Print the quality rows as a Markdown table."""
    print("| target | ours | better-profanity | goal | |")
    print("|---|---:|---:|---|---|")
    for name, ours, bp, goal, ok in rows:
        verdict = "" if ok is None else ("pass" if ok else "**FAIL**")
        print(f"| {name} | {fmt(ours)} | {fmt(bp)} | {goal} | {verdict} |")


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print both tables."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--data", help="folder with the eval-data files")
    ap.add_argument(
        "--bp-sample",
        type=int,
        default=1500,
        help="messages per set for better-profanity (it runs ~60 msgs/s)",
    )
    ap.add_argument("--no-bp", action="store_true", help="skip better-profanity")
    ap.add_argument(
        "--speed-only", action="store_true", help="skip the quality tables (about a minute)"
    )
    args = ap.parse_args(argv)
    data = find_data(args.data)
    t0 = time.perf_counter()
    policy = load_policy()
    load_s = time.perf_counter() - t0
    loads = []
    for _ in range(3):
        t0 = time.perf_counter()
        load_policy()
        loads.append(time.perf_counter() - t0)
    bp = None if args.no_bp else better_profanity()
    n = args.bp_sample

    print(f"data: {data}\n")
    if not args.speed_only:
        print("## Quality\n")
        rows = quality.davidson(data, policy, bp, n)
        drows, kinds = quality.disguises(data, policy, bp, n)
        rows += drows + quality.innocent(policy, bp)
        prows, per_type = quality.presidio_cases(data, policy)
        rows += prows + quality.presidio_synth(data, policy) + quality.documented(policy, bp)
        rows += quality.abuse(policy)
        print_quality(rows)
        if bp is not None:
            print(f"\nbetter-profanity figures on deterministic samples of {n} messages per set.")
        print(
            "\nDisguise catch rate by kind: " + ", ".join(f"{k} {v:.3f}" for k, v in kinds.items())
        )
        print("\nPresidio cases by type (positives caught/total, negatives clean/total):")
        print(
            ", ".join(
                f"{t} {p[1]}/{p[0]}" + (f" neg {p[3]}/{p[2]}" if p[2] else "")
                for t, p in per_type.items()
                if p[1] or p[3] < p[2]
            )
        )

    print("\n## Speed\n")
    texts = [r["text"] for r in quality.read_jsonl(data / "davidson_dev.jsonl")]
    same = quality.sample(texts, n)
    ours_same = rate(lambda t: moderate(t, policy=policy), same)
    ours_all = rate(lambda t: moderate(t, policy=policy), texts)
    print("| measure | value |")
    print("|---|---:|")
    print(f"| our moderate() on all {len(texts)} davidson_dev texts | {ours_all:,.0f} msgs/s |")
    print(f"| our moderate() on the {len(same)}-message sample | {ours_same:,.0f} msgs/s |")
    both = rate(lambda t: quality.judged(t, policy), texts, repeat=1)
    print(
        f"| moderate() then the second reader (what the forum runs) on all {len(texts)} "
        f"davidson_dev texts | {both:,.0f} msgs/s |"
    )
    if bp is not None:
        bp_rate = rate(bp, same, repeat=1)
        # Ours again right after, so that both see the machine in the same state.
        ours_after = rate(lambda t: moderate(t, policy=policy), same)
        ours_mean = (ours_same + ours_after) / 2
        print(f"| better_profanity.contains_profanity, same sample | {bp_rate:,.1f} msgs/s |")
        print(f"| our moderate(), same sample, right after | {ours_after:,.0f} msgs/s |")
        print(
            f"| ratio (ours, mean of before and after / better-profanity) | "
            f"{ours_mean / bp_rate:,.0f}\u00d7 (goal \u2265 500\u00d7) |"
        )
        # The profanity detector keeps the readings of the words it has seen: the first
        # pass of a fresh policy over messages it has never seen, for comparison.
        fresh = load_policy()
        start = time.perf_counter()
        for t in same:
            moderate(t, policy=fresh)
        cold = len(same) / (time.perf_counter() - start)
        print(
            f"| our moderate(), one pass of a fresh policy (empty word memory), same sample | "
            f"{cold:,.0f} msgs/s ({cold / bp_rate:,.0f}\u00d7) |"
        )
    base = " ".join(texts)[:200_000]
    us = "\u00b5s"
    costs = {size: long_post_cost(policy, base, size) for size in (2_000, 20_000, 200_000)}
    for size, c in costs.items():
        print(
            f"| {size:,}-character posts (same 200k text) | {c * size / 1000:,.0f} {us}/post "
            f"({c:,.1f} {us} per 1k chars) |"
        )
    print(f"| cost per character, 20k vs 2k (1.0 = linear) | {costs[20_000] / costs[2_000]:.2f} |")
    print(f"| cost per character, 200k vs 2k | {costs[200_000] / costs[2_000]:.2f} |")
    block = base[:2_000]
    rep = {n: long_post_cost(policy, block * n, 2_000 * n) for n in (1, 10, 100)}
    dense = "call 415-555-0132 or mail a@b.co at 12 Crown Street, you b1tch "
    d20, d200 = (long_post_cost(policy, dense * (n // len(dense)), n) for n in (20_000, 200_000))
    print(
        f"| a post dense with findings, 200k vs 20k: cost per character | {d200 / d20:.2f} "
        f"({d20:,.0f} {us} per 1k chars) |"
    )
    print(
        f"| one 2k post repeated to 20k / 200k: cost per character vs 2k | "
        f"{rep[10] / rep[1]:.2f} / {rep[100] / rep[1]:.2f} |"
    )
    print(f"| policy load, first (imports + lexicon + regexes) | {load_s * 1000:,.0f} ms |")
    print(f"| policy load, again (median of 3) | {statistics.median(loads) * 1000:,.0f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
