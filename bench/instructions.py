"""CPU instructions per message of moderate(), counted by valgrind (independent of load).

    python bench/instructions.py [--data DIR] [--texts 3000] [--passes 1 3]

Runs the first --texts davidson_dev texts through moderate() under
``valgrind --tool=cachegrind`` twice, once with the fewer and once with the more passes
over the texts (PYTHONHASHSEED=0, so both runs hash alike), and prints
(I(more) - I(fewer)) / (texts x (more - fewer)): the steady cost of one message, with
start-up, the policy load and the first reading of each word taken out. Wall-clock rates
on a shared machine move with the load; this figure does not. Needs valgrind.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from eval_data import find_data

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


# What the child process runs: load the policy, then moderate the texts `passes` times.
CHILD = """
import json, sys
sys.path.insert(0, {repo!r})
from moderation import load_policy, moderate
policy = load_policy()
with open({path!r}, encoding="utf-8") as f:
    texts = [json.loads(line)["text"] for line in f if line.strip()][:{n}]
for _ in range({passes}):
    for t in texts:
        moderate(t, policy=policy)
"""
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def instructions(data: Path, n: int, passes: int) -> int:
    """Instructions the child executes for ``passes`` passes over the first ``n`` texts."""
    code = CHILD.format(repo=str(REPO), path=str(data / "davidson_dev.jsonl"), n=n, passes=passes)
    # One BLAS thread: the abuse model multiplies its tables once at load, and idle OpenBLAS
    # threads spinning after that would count as the passes' work.
    env = {**os.environ, "PYTHONHASHSEED": "0", "OPENBLAS_NUM_THREADS": "1"}
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=no",
                f"--cachegrind-out-file={tmp}/cg.out",
                sys.executable,
                "-c",
                code,
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    m = _REFS.search(out.stderr)
    if m is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{out.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    """Count both runs and print the instructions per message."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", help="folder with the eval-data files")
    ap.add_argument("--texts", type=int, default=3000, help="first N davidson_dev texts")
    ap.add_argument("--passes", type=int, nargs=2, default=(1, 3), metavar=("FEWER", "MORE"))
    args = ap.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    data = find_data(args.data)
    fewer, more = args.passes
    i_fewer = instructions(data, args.texts, fewer)
    i_more = instructions(data, args.texts, more)
    per_msg = (i_more - i_fewer) / (args.texts * (more - fewer))
    print(f"I({fewer} pass) = {i_fewer:,}  I({more} passes) = {i_more:,}")
    print(f"instructions per message: {per_msg:,.0f}  (first {args.texts:,} davidson_dev texts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
