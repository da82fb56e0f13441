"""What the cross-process latency benchmarks share: two forum processes on one SQLite file
joined by Redis, the recipients' open tabs, and the latency figures.

Used by bench/notify_latency.py (replies to watchers) and bench/pm_latency.py (private
messages).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import websockets

from bench.fanout_servers import free_port, redis_answers, start


def auth(token: str) -> dict[str, str]:
    """The header that signs a request in with an API token."""
    return {"Authorization": f"Bearer {token}"}


def require_redis(url: str) -> None:
    """Stop with a sentence when Redis does not answer (the processes need it)."""
    if not asyncio.run(redis_answers(url)):
        sys.exit(f"Redis does not answer at {url}")


@contextlib.contextmanager
def two_servers(env: dict[str, str], data_dir: Path) -> Iterator[list[str]]:
    """Processes A and B on the prepared forum in ``data_dir``; yields their base URLs. On
    the way out: both stopped, their warnings and errors reported (why a frame went
    missing), the data directory removed."""
    procs: list[subprocess.Popen] = []
    try:
        urls = []
        for name in ("a", "b"):
            port = free_port()
            argv = [sys.executable, "-m", "uvicorn", "forum.app:create_app", "--factory",
                    "--host", "127.0.0.1", "--port", str(port), "--no-access-log",
                    "--log-level", "warning"]  # fmt: skip
            log = data_dir / f"server-{name}.log"
            procs.append(asyncio.run(start(argv, env, port, log)))
            urls.append(f"http://127.0.0.1:{port}")
        yield urls
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=20)
        for log in sorted(data_dir.glob("server-*.log")):
            lines = log.read_text().splitlines()
            problems = [
                ln for ln in lines if ("WARNING" in ln or "Error" in ln) and "PUBLIC_URL" not in ln
            ]
            if problems:
                print(f"# {log.name}: {len(problems)} warnings or errors, first: {problems[0]}")
        shutil.rmtree(data_dir, ignore_errors=True)


async def open_tabs(
    base: str, tokens: list[str], heard: Callable[[dict[str, Any]], None]
) -> list[asyncio.Task]:
    """One ``/ws/notifications`` tab per token on ``base``, each frame handed to ``heard``;
    returns once every tab is open and its process subscribed (a frame sent before would be
    missed, and counted lost)."""
    opened: list[str] = []

    async def tab(token: str) -> None:
        url = base.replace("http", "ws", 1) + "/ws/notifications"
        async with websockets.connect(url, additional_headers=auth(token), max_queue=None) as ws:
            opened.append(token)
            async for raw in ws:
                heard(json.loads(raw))

    tabs = [asyncio.create_task(tab(token)) for token in tokens]
    deadline = time.monotonic() + 60
    while len(opened) < len(tokens) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)
    return tabs


def print_latencies(title: str, sent: dict[Any, float], arrived: dict[Any, float]) -> None:
    """p50, p99 and max from sending to arriving, and how many never arrived."""
    latencies = sorted(arrived[key] - at for key, at in sent.items() if key in arrived)
    missing = len(sent) - len(latencies)
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)] if latencies else float("nan")
    print(title)
    print(f"{'p50 ms':>8}{'p99 ms':>8}{'max ms':>8}{'missing':>9}")
    print(
        f"{statistics.median(latencies) * 1000:>8.0f}{p99 * 1000:>8.0f}"
        f"{latencies[-1] * 1000:>8.0f}{missing:>9}"
    )
