"""The second reader's thresholds in seconds: each text's readings in a table, then any
triple (``min_score``, ``confirm_from``, ``clear_below``) decided from the table instead of
by running reread() again (bench/reader_pair.py's grid takes 25 to 45 minutes).

    python bench/reader_table.py build [--table FILE] [--first F] [--confirm C] [--add W ...]
    python bench/reader_table.py grid [--table FILE] [--first F] [--confirm C] [--look-alikes S]
                                      [--read-from R] [--read-short K] [--no-read-held]

``build`` reads the validation corpora (encoder_data.VALIDATION_SETS), the kept-back ordinary
and everyday sentences and the suite's abuse-grammar sentences once: per text, what
moderate() decided (``fixed1``: an abuse finding stands whatever the reader says, ``fixed0``:
held or blocked by another detector without one, ``rule``: only the abuse rules hold it,
``open``: nothing holds it), the word model's gate and each reader's chance (the shipped
pair's, and ``--add`` more weights files; building on an existing table reads only the files
it lacks). ``grid`` then decides every triple for a pair of them (``--first``, ``--confirm``:
the shipped pair by default) as pipeline.reread does, and prints the rows reader_pair.py's rule
allows (look-alikes at most S, at most one kept-back ordinary sentence added, no suite
sentence wrong), best first. It mirrors reread(), so confirm the triple you choose with the
real decision: ``python bench/reader_pair.py --valid --triples M,C,B`` (a few minutes). At
the bundled policy the two agreed exactly (0.822 / 1.29% at the thirteenth session); the
table does not mirror ``profane_from`` (fourteenth session: the real decision gives 0.830
there), and a table keeps the kinds moderate() gave when it was built, so delete it after a
change to the rules or the lexicons.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import numpy as np  # noqa: E402
import train_abuse_model as base  # noqa: E402
from encoder_data import VALIDATION_SETS, everyday  # noqa: E402
from encoder_report import memoized, read_with  # noqa: E402
from reader_pair import GRID, SUITE_ABUSE, SUITE_LOOKALIKES, report  # noqa: E402

from moderation import load_policy, moderate  # noqa: E402
from moderation.detectors.abuse_encoder import CONFIRM_WEIGHTS, WEIGHTS  # noqa: E402
from moderation.detectors.base import Doc  # noqa: E402
from moderation.pipeline import ABUSE_RULES  # noqa: E402
from moderation.policy import DEFAULT_POLICY_PATH  # noqa: E402
from moderation.verdict import Action  # noqa: E402

TABLE = Path("/tmp/reader_table.pkl")


def kind_of(text: str) -> str:
    """What reread() starts from: see the module docstring."""
    verdict = moderate(text)
    named = any(f.detector in ABUSE_RULES for f in verdict.findings)
    holding = [r for r in verdict.reasons if r.action >= Action.HOLD]
    if verdict.action == Action.BLOCK or (
        holding and not all(r.detector in ABUSE_RULES for r in holding)
    ):
        return "fixed1" if named else "fixed0"
    if holding:
        return "rule"
    return "fixed1" if named else "open"


def build(table: Path, readers: list[Path]) -> None:
    """Per text of each group: its label, kind, gate and words, and each reader's chance
    (column ``chances[path]``). A table that exists keeps its columns: only the readers it
    lacks read the texts (so a new weights file is added to a table in minutes)."""
    from moderation.detectors.abuse_encoder import AbuseEncoderDetector

    out = pickle.loads(table.read_bytes()) if table.exists() else {}
    readers = [r.resolve() for r in readers]  # a file is one column however it is named
    missing = [r for r in readers if str(r) not in out.get("valid", {}).get("chances", {})]
    # Two threads a read, as reader_pair.py reads (the forum's own readers use one).
    read_with({w: memoized(w) for w in missing})
    detectors = {path: AbuseEncoderDetector(path) for path in missing}
    second = load_policy(DEFAULT_POLICY_PATH).engine.second
    groups = {
        "valid": [row for module in VALIDATION_SETS for row in base.rows_of(module)],
        "ordinary": [(t, 0) for t in base.prose_kept_back()],
        "every": [(t, 0) for t in everyday() if base.kept_back(t)],
        "suite_abuse": [(t, 1) for t in SUITE_ABUSE],
        "suite_look": [(t, 0) for t in SUITE_LOOKALIKES],
    }
    for name, rows in groups.items():
        if name not in out:
            cols = []
            for text, label in rows:
                doc = Doc(text)
                kind = kind_of(text)
                gate = second.gate(doc) if kind == "open" else 1.0
                cols.append((label, kind, gate, len(doc.folded.split())))
            columns = zip(*cols, strict=True)
            out[name] = {k: np.array(v) for k, v in zip("ykgw", columns, strict=True)}
            out[name]["chances"] = {}
        for path, reader in detectors.items():
            out[name]["chances"][str(path)] = np.array([reader.chance(Doc(t)) for t, _ in rows])
        print(name, len(rows), flush=True)
    table.write_bytes(pickle.dumps(out))


def flagged(t: dict, triple, read_from: float, read_short: int, read_held: bool) -> np.ndarray:
    """Which texts end with an abuse finding, as reread() decides."""
    m, c, b = triple
    kind, g, w, f, cf = (t[k] for k in "kgwfc")
    finds = (f >= m) & (cf >= c)
    out = kind == "fixed1"
    # Without confirm_from (0) the confirming weights are not read: the first decides alone.
    out = out | ((kind == "rule") & (f >= b) & ((c == 0) | (cf >= b)))
    reads = (g >= read_from) | ((w > 0) & (w <= read_short))
    out = out | ((kind == "open") & reads & finds)
    if read_held:
        out = out | ((kind == "fixed0") & finds)
    return out


def grid(
    table: Path,
    pair: tuple[Path, Path],
    cap: float,
    read_from: float,
    read_short: int,
    read_held: bool,
) -> None:
    t = pickle.loads(table.read_bytes())
    for group in t.values():
        group["f"], group["c"] = (group["chances"][str(path.resolve())] for path in pair)
    rows = []
    for triple in GRID:
        args = (triple, read_from, read_short, read_held)
        v = flagged(t["valid"], *args)
        y = t["valid"]["y"]
        o = t["ordinary"]
        added = int((flagged(o, *args) & ((o["k"] == "open") | (o["k"] == "fixed0"))).sum())
        every = int(flagged(t["every"], *args).sum())
        wrong = int((~flagged(t["suite_abuse"], *args)).sum())
        wrong += int(flagged(t["suite_look"], *args).sum())
        rows.append((v[y > 0].mean(), v[y == 0].mean(), added, every, wrong, *triple))
    report(rows, cap)


def main() -> None:
    second = load_policy(DEFAULT_POLICY_PATH).engine.second
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("build", "grid"))
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument("--look-alikes", type=float, default=0.015)
    ap.add_argument("--read-from", type=float, default=second.read_from)
    ap.add_argument("--read-short", type=int, default=second.read_short)
    ap.add_argument("--no-read-held", action="store_true")
    ap.add_argument("--first", type=Path, default=WEIGHTS, help="the first reader's weights")
    ap.add_argument("--confirm", type=Path, default=CONFIRM_WEIGHTS, help="the confirming one's")
    ap.add_argument("--add", type=Path, nargs="*", default=[], help="build: more weights files")
    args = ap.parse_args()
    pair = (args.first, args.confirm)
    if args.what == "build":
        build(args.table, [*dict.fromkeys([*pair, *args.add])])
    else:
        read_held = second.read_held and not args.no_read_held
        grid(args.table, pair, args.look_alikes, args.read_from, args.read_short, read_held)


if __name__ == "__main__":
    main()
