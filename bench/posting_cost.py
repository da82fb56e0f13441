"""Server CPU (and, under valgrind, instructions) per post through the whole HTTP path.

    python bench/posting_cost.py [--watchers 1000] [--writers 16] [--warmup 300] [--posts 900]
                                 [--callgrind] [--profile FILE] [--short]

The same forum, writers and mix of posts as ``bench/posting.py`` (replies in a watched topic,
new topics, board messages, 16 writers at once), but served by ONE uvicorn process and
counted per post rather than per second: after ``--warmup`` posts (the first notice of every
watcher is mailed then) it reads the server's CPU time, sends exactly ``--posts`` posts,
waits for the notification batches to finish, and prints CPU-ms per post. Wall-clock rates
on a shared machine follow the other processes' load; CPU per post moves much less, and
the instruction count (``--callgrind``: the server runs under ``valgrind --tool=callgrind``
with instrumentation switched on for the measured posts only) not at all.

``--profile FILE`` runs the server under cProfile instead and writes its stats to FILE
(``python -m pstats FILE``). ``--short`` posts two or three words each ("same here 1234"),
as in a chat: the second reader reads such a post whatever the word model says
(``read_short``), which the few dozen words of the usual mix never trigger. ``FORUM_POLICY``
set to a policy file compares settings.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import bench.posting  # noqa: E402
from bench.fanout_servers import cpu_seconds, free_port, wait_port  # noqa: E402
from bench.posting import next_post, prepare, server_env, transport  # noqa: E402

# What members type in a chat or a busy board (``--short``): two or three words, each post
# numbered so that nothing is served from a cache by its content.
SHORT = ["ok", "thanks", "lol", "agreed", "same here", "nice", "good luck", "see you", "on it"]


def short_body(n: int) -> str:
    return f"{SHORT[n % len(SHORT)]} {n}"


async def post_exactly(base: str, tokens: list[str], topic_id: int, count: int) -> int:
    """``count`` posts from all writers at once (the mix of bench/posting.py); returns how
    many were not answered 2xx."""
    left = [count]
    failed = [0]

    async def writer(http: httpx.AsyncClient, token: str, index: int) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        n = index * 1_000_000 + int(time.time() * 1000) % 100_000 * 10
        while left[0] > 0:
            left[0] -= 1
            n += 1
            url, payload = next_post(n, topic_id)
            response = await http.post(url, json=payload, headers=headers)
            if not 200 <= response.status_code < 300:
                failed[0] += 1
                if failed[0] <= 3:
                    print("   ", response.status_code, response.text[:200])

    async with httpx.AsyncClient(
        base_url=base, transport=transport(len(tokens)), timeout=600
    ) as http:
        await asyncio.gather(*(writer(http, t, i) for i, t in enumerate(tokens)))
    return failed[0]


# The server under cProfile, profiling the event loop's thread only while the measured posts
# run (SIGUSR1 starts, SIGUSR2 stops and writes the stats).
PROFILED = """
import cProfile, signal, sys
import uvicorn.main
profile = cProfile.Profile()
def stop(*_):
    profile.disable()
    profile.dump_stats({out!r})
