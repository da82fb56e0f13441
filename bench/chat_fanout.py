"""Chat fan-out: the forum's chat against a bare `websockets` broadcast server, same load.

    python bench/chat_fanout.py                 # N = 100 and 1,000; 1 process; 2 over Redis
    python bench/chat_fanout.py --clients 1000 --seconds 10 --no-redis

For each scenario it starts the server(s) on loopback as separate processes (the forum with
``forum run``, exactly as deployed), connects N receiving websockets to one room, and has one
member send at a steady rate over its own websocket. Every forum message goes through the
whole path: moderation, the SQLite commit, publish, fan-out. The bare server broadcasts each
frame it receives with ``websockets.broadcast`` and does nothing else: the practical ceiling
for Python on this machine. Printed per scenario: deliveries per second (messages ×
recipients, first send to last delivery), p50/p99 end-to-end latency, messages lost.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import websockets

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.bare_server import BARE_PATH  # noqa: E402
from bench.wsclient import Receiver, connect  # noqa: E402

HOST = "127.0.0.1"
ROOM = "bench"
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

    @property
    def per_second(self) -> float:
        """Deliveries per second."""
        return self.deliveries / self.seconds if self.seconds else 0.0

    @property
    def lost(self) -> int:
        """Deliveries that never arrived."""
        return self.sent * self.clients - self.deliveries


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


async def _wait_port(port: int, proc: subprocess.Popen, log: Path) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            raise RuntimeError(f"server exited:\n{log.read_text()[-2000:]}")
        try:
            _, writer = await asyncio.open_connection(HOST, port)
            writer.close()
            return
        except OSError:
            await asyncio.sleep(0.1)
    raise RuntimeError(f"server on {port} did not start:\n{log.read_text()[-2000:]}")


async def _start(argv: list[str], env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    proc = subprocess.Popen(argv, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    await _wait_port(port, proc, log)
    return proc


async def prepare_forum(data_dir: Path) -> tuple[dict[str, str], str]:
    """A migrated SQLite forum with the chat room and a sender; its env and the sender's token."""
    from forum import db
    from forum.accounts import create_account
    from forum.sessions import issue_api_token
    from forum.tables import Space, SpaceKind

    env = {
        **os.environ,
        "FORUM_DATA_DIR": str(data_dir),
        "FORUM_SEED_DEMO": "0",
        "FORUM_SECRET_KEY": "bench-secret",
        "FORUM_CHAT_RATE": "1000000",  # one sender at a steady rate: no per-member limit here
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
    }
    env.pop("FORUM_REDIS_URL", None)
    db.bind(db.make_engine(f"sqlite:///{data_dir / 'forum.sqlite'}"))
    await db.migrate()
    await Space(slug=ROOM, title="Bench", kind=SpaceKind.chat.value).save()
    sender = await create_account(
        "sender", "sender@example.test", "a long bench password", accept_terms=True,
        password_profile="fast",
    )  # fmt: skip
    return env, await issue_api_token(sender.id, "bench")


async def _sender(url: str, token: str | None, rate: float, seconds: float, sent: dict) -> None:
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
        for seq in range(int(rate * seconds)):
            delay = start + seq / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            sent[seq] = time.perf_counter()
            await ws.send(f'{{"type": "send", "body": "bench {seq} {PAD}"}}')
        await asyncio.sleep(0.5)
        reader.cancel()


async def drive(name: str, urls: list[str], clients: int, rate: float, seconds: float,
                token: str | None) -> Result:  # fmt: skip
    """Connect the receivers (spread over ``urls``), send, wait for the stragglers, measure."""
    receivers: list[Receiver] = []
    for batch in range(0, clients, 100):
        receivers += await asyncio.gather(
            *[
                connect(HOST, int(urls[i % len(urls)].rsplit(":", 1)[1].split("/")[0]),
                        "/" + urls[i % len(urls)].split("/", 3)[3])  # fmt: skip
                for i in range(batch, min(clients, batch + 100))
            ]
        )
    await asyncio.sleep(1.0)
    sent: dict[int, float] = {}
    await _sender(urls[0], token, rate, seconds, sent)
    expected = len(sent) * clients
    deadline = time.perf_counter() + 15
    while time.perf_counter() < deadline:
        if sum(len(r.arrivals) for r in receivers) >= expected:
            break
        await asyncio.sleep(0.1)
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
                  quantiles[49] * 1000, quantiles[98] * 1000)  # fmt: skip


