"""How long a private message takes to reach the open tab of its recipient, across processes.

    python bench/pm_latency.py [--pairs 50] [--messages 300] [--rate 20] [--redis URL]

Starts two forum processes on one SQLite database, joined by Redis. Each pair of members has
a conversation; every recipient has a tab open on process A (``/ws/notifications``, the live
path private messages share with notifications), and the senders write on process B, in
turn, at ``--rate`` messages per second. Prints the time from sending a message (the request
leaving the client) to its frame arriving in the recipient's tab: p50, p99, max, and any that
never arrived. The goal is p99 ≤ 1 s.
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

PAIRS_LIMITS = {
    "FORUM_LIMIT_CONVERSATIONS": "1000000/60",
    "FORUM_LIMIT_CONVERSATIONS_NEW": "1000000/60",
}


async def measure(args: argparse.Namespace, a: str, b: str, tokens: list[str]) -> None:
    """Open the conversations on B, the recipients' tabs on A, send on B, print the figures."""
    senders, recipients = tokens[0::2], tokens[1::2]
    conversations: list[int] = []
    async with httpx.AsyncClient(base_url=b, timeout=30) as http:
        for n, token in enumerate(senders):
            made = await http.post(
                "/api/conversations",
                json={"to": [f"writer{2 * n + 1}"], "title": f"Pair {n}", "body": "hello"},
                headers=auth(token),
            )
            assert made.status_code == 201, made.text
            conversations.append(made.json()["id"])
    sent: dict[int, float] = {}
    arrived: dict[int, float] = {}

    def heard(frame: dict) -> None:
        private = frame.get("private")
        if private:
            arrived.setdefault(private["id"], time.monotonic())

    tabs = await open_tabs(a, recipients, heard)
    async with httpx.AsyncClient(base_url=b, timeout=30) as http:
        for n in range(args.messages):
            pair = n % len(senders)
            started = time.monotonic()
            made = await http.post(
                f"/api/conversations/{conversations[pair]}/messages",
                json={"body": f"see you at the station, train {n}"},
                headers=auth(senders[pair]),
            )
            sent[made.json()["message_id"]] = started
            await asyncio.sleep(max(0.0, 1 / args.rate - (time.monotonic() - started)))
    await asyncio.sleep(3.0)
    for task in tabs:
        task.cancel()
    title = (
        f"# {len(recipients)} recipients with a tab on process A; {len(sent)} private messages "
        f"sent on process B at {args.rate}/s; Redis {args.redis}"
    )
    print_latencies(title, sent, arrived)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=50)
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    require_redis(args.redis)
    data_dir = Path(tempfile.mkdtemp(prefix="forum-bench-pm-"))
    env = forum_env(data_dir, None, args.redis, **PAIRS_LIMITS)
    tokens, _ = asyncio.run(prepare(env, 2 * args.pairs))
    with two_servers(env, data_dir) as (a, b):
        asyncio.run(measure(args, a, b, tokens))


if __name__ == "__main__":
    main()