signal.signal(signal.SIGUSR1, lambda *_: profile.enable())
signal.signal(signal.SIGUSR2, stop)
sys.argv = ["uvicorn", *sys.argv[1:]]
uvicorn.main.main()
"""


def rows_written(env: dict[str, str]) -> dict[str, int]:
    """Notifications and outbox mails in the database (read with the stdlib, off the server)."""
    import sqlite3

    path = env["FORUM_DATA_DIR"] + "/forum.sqlite"
    with sqlite3.connect(path) as con:
        notes = con.execute("SELECT COUNT(*) FROM notifications").fetchone()[0]
        mails = con.execute("SELECT COUNT(*) FROM mail_outbox").fetchone()[0]
    return {"notifications": notes, "mails": mails}


def callgrind(pid: int, *options: str) -> str:
    """Ask the callgrind in process ``pid`` to do something (instrument, zero, dump)."""
    done = subprocess.run(
        ["callgrind_control", *options, str(pid)], capture_output=True, text=True, check=True
    )
    return done.stdout


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, default=16)
    parser.add_argument("--watchers", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--posts", type=int, default=900)
    parser.add_argument("--settle", type=float, default=1.5, help="seconds for the fan-out")
    parser.add_argument("--callgrind", action="store_true", help="count instructions")
    parser.add_argument("--profile", metavar="FILE", help="cProfile the server into FILE")
    parser.add_argument(
        "--short", action="store_true", help="chat-length posts of two or three words instead"
    )
    args = parser.parse_args()
    if args.short:
        bench.posting.body = short_body

    data_dir = Path(tempfile.mkdtemp(prefix="forum-bench-cost-"))
    env = {**server_env(data_dir, argparse.Namespace(database=None, redis=None)),
           "PYTHONHASHSEED": "0"}  # fmt: skip
    tokens, topic_id = asyncio.run(prepare(env, args.writers, args.watchers))
    port = free_port()
    log = data_dir / "server.log"
    serve = ["-m", "uvicorn", "forum.app:create_app", "--factory", "--host", "127.0.0.1",
             "--port", str(port), "--no-access-log", "--log-level", "warning"]  # fmt: skip
    out = data_dir / "callgrind.out"
    if args.callgrind:
        argv = ["valgrind", "--tool=callgrind", "--instr-atstart=no",
                f"--callgrind-out-file={out}", sys.executable, *serve]  # fmt: skip
    elif args.profile:
        code = PROFILED.format(out=str(Path(args.profile).resolve()))
        argv = [sys.executable, "-c", code, *serve[2:]]
    else:
        argv = [sys.executable, *serve]
    server = subprocess.Popen(argv, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    slow = 40 if args.callgrind else 1
    try:
        if args.callgrind:
            _wait_slow(port, server)
        else:
            asyncio.run(wait_port(port, server, log))
        failed = asyncio.run(post_exactly(base, tokens, topic_id, args.warmup))
        time.sleep(args.settle * slow)
        if args.callgrind:
            callgrind(server.pid, "-i", "on")
        if args.profile:
            server.send_signal(signal.SIGUSR1)
        rows0 = rows_written(env)
        cpu0, started = cpu_seconds([server.pid]), time.monotonic()
        failed += asyncio.run(post_exactly(base, tokens, topic_id, args.posts))
        posting_wall = time.monotonic() - started
        time.sleep(args.settle * slow)
        cpu = cpu_seconds([server.pid]) - cpu0
        if args.profile:
            server.send_signal(signal.SIGUSR2)
        rows1 = rows_written(env)
        refs = None
        if args.callgrind:
            callgrind(server.pid, "-d")
            callgrind(server.pid, "-i", "off")
            dumps = sorted(data_dir.glob("callgrind.out*"), key=lambda p: p.stat().st_mtime)
            summary = re.search(r"^(?:summary|totals):\s+(\d+)", dumps[-1].read_text(), re.M)
            refs = int(summary.group(1)) if summary else None
        print(f"# {args.writers} writers, 1 uvicorn process, SQLite (WAL, FULL), "
              f"{args.watchers} watchers; {args.warmup} posts of warm-up, then {args.posts}; "
              f"load average {os.getloadavg()[0]:.2f}")  # fmt: skip
        print(
            f"server CPU per post: {cpu / args.posts * 1000:.2f} ms "
            f"({args.posts / posting_wall:.0f} posts/s while posting; non-2xx {failed})"
        )
        written = ", ".join(f"{k} {rows1[k] - rows0[k]}" for k in rows1)
        print(f"written while measuring: {written}")
        if refs is not None:
            print(f"instructions per post: {refs / args.posts / 1e6:.2f} M")
    finally:
        server.send_signal(2)  # SIGINT: uvicorn shuts down cleanly (cProfile writes its file)
        try:
            server.wait(timeout=60 * slow)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(data_dir, ignore_errors=True)


def _wait_slow(port: int, server: subprocess.Popen) -> None:
    """Wait for a server started under valgrind (minutes, not seconds)."""
    for _ in range(1200):
        if server.poll() is not None:
            raise RuntimeError("server exited")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise RuntimeError("server did not start")


if __name__ == "__main__":
    main()
