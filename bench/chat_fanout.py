"""Chat fan-out: the forum's chat against a bare `websockets` broadcast server, same load.

    python bench/chat_fanout.py                 # N = 100 and 1,000; 1 process; 2 over Redis
    python bench/chat_fanout.py --clients 1000 --seconds 10 --no-redis

For each scenario it starts the server(s) on loopback as separate processes (the forum with
``forum run``, exactly as deployed), connects N receiving websockets to one room, and has one
member send at a steady rate over its own websocket. Every forum message goes through the
whole path: moderation, the SQLite commit, publish, fan-out. The bare server broadcasts each
frame it receives with ``websockets.broadcast`` and does nothing else: the practical ceiling
for Python on this machine. Printed per scenario: deliveries per second (messages times
recipients, first send to last delivery), p50/p99 end-to-end latency, messages lost.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import websockets

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.bare_server import BARE_PATH
from bench.fanout_servers import (
    HOST,
    ROOM,
    cpu_seconds,
    drop_database,
    free_port,
    port_of,
    postgres_database,
    prepare_forum,
    redis_answers,
    start,
)
from bench.wsclient import Receiver, connect

PAD = "lorem ipsum dolor sit amet " * 3  # a ~100-character chat message


@dataclass
class Result:
    """The figures of one run."""

    name: str
    clients: int
    rate: float
    sent: int
    deliveries: int
    seconds: float
    p50: float
    p99: float
    cpu: float = 0.0  # server CPU seconds (all its processes) while sending and delivering
    senders: int = 1

    @property
    def per_second(self) -> float:
        """Deliveries per second."""
        return self.deliveries / self.seconds if self.seconds else 0.0

    @property
    def lost(self) -> int:
        """Deliveries that never arrived."""
        return self.sent * self.clients - self.deliveries


async def _sender(url: str, token: str | None, seqs: range, rate: float, sent: dict) -> None:
    """One member sending the messages ``seqs`` on the shared schedule (``rate`` overall)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with websockets.connect(url, additional_headers=headers, max_size=None) as ws:

        async def drain() -> None:
            async for _ in ws:
                pass

        reader = asyncio.create_task(drain())
        for n in range(10):  # warm-up: first database writes, first fan-outs
            await ws.send(f'{{"type": "send", "body": "warm {n} {PAD}"}}')
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.0)
        start = time.perf_counter()
        for seq in seqs:
            delay = start + seq / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sent[seq] = time.perf_counter()
            await ws.send(f'{{"type": "send", "body": "bench {seq} {PAD}"}}')
        await asyncio.sleep(0.5)
        reader.cancel()


async def drive(name: str, urls: list[str], clients: int, rate: float, seconds: float,
                tokens: list[str | None], pids: list[int]) -> Result:  # fmt: skip
    """Connect the receivers (spread over ``urls``), send, wait for the stragglers, measure.

    With several senders, sender j sends messages j, j+S, j+2S … on one shared schedule.
    """
    receivers: list[Receiver] = []
    for batch in range(0, clients, 100):
        receivers += await asyncio.gather(
            *[
                connect(HOST, port_of(url), "/" + url.split("/", 3)[3])
                for url in (urls[i % len(urls)] for i in range(batch, min(clients, batch + 100)))
            ]
        )
    await asyncio.sleep(1.0)
    sent: dict[int, float] = {}
    cpu_before = cpu_seconds(pids)
    total, count = int(rate * seconds), len(tokens)
    await asyncio.gather(
        *[
            _sender(urls[j % len(urls)], token, range(j, total, count), rate, sent)
            for j, token in enumerate(tokens)
        ]
    )
    expected = len(sent) * clients
    deadline = time.perf_counter() + 15
    while time.perf_counter() < deadline:
        if sum(len(r.arrivals) for r in receivers) >= expected:
            break
        await asyncio.sleep(0.1)
    cpu = cpu_seconds(pids) - cpu_before
    latencies = []
    last = 0.0
    for receiver in receivers:
        for seq, at in receiver.arrivals:
            latencies.append(at - sent[seq])
            last = max(last, at)
        receiver.close()
    latencies.sort()
    first = min(sent.values())
    quantiles = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    return Result(name, clients, rate, len(sent), len(latencies), last - first,
                  quantiles[49] * 1000, quantiles[98] * 1000, cpu, count)  # fmt: skip


async def run_bare(clients: int, rate: float, seconds: float, logs: Path, senders: int) -> Result:
    """The ceiling: a bare websockets broadcast server in its own process."""
    port = free_port()
    argv = [sys.executable, str(Path(__file__).with_name("bare_server.py")), str(port)]
    proc = await start(argv, dict(os.environ), port, logs / "bare.log")
    try:
        return await drive("bare websockets", [f"ws://{HOST}:{port}{BARE_PATH}"], clients, rate,
                           seconds, [None] * senders, [proc.pid])  # fmt: skip
    finally:
        proc.terminate()
        proc.wait()


