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

PAIRS_LIMITS = {
    "FORUM_LIMIT_CONVERSATIONS": "1000000/60",
    "FORUM_LIMIT_CONVERSATIONS_NEW": "1000000/60",
}


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def measure(args: argparse.Namespace, a: str, b: str, tokens: list[str]) -> None:
    """Open the conversations on B, the recipients' tabs on A, send on B, print the figures."""
    senders, recipients = tokens[0::2], tokens[1::2]
    conversations: list[int] = []
    async with httpx.AsyncClient(base_url=b, timeout=30) as http:
        for n, token in enumerate(senders):
            made = await http.post(
                "/api/conversations",
                json={"to": [f"writer{2 * n + 1}"], "title": f"Pair {n}", "body": "hello"},
                headers=_auth(token),
            )
            assert made.status_code == 201, made.text
            conversations.append(made.json()["id"])
    sent: dict[int, float] = {}
    arrived: dict[int, float] = {}

    opened: list[str] = []

    async def tab(token: str) -> None:
        url = a.replace("http", "ws", 1) + "/ws/notifications"
        async with websockets.connect(url, additional_headers=_auth(token), max_queue=None) as ws:
            opened.append(token)
            async for raw in ws:
                private = json.loads(raw).get("private")
                if private:
                    arrived.setdefault(private["id"], time.monotonic())

    tabs = [asyncio.create_task(tab(t)) for t in recipients]
    deadline = time.monotonic() + 60
    while len(opened) < len(recipients) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)  # a message sent before its tab opened would be missed
    await asyncio.sleep(0.5)  # and the process subscribed
    async with httpx.AsyncClient(base_url=b, timeout=30) as http:
        for n in range(args.messages):
            pair = n % len(senders)
            started = time.monotonic()
            made = await http.post(
                f"/api/conversations/{conversations[pair]}/messages",
                json={"body": f"see you at the station, train {n}"},
                headers=_auth(senders[pair]),
            )
            sent[made.json()["message_id"]] = started
            await asyncio.sleep(max(0.0, 1 / args.rate - (time.monotonic() - started)))
    await asyncio.sleep(3.0)
    for task in tabs:
        task.cancel()
    latencies = sorted(arrived[i] - t for i, t in sent.items() if i in arrived)
    missing = len(sent) - len(latencies)
    p99 = latencies[max(0, int(len(latencies) * 0.99) - 1)] if latencies else float("nan")
    print(
        f"# {len(recipients)} recipients with a tab on process A; {len(sent)} private messages "
        f"sent on process B at {args.rate}/s; Redis {args.redis}"
    )
    print(f"{'p50 ms':>8}{'p99 ms':>8}{'max ms':>8}{'missing':>9}")
    print(
        f"{statistics.median(latencies) * 1000:>8.0f}{p99 * 1000:>8.0f}"
        f"{latencies[-1] * 1000:>8.0f}{missing:>9}"
    )


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=50)
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    if not asyncio.run(redis_answers(args.redis)):
        sys.exit(f"Redis does not answer at {args.redis}")
    data_dir = Path(tempfile.mkdtemp(prefix="forum-bench-pm-"))
    env = forum_env(data_dir, None, args.redis, **PAIRS_LIMITS)
    tokens, _ = asyncio.run(prepare(env, 2 * args.pairs))
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
        asyncio.run(measure(args, urls[0], urls[1], tokens))
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=20)
        for log in sorted(data_dir.glob("server-*.log")):  # why a message went missing
            lines = log.read_text().splitlines()
            problems = [
                ln for ln in lines if ("WARNING" in ln or "Error" in ln) and "PUBLIC_URL" not in ln
            ]
            if problems:
                print(f"# {log.name}: {len(problems)} warnings or errors, first: {problems[0]}")
        shutil.rmtree(data_dir, ignore_errors=True)


if __name__ == "__main__":
    main()
