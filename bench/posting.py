"""Posts per second through the whole path (moderation, durable commit, publish) over HTTP.

    python bench/posting.py [--writers 16] [--seconds 15] [--workers 2] [--watchers 1000]
                            [--postgres postgres://…/postgres]

Starts the forum with ``uvicorn --workers N`` on a fresh database (SQLite by default, in WAL
mode with synchronous=FULL, as the forum insists), creates one member per writer, and lets
the writers post as fast as the server answers: each writer alternates replies in a shared
topic, new topics and board messages (every post goes through the content policy). Prints
posts/s, latency percentiles, every non-2xx answer by status (a "database is locked" would
show here and is also searched for in the server log), and the CPU of server and client.

``--watchers N`` makes N more members watch the shared topic (and the forum), so every reply
and new topic fans out notifications to them; the notifications written are counted at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fanout_servers import (  # noqa: E402
    add_database_options,
    cpu_seconds,
    drop_database,
    forum_env,
    free_port,
    make_database,
    wait_port,
)

TEXT = (
    "the garden needs water after a long dry week and the tomatoes are finally turning red "
    "while the basil keeps flowering no matter how often I pinch it back"
)
WORDS = TEXT.split(" ")


def server_env(data_dir: Path, args: argparse.Namespace) -> dict[str, str]:
    """FORUM_* settings for the benchmarked server (and the preparing process)."""
    return forum_env(data_dir, args.database, args.redis)


async def add_watchers(count: int, topic_id: int, space_id: int) -> None:
    """``count`` members who watch the shared topic and its forum (inserted in bulk)."""
    from datetime import UTC, datetime

    from forum.storage import db
    from forum.storage.member_tables import Watch
    from forum.storage.tables import User

    now = datetime.now(UTC)
    for start in range(0, count, 250):
        names = [f"watcher{n}" for n in range(start, min(count, start + 250))]
        async with db.write_transaction():
            await User.insert(
                *[User(username=n, email=f"{n}@example.test", terms_accepted_at=now) for n in names]
            )
        ids = await User.select(User.id).where(User.username.is_in(names))
        async with db.write_transaction():
            await Watch.insert(*[Watch(user=r["id"], topic=topic_id, created=now) for r in ids])
            await Watch.insert(*[Watch(user=r["id"], space=space_id, created=now) for r in ids])


async def count_notifications(env: dict[str, str]) -> int:
    """How many notifications the run wrote."""
    os.environ.update(env)
    from forum.settings import load_settings
    from forum.storage import db
    from forum.storage.desk_tables import Notification

    async with db.connected(load_settings().database_url):
        return await Notification.count()


async def prepare(env: dict[str, str], writers: int, watchers: int = 0) -> tuple[list[str], int]:
    """Demo community, one API token per writer, and a topic to reply in (watched by
    ``watchers`` members)."""
    os.environ.update(env)
    from forum import limits
    from forum.accounts.members import create_account
    from forum.accounts.sessions import issue_api_token
    from forum.cli.bootstrap import prepare_database
    from forum.posting import submitting
    from forum.reading.queries import space_by_slug
    from forum.settings import load_settings
    from forum.storage import db

    settings = load_settings()
    many = limits.Rule(1_000_000, 60)
    limits.configure(limits.MemoryLimiter(), limits.Rules(posts=many, posts_new=many))
    tokens = []
    async with db.connected(settings.database_url):
        await prepare_database(settings, seed=True)
        for n in range(writers):
            account = await create_account(
                f"writer{n}", f"writer{n}@example.test", "a long bench passphrase",
                accept_terms=True, password_profile="fast",
            )  # fmt: skip
            tokens.append(await issue_api_token(account.id, "bench"))
            if n == 0:
                space = await space_by_slug("general")
                topic = await submitting.submit_topic(
                    account, space, "Replies go here", "First post.", max_chars=20_000
                )
        if watchers:
            await add_watchers(watchers, topic.topic_id, space["id"])  # type: ignore[index]
    return tokens, topic.topic_id  # type: ignore[return-value]


def body(n: int) -> str:
    """A harmless post of a few dozen words (varies, so nothing is cached by content)."""
    start = n % len(WORDS)
    return " ".join((WORDS[start:] + WORDS[:start]) * 2) + f" (post {n})"


def next_post(n: int, topic_id: int) -> tuple[str, dict]:
    """The n-th post of the mix, as (URL, JSON body): a reply in the shared topic, a new topic
    and a board message in turn."""
    kind = n % 3
    if kind == 0:
        return f"/api/topics/{topic_id}/posts", {"body": body(n)}
    if kind == 1:
        return "/api/spaces/general/topics", {"title": f"Topic {n}", "body": body(n)}
    return "/api/spaces/wall/messages", {"body": body(n)}


def transport(writers: int) -> httpx.AsyncHTTPTransport:
    """A kept-alive connection per writer, with TCP_NODELAY: without it the body waits for the
    ACK of the headers, ~40 ms per post."""
    limits = httpx.Limits(max_connections=writers, max_keepalive_connections=writers)
    return httpx.AsyncHTTPTransport(
        limits=limits, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
    )


async def writer(
    http: httpx.AsyncClient, token: str, topic_id: int, index: int, stop: float, stats: dict
) -> None:
    """Post until ``stop``: replies, topics and board messages in turn."""
    headers = {"Authorization": f"Bearer {token}"}
    n = index * 1_000_000
    while time.monotonic() < stop:
        n += 1
        url, payload = next_post(n, topic_id)
        started = time.monotonic()
        try:
            response = await http.post(url, json=payload, headers=headers)
            status, text = response.status_code, response.text
        except httpx.HTTPError as exc:
            status, text = 0, repr(exc)
        stats["latency"].append(time.monotonic() - started)
        stats["status"][status] += 1
        if "locked" in text.lower():
            stats["locked"] += 1
        if not 200 <= status < 300 and len(stats["samples"]) < 5:
            stats["samples"].append(f"{status} {text[:200]}")
        if status == 201:
            stats["post_status"][response.json().get("status")] += 1


async def run(base: str, tokens: list[str], topic_id: int, seconds: float) -> dict:
    """All writers at once for ``seconds``."""
    stats: dict = {
        "latency": [], "status": collections.Counter(), "post_status": collections.Counter(),
        "locked": 0, "samples": [],
    }  # fmt: skip
    async with httpx.AsyncClient(
        base_url=base, transport=transport(len(tokens)), timeout=60
    ) as http:
        stop = time.monotonic() + seconds
        await asyncio.gather(
            *(writer(http, t, topic_id, i, stop, stats) for i, t in enumerate(tokens))
        )
    return stats


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--watchers", type=int, default=0, help="members watching the topic")
    add_database_options(parser, "redis://… (pub/sub, rate limits, page-cache generations)")
    args = parser.parse_args()
    make_database(args)

    data_dir = Path(tempfile.mkdtemp(prefix="forum-bench-posting-"))
    env = server_env(data_dir, args)
    tokens, topic_id = asyncio.run(prepare(env, args.writers, args.watchers))
    port = free_port()
    log = data_dir / "server.log"
    argv = [sys.executable, "-m", "uvicorn", "forum.app:create_app", "--factory",
            "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers),
            "--no-access-log", "--log-level", "warning"]  # fmt: skip
    server = subprocess.Popen(argv, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        asyncio.run(wait_port(port, server, log))
        pids = [int(p) for p in subprocess.run(
            ["pgrep", "-P", str(server.pid)], capture_output=True, text=True
        ).stdout.split()] + [server.pid]  # fmt: skip
        print(f"# {args.writers} writers (one httpx client process), {args.workers} uvicorn "
              f"workers, database {'PostgreSQL' if args.database else 'SQLite (WAL, FULL)'}"
              f"{', Redis' if args.redis else ''}; {args.watchers} watchers of the shared topic "
              f"and forum; {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.2f} at start")  # fmt: skip
        print(f"{'round':<7}{'posts/s':>8}{'p50 ms':>8}{'p99 ms':>8}{'non-2xx':>9}{'locked':>8}"
              f"{'server CPU':>12}{'client CPU':>12}  statuses")  # fmt: skip
        rates = []
        for number in range(1, args.rounds + 1):
            cpu0, own0, started = cpu_seconds(pids), time.process_time(), time.monotonic()
            stats = asyncio.run(run(f"http://127.0.0.1:{port}", tokens, topic_id, args.seconds))
            wall = time.monotonic() - started
            server_cpu = (cpu_seconds(pids) - cpu0) / wall
            client_cpu = (time.process_time() - own0) / wall
            ok = sum(n for s, n in stats["status"].items() if 200 <= s < 300)
            bad = sum(stats["status"].values()) - ok
            latency = sorted(stats["latency"])
            p99 = latency[int(len(latency) * 0.99) - 1] * 1000
            rates.append(ok / wall)
            print(f"{number:<7}{ok / wall:>8.0f}{statistics.median(latency) * 1000:>8.1f}"
                  f"{p99:>8.1f}{bad:>9}{stats['locked']:>8}{server_cpu:>12.0%}"
                  f"{client_cpu:>12.0%}  {dict(stats['post_status'])}")  # fmt: skip
            for sample in stats["samples"]:
                print("   ", sample)
        locked_in_log = log.read_text().lower().count("database is locked")
        print(
            f"median {statistics.median(rates):.0f} posts/s; 'database is locked' in the "
            f"server log: {locked_in_log}"
        )
        if args.watchers:
            time.sleep(2)  # the fan-out runs after the commits
            written = asyncio.run(count_notifications(env))
            print(f"notifications written: {written}")
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(data_dir, ignore_errors=True)
        if args.database:
            asyncio.run(drop_database(args.database))


if __name__ == "__main__":
    main()
