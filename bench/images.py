"""Image figures: a 4 MP JPEG upload processed (p50, p90 over runs, one core) and the peak
RSS of processing a 40 MP image and a decompression bomb, each in a fresh subprocess
(``resource.getrusage``). The samples are made by another subprocess and the measuring ones are
started before this process decodes anything: Linux carries a parent's peak RSS across
fork and exec into the child's ``ru_maxrss``.

    python bench/images.py [--runs 20]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

from PIL import Image, ImageDraw

LIMITS = dict(max_bytes=40_000_000, max_pixels=50_000_000, max_side=12_000)


def photo(width: int, height: int) -> bytes:
    """A JPEG with detail (noise and shapes), like a photo rather than a flat colour."""
    image = Image.effect_noise((width, height), 40).convert("RGB")
    draw = ImageDraw.Draw(image)
    draw.ellipse((width // 8, height // 8, width // 2, height // 2), fill=(240, 200, 40))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=88)
    return out.getvalue()


def _make(kind: str, path: str) -> None:
    from tests.forum.images.pictures import png_bomb

    data = photo(7_746, 5_164) if kind == "40mp" else png_bomb()
    with open(path, "wb") as handle:
        handle.write(data)


def _child(kind: str, path: str) -> None:
    import resource

    from forum.images.processing import ImageRefused, Limits, process

    with open(path, "rb") as handle:
        data = handle.read()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    try:
        process(data, Limits(**LIMITS))
        outcome = "processed"
    except ImageRefused as exc:
        outcome = f"refused ({type(exc).__name__})"
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"kind": kind, "input_bytes": len(data), "outcome": outcome,
                      "peak_rss_mb": peak / 1024, "rss_before_mb": before / 1024,
                      "seconds": elapsed}))  # fmt: skip


def _rss(kind: str) -> dict:
    env = {**os.environ, "PYTHONPATH": os.getcwd()}
    with tempfile.NamedTemporaryFile(suffix=".img") as handle:
        for role in ("--make", "--child"):
            out = subprocess.run(
                [sys.executable, __file__, role, kind, handle.name], capture_output=True,
                text=True, env=env, check=True,
            )  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--child", nargs=2)
    parser.add_argument("--make", nargs=2)
    args = parser.parse_args()
    if args.make:
        _make(*args.make)
        return
    if args.child:
        _child(*args.child)
        return
    rss = [_rss(kind) for kind in ("40mp", "bomb")]  # first: this process is still small
    from forum.images.processing import Limits, process

    data = photo(2_448, 1_632)  # 4.0 MP
    process(data, Limits(**LIMITS))  # warm: imports, scipy's DCT
    times = []
    for _ in range(args.runs):
        started = time.process_time()
        process(data, Limits(**LIMITS))
        times.append(time.process_time() - started)
    times.sort()
    print(f"4 MP JPEG ({len(data) / 1e6:.1f} MB) processed, CPU time on one core over "
          f"{args.runs} runs: p50 {statistics.median(times) * 1000:.0f} ms, p90 "
          f"{times[int(len(times) * 0.9) - 1] * 1000:.0f} ms (goal: p50 <= 300 ms)")  # fmt: skip
    for r in rss:
        print(f"{r['kind']}: {r['outcome']} in {r['seconds'] * 1000:.0f} ms, input "
              f"{r['input_bytes'] / 1e6:.2f} MB, peak RSS {r['peak_rss_mb']:.0f} MB "
              f"(after imports and reading the file: {r['rss_before_mb']:.0f} MB)")  # fmt: skip


if __name__ == "__main__":
    main()
