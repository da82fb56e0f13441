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
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fanout_servers import forum_env  # noqa: E402
from bench.posting import prepare  # noqa: E402
from bench.two_processes import (  # noqa: E402
    auth,
    open_tabs,
    print_latencies,
    require_redis,
    two_servers,
)


async def measure(args: argparse.Namespace, a: str, b: str, tokens: list[str], topic: int) -> None:
    """Every watcher watches the topic and has a post in it; open the tabs on A, reply on B,
    and print the figures."""
    writer, watchers = tokens[0], tokens[1:]
    posts: list[int] = []
    async with httpx.AsyncClient(base_url=a, timeout=30) as http:
        for token in watchers:
            await http.post(f"/api/topics/{topic}/watch", headers=auth(token))
        for token in watchers:
            made = await http.post(
                f"/api/topics/{topic}/posts",
                json={"body": "a post to be answered"},
                headers=auth(token),
            )
            posts.append(made.json()["id"])
    sent: dict[str, float] = {}
    arrived: dict[str, float] = {}

    def heard(frame: dict) -> None:
        if frame.get("kind") == "reply":
            arrived.setdefault(frame["link"], time.monotonic())

    tabs = await open_tabs(a, watchers, heard)
    async with httpx.AsyncClient(base_url=b, timeout=30) as http:
        for n in range(args.replies):
            started = time.monotonic()
            made = await http.post(
                f"/api/topics/{topic}/posts",
                json={"body": f"an answer ({n})", "parent_id": posts[n % len(posts)]},
                headers=auth(writer),
            )
            sent[f"/p/{made.json()['id']}"] = started
            await asyncio.sleep(max(0.0, 1 / args.rate - (time.monotonic() - started)))
    await asyncio.sleep(3.0)
    for task in tabs:
        task.cancel()
    title = (
        f"# {len(watchers)} watchers with a tab on process A; {len(sent)} replies on process B "
        f"at {args.rate}/s; Redis {args.redis}"
    )
    print_latencies(title, sent, arrived)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--watchers", type=int, default=100)
    parser.add_argument("--replies", type=int, default=300)
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    require_redis(args.redis)
    data_dir = Path(tempfile.mkdtemp(prefix="forum-bench-notify-"))
    env = forum_env(data_dir, None, args.redis)
    tokens, topic = asyncio.run(prepare(env, args.watchers + 1))
    with two_servers(env, data_dir) as (a, b):
        asyncio.run(measure(args, a, b, tokens, topic))


if __name__ == "__main__":
    main()