async def run_bare(clients: int, rate: float, seconds: float, logs: Path) -> Result:
    """The ceiling: a bare websockets broadcast server in its own process."""
    port = _free_port()
    argv = [sys.executable, str(Path(__file__).with_name("bare_server.py")), str(port)]
    proc = await _start(argv, dict(os.environ), port, logs / "bare.log")
    try:
        return await drive("bare websockets", [f"ws://{HOST}:{port}{BARE_PATH}"], clients, rate,
                           seconds, None)  # fmt: skip
    finally:
        proc.terminate()
        proc.wait()


async def run_forum(clients: int, rate: float, seconds: float, logs: Path, processes: int,
                    redis: str | None) -> Result:  # fmt: skip
    """The forum: ``forum run`` processes sharing one SQLite file (and Redis when several)."""
    data_dir = Path(tempfile.mkdtemp(prefix="chat-bench-"))
    env, token = await prepare_forum(data_dir)
    if redis:
        env["FORUM_REDIS_URL"] = redis
    procs, urls = [], []
    try:
        for n in range(processes):
            port = _free_port()
            argv = [sys.executable, "-m", "forum", "run", "--host", HOST, "--port", str(port)]
            procs.append(await _start(argv, env, port, logs / f"forum-{n}.log"))
            urls.append(f"ws://{HOST}:{port}/ws/chat/{ROOM}")
        name = f"forum, {processes} process" + ("es over Redis" if processes > 1 else "")
        return await drive(name, urls, clients, rate, seconds, token)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait()


def table(results: list[Result]) -> str:
    """The figures as a Markdown table, each forum row compared with the bare server's."""
    bare = {r.clients: r for r in results if r.name.startswith("bare")}
    lines = [
        "| server | clients | msg/s sent | deliveries/s | p50 ms | p99 ms | lost"
        " | vs bare: deliveries/s | vs bare: p99 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        ref = bare.get(r.clients)
        ratio = f"{r.per_second / ref.per_second:.0%}" if ref and ref is not r and ref.per_second else ""
        p99 = f"{r.p99 / ref.p99:.2f}×" if ref and ref is not r and ref.p99 else ""
        lines.append(
            f"| {r.name} | {r.clients:,} | {r.rate:g} | {r.per_second:,.0f} | {r.p50:.1f} | "
            f"{r.p99:.1f} | {r.lost:,} | {ratio} | {p99} |"
        )
    return "\n".join(lines)


async def main() -> None:
    """Run the scenarios and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", default="100,1000", help="comma-separated room sizes")
    parser.add_argument("--seconds", type=float, default=8.0, help="sending time per run")
    parser.add_argument("--rate", type=float, default=None,
                        help="messages per second (default: 200 for 100 clients, 50 for 1,000)")
    parser.add_argument("--redis", default=os.environ.get("BENCH_REDIS_URL",
                                                          "redis://127.0.0.1:6379/15"))
    parser.add_argument("--no-redis", action="store_true", help="skip the 2-process run")
    args = parser.parse_args()
    logs = Path(tempfile.mkdtemp(prefix="chat-bench-logs-"))
    results = []
    for clients in [int(c) for c in args.clients.split(",")]:
        rate = args.rate or (200.0 if clients <= 100 else 50.0)
        results.append(await run_bare(clients, rate, args.seconds, logs))
        results.append(await run_forum(clients, rate, args.seconds, logs, 1, None))
        if clients >= 1000 and not args.no_redis:
            results.append(await run_forum(clients, rate, args.seconds, logs, 1, args.redis))
            results[-1].name = "forum, 1 process over Redis"
            results.append(await run_forum(clients, rate, args.seconds, logs, 2, args.redis))
        print(table(results[-4 if clients >= 1000 else -2 :]), flush=True)
    print()
    print(f"{os.cpu_count()} CPUs, Python {sys.version.split()[0]}; logs in {logs}")
    print(table(results))


if __name__ == "__main__":
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    asyncio.run(main())
