"""How long a reply takes to reach the open tab of the member it answers, across processes.

    python bench/notify_latency.py [--watchers 100] [--replies 300] [--rate 30] [--redis URL]

Starts two forum processes on one SQLite database, joined by Redis. Every watcher has a post
in a shared topic (which they all watch) and a tab open on process A (``/ws/notifications``);
writers on process B reply to those posts in turn at ``--rate`` replies per second. Each
reply notifies the member answered ("reply", with the reply's own link) and every other
watcher ("watching"), so the fan-out is the real one. Prints, per reply, the time from
sending the reply to its notification arriving in the answered member's tab: p50, p99, max,
and any that never arrived.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx
import websockets

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fanout_servers import forum_env, free_port, redis_answers, start  # noqa: E402
from bench.posting import prepare  # noqa: E402


async def measure(args: argparse.Namespace, a: str, b: str, tokens: list[str], topic: int) -> None:
    """Open the tabs on A, reply on B, and print the figures."""
    writer, watchers = tokens[0], tokens[1:]
    posts: list[int] = []
    async with httpx.AsyncClient(base_url=a, timeout=30) as http:
        for token in watchers:
            made = await http.post(
                f"/api/topics/{topic}/posts",
                json={"body": "a post to be answered"},
                headers={"Authorization": f"Bearer {token}"},
            )
            posts.append(made.json()["id"])
    sent: dict[str, float] = {}
    arrived: dict[str, float] = {}

    async def tab(token: str) -> None:
        url = a.replace("http", "ws", 1) + "/ws/notifications"
        headers = {"Authorization": f"Bearer {token}"}
        async with websockets.connect(url, additional_headers=headers, max_queue=None) as ws:
            async for raw in ws:
                frame = json.loads(raw)
                if frame.get("kind") == "reply":
                    arrived.setdefault(frame["link"], time.monotonic())

    tabs = [asyncio.create_task(tab(t)) for t in watchers]
    await asyncio.sleep(1.0)  # every tab open and subscribed
    async with httpx.AsyncClient(base_url=b, timeout=30) as http:
        headers = {"Authorization": f"Bearer {writer}"}
        for n in range(args.replies):
            started = time.monotonic()
            made = await http.post(
                f"/api/topics/{topic}/posts",
                json={"body": f"an answer ({n})", "parent_id": posts[n % len(posts)]},
                headers=headers,
            )
            sent[f"/p/{made.json()['id']}"] = started
            await asyncio.sleep(max(0.0, 1 / args.rate - (time.monotonic() - started)))
    await asyncio.sleep(3.0)
    for task in tabs:
        task.cancel()
    latencies = sorted(arrived[link] - t for link, t in sent.items() if link in arrived)
    missing = len(sent) - len(latencies)
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)] if latencies else float("nan")
    print(
        f"# {len(watchers)} watchers with a tab on process A; {len(sent)} replies on process B "
        f"at {args.rate}/s; Redis {args.redis}"
    )
    print(f"{'p50 ms':>8}{'p99 ms':>8}{'max ms':>8}{'missing':>9}")
    print(
        f"{statistics.median(latencies) * 1000:>8.0f}{p99 * 1000:>8.0f}"
        f"{latencies[-1] * 1000:>8.0f}{missing:>9}"
    )


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--watchers", type=int, default=100)
    parser.add_argument("--replies", type=int, default=300)
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    if not asyncio.run(redis_answers(args.redis)):
        sys.exit(f"Redis does not answer at {args.redis}")
    data_dir = Path(tempfile.mkdtemp(prefix="forum-bench-notify-"))
    env = forum_env(data_dir, None, args.redis)
    tokens, topic = asyncio.run(prepare(env, args.watchers + 1))
    procs = []
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
        asyncio.run(watch_and_measure(args, urls, tokens, topic))
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=20)
        shutil.rmtree(data_dir, ignore_errors=True)


async def watch_and_measure(
    args: argparse.Namespace, urls: list[str], tokens: list[str], topic: int
) -> None:
    """Every watcher watches the topic, then the measurement runs."""
    async with httpx.AsyncClient(base_url=urls[0], timeout=30) as http:
        for token in tokens[1:]:
            await http.post(
                f"/api/topics/{topic}/watch", headers={"Authorization": f"Bearer {token}"}
            )
    await measure(args, urls[0], urls[1], tokens, topic)


if __name__ == "__main__":
    main()