async def run_forum(
    clients: int,
    rate: float,
    seconds: float,
    logs: Path,
    processes: int,
    redis: str | None,
    senders: int,
    postgres: str | None = None,
) -> Result:
    """The forum: ``forum run`` processes on one database (and Redis when several)."""
    data_dir = Path(tempfile.mkdtemp(prefix="chat-bench-"))
    env, tokens = await prepare_forum(data_dir, senders, postgres)
    if redis:
        env["FORUM_REDIS_URL"] = redis
    procs, urls = [], []
    try:
        for n in range(processes):
            port = free_port()
            argv = [sys.executable, "-m", "forum", "run", "--host", HOST, "--port", str(port)]
            procs.append(await start(argv, env, port, logs / f"forum-{n}.log"))
            urls.append(f"ws://{HOST}:{port}/ws/chat/{ROOM}")
        name = f"forum, {processes} process" + ("es" if processes > 1 else "")
        name += (" over Redis" if redis else "") + (", PostgreSQL" if postgres else "")
        return await drive(name, urls, clients, rate, seconds, tokens, [p.pid for p in procs])
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait()
        if postgres:
            await drop_database(postgres)


def table(results: list[Result]) -> str:
    """The figures as a Markdown table, each forum row compared with the bare server's."""
    bare = {r.clients: r for r in results if r.name.startswith("bare")}
    lines = [
        "| server | clients | senders | msg/s sent | deliveries/s | p50 ms | p99 ms | lost"
        " | server CPU µs/delivery | vs bare: deliveries/s | vs bare: p99 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        ref = bare.get(r.clients)
        compare = ref is not None and ref is not r
        ratio = f"{r.per_second / ref.per_second:.0%}" if compare and ref.per_second else ""
        p99 = f"{r.p99 / ref.p99:.2f}x" if compare and ref.p99 else ""
        lines.append(
            f"| {r.name} | {r.clients:,} | {r.senders} | {r.rate:g} | {r.per_second:,.0f} | "
            f"{r.p50:.1f} | "
            f"{r.p99:.1f} | {r.lost:,} | {r.cpu / max(r.deliveries, 1) * 1e6:.1f} | {ratio} | "
            f"{p99} |"
        )
    return "\n".join(lines)


async def main() -> None:
    """Run the scenarios and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", default="100,1000", help="room sizes for the steady runs")
    parser.add_argument("--seconds", type=float, default=6.0, help="sending time per run")
    parser.add_argument(
        "--rate",
        type=float,
        default=None,
        help="steady messages per second (default: 100 for 100 clients, 30 above)",
    )
    parser.add_argument(
        "--capacity-rate",
        type=float,
        default=100.0,
        help="offered rate of the capacity runs (1,000 clients); 0 skips them",
    )
    parser.add_argument(
        "--capacity-senders", type=int, default=10, help="members sending in the capacity runs"
    )
    parser.add_argument(
        "--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
    )
    parser.add_argument("--no-redis", action="store_true", help="skip the runs over Redis")
    parser.add_argument(
        "--postgres",
        default=os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"),
        help="PostgreSQL where the runs over Redis create their databases (SQLite if down)",
    )
    args = parser.parse_args()
    logs = Path(tempfile.mkdtemp(prefix="chat-bench-logs-"))
    steady: list[Result] = []
    for clients in [int(c) for c in args.clients.split(",")]:
        rate = args.rate or (100.0 if clients <= 100 else 30.0)
        steady.append(await run_bare(clients, rate, args.seconds, logs, 1))
        steady.append(await run_forum(clients, rate, args.seconds, logs, 1, None, 1))
        print(table(steady[-2:]), flush=True)
    capacity: list[Result] = []
    if args.capacity_rate:
        rate, clients, senders = args.capacity_rate, 1000, args.capacity_senders
        capacity.append(await run_bare(clients, rate, args.seconds, logs, senders))
        capacity.append(await run_forum(clients, rate, args.seconds, logs, 1, None, senders))
        if not args.no_redis and await redis_answers(args.redis):
            # The scale-out shape: processes over PostgreSQL (SQLite serialises writers across
            # processes with a file lock and sleeps on contention), fanned out through Redis.
            for processes in (1, 2):
                database = await postgres_database(args.postgres)
                run = run_forum(
                    clients, rate, args.seconds, logs, processes, args.redis, senders, database
                )
                capacity.append(await run)
        elif not args.no_redis:
            print(f"Redis does not answer at {args.redis}: skipping the runs over Redis")
        print(table(capacity), flush=True)
    print()
    print(
        f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
        f"{args.seconds:g} s of sending per run; server logs in {logs}"
    )
    print("\nSteady rate: one member sending, well inside what one forum process sustains:\n")
    print(table(steady))
    if capacity:
        print(
            f"\nCapacity: 1,000 clients, {args.capacity_rate:g} msg/s offered "
            "(more than one forum process can fan out):\n"
        )
        print(table(capacity))


if __name__ == "__main__":
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(main())
