"""HTTP pages against their ceiling: requests/s and p99 for a 50-post topic and the home page.

    python bench/http_pages.py [--rounds 3] [--seconds 8] [--connections 64] [--workers 2]
                               [--postgres postgres://…/postgres] [--redis redis://…]

Starts the forum with ``uvicorn --workers 2`` on a fresh data directory (SQLite by default),
prepares a topic with 50 posts and a signed-in member, and measures each page with ``wrk``
(Debian package ``wrk``: a C load generator) at 64 connections:

- the page itself, for a visitor (no cookie) and for a member (session + CSRF cookies);
- the **ceiling**: ``/_bench/ceiling/NAME``, a route of the same app (FORUM_BENCH_CEILING)
  that answers with the bytes of that very page from memory, requested with the same
  cookies, so routing, middleware, session look-up and request logging are paid alike.
  Members are also set against the visitor's ceiling (the bytes alone, no session look-up),
  the stricter reading; a target counts as met only when both ratios meet it.

Page and ceiling runs alternate within each round, so a busy neighbour on a shared machine
hits both; the ratio per round is the robust figure. wrk's own CPU time is printed as a share
of one core, to show that the load generator is not the bottleneck.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import resource
import shutil
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

PASSWORD = "a long bench passphrase"


def server_env(data_dir: Path, args: argparse.Namespace) -> dict[str, str]:
    """FORUM_* settings for the benchmarked server (and the preparing process)."""
    extra = {"FORUM_PAGE_CACHE_ENTRIES": "0"} if args.no_cache else {}
    return forum_env(
        data_dir, args.database, args.redis, FORUM_BENCH_CEILING=str(data_dir / "ceiling"), **extra
    )


async def prepare(env: dict[str, str], posts: int) -> tuple[int, str]:
    """Demo community, a topic of ``posts`` posts, and a member's session: (topic id, token)."""
    os.environ.update(env)
    from forum import limits
    from forum.accounts.members import create_account
    from forum.accounts.sessions import start_session
    from forum.cli.bootstrap import prepare_database
    from forum.posting import submitting
    from forum.privacy.policies import acknowledge
    from forum.reading.queries import space_by_slug
    from forum.settings import load_settings
    from forum.storage import db
    from forum.storage.tables import Space, Topic

    settings = load_settings()
    many = limits.Rule(1_000_000, 60)
    limits.configure(limits.MemoryLimiter(), limits.Rules(posts=many, posts_new=many))
    async with db.connected(settings.database_url):
        await prepare_database(settings, seed=True)
        author = await create_account(
            "bencher", "bench@example.test", PASSWORD, accept_terms=True, password_profile="fast"
        )
        reader = await create_account(
            "reader", "reader@example.test", PASSWORD, accept_terms=True, password_profile="fast"
        )
        await acknowledge(reader)
        space = await space_by_slug("general")
        assert space is not None
        text = "A reply with **some** Markdown, a [link](https://example.org/) and a list:\n\n"
        text += "- one\n- two\n- three\n\nAnd a closing paragraph of ordinary words. " * 2
        first = await submitting.submit_topic(
            author, space, "A topic with fifty posts", text, max_chars=20_000
        )
        topic = await Topic.select().where(Topic.id == first.topic_id).first()
        topic.update({"space.slug": space["slug"], "space.kind": space["kind"]})
        for n in range(posts - 1):
            await submitting.submit_reply(author, topic, f"Reply {n}. {text}", max_chars=20_000)
        assert await Space.count() > 0
        token = await start_session(reader.id, 30)
    return first.topic_id, token  # type: ignore[return-value]


def wrk(url: str, seconds: float, connections: int, headers: dict[str, str]) -> dict[str, float]:
    """One wrk run: requests/s, p50/p99 in ms, non-2xx count, wrk's CPU share of one core."""
    argv = ["wrk", "-t1", f"-c{connections}", f"-d{round(seconds)}s", "--latency"]
    argv += ["--timeout", "10s"]
    for name, value in headers.items():
        argv += ["-H", f"{name}: {value}"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    out = subprocess.run([*argv, url], capture_output=True, text=True, check=True).stdout
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    def latency(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": latency("50"),
        "p99": latency("99"),
        "errors": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
        "wrk_cpu": cpu / wall,
    }


def main() -> None:
    """Run the benchmark and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--posts", type=int, default=50)
    add_database_options(parser, "redis://… (page-cache generations and pub/sub)")
    parser.add_argument("--no-cache", action="store_true", help="FORUM_PAGE_CACHE_ENTRIES=0")
    args = parser.parse_args()
    make_database(args)
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")

    data_dir = Path(tempfile.mkdtemp(prefix="forum-bench-pages-"))
    env = server_env(data_dir, args)
    topic_id, token = asyncio.run(prepare(env, args.posts))
    (data_dir / "ceiling").mkdir()
    port = free_port()
    log = data_dir / "server.log"
    argv = [sys.executable, "-m", "uvicorn", "forum.app:create_app", "--factory",
            "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers),
            "--no-access-log", "--log-level", "warning"]  # fmt: skip
    server = subprocess.Popen(argv, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    try:
        asyncio.run(wait_port(port, server, log))
        base = f"http://127.0.0.1:{port}"
        member_cookies = {"forum_session": token}
        with httpx.Client(base_url=base) as http:
            # A browser keeps the CSRF cookie it got on its first page; so does the bench.
            first = http.get("/", cookies=member_cookies)
            csrf = first.cookies.get("forum_csrf")
            assert csrf, "a member's page should set the CSRF cookie once"
        member_cookies["forum_csrf"] = csrf
        who = {
            "visitor": {},
            "member": {"Cookie": "; ".join(f"{k}={v}" for k, v in member_cookies.items())},
        }
        pages = {"topic": f"/t/{topic_id}", "home": "/"}
        with httpx.Client(base_url=base) as http:
            for page, path in pages.items():
                for kind, headers in who.items():
                    body = http.get(path, headers=headers)
                    assert body.status_code == 200, body.status_code
                    if kind == "visitor":
                        assert "set-cookie" not in body.headers, "visitors get no cookie"
                    (data_dir / "ceiling" / f"{page}-{kind}.html").write_bytes(body.content)
                    again = http.get(f"/_bench/ceiling/{page}-{kind}", headers=headers)
                    assert again.status_code == 200 and len(again.content) == len(body.content)
        server_pids = [int(p) for p in subprocess.run(
            ["pgrep", "-P", str(server.pid)], capture_output=True, text=True
        ).stdout.split()] + [server.pid]  # fmt: skip

        print(f"# {args.workers} uvicorn workers, {args.connections} connections, wrk -t1, "
              f"{args.seconds:g} s per run, {args.rounds} rounds; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start; "
              f"database {'PostgreSQL' if args.database else 'SQLite'}"
              f"{', Redis' if args.redis else ''}"
              f"{', page cache OFF' if args.no_cache else ''}")  # fmt: skip
        size = len((data_dir / "ceiling" / "topic-visitor.html").read_bytes())
        print(f"# topic page: {args.posts} posts, {size:,} bytes")
        results: dict[tuple[str, str], list[tuple[dict, dict]]] = {}
        for _ in range(args.rounds):
            for page, path in pages.items():
                for kind, headers in who.items():
                    cpu0 = cpu_seconds(server_pids)
                    measured = wrk(base + path, args.seconds, args.connections, headers)
                    measured["server_cpu"] = (cpu_seconds(server_pids) - cpu0) / args.seconds
                    ceiling = wrk(
                        f"{base}/_bench/ceiling/{page}-{kind}",
                        args.seconds,
                        args.connections,
                        headers,
                    )
                    results.setdefault((page, kind), []).append((measured, ceiling))
        target = {"visitor": 0.5, "member": 0.1}
        print(f"{'page':<7}{'who':<9}{'req/s':>8}{'p99 ms':>8}{'ceiling':>9}{'p99 ms':>8}"
              f"{'ratio':>7}  {'ratios per round':<22}{'target':>7}  {'non-2xx':>7}  "
              f"{'wrk CPU':>7}  {'vs visitor ceiling':>18}")  # fmt: skip
        for (page, kind), runs in results.items():
            ratios = [m["rps"] / c["rps"] for m, c in runs]
            m = statistics.median(r["rps"] for r, _ in runs)
            c = statistics.median(r["rps"] for _, r in runs)
            p99 = statistics.median(r["p99"] for r, _ in runs)
            cp99 = statistics.median(r["p99"] for _, r in runs)
            ratio = statistics.median(ratios)
            errors = sum(r["errors"] for pair in runs for r in pair)
            wrk_cpu = max(r["wrk_cpu"] for pair in runs for r in pair)
            # Members are also set against the visitor's ceiling: the bytes alone, no session.
            strict = statistics.median(
                mine["rps"] / anon["rps"]
                for (mine, _), (_, anon) in zip(runs, results[(page, "visitor")], strict=True)
            )
            met = "met" if min(ratio, strict) >= target[kind] else "MISSED"
            print(f"{page:<7}{kind:<9}{m:>8.0f}{p99:>8.1f}{c:>9.0f}{cp99:>8.1f}{ratio:>7.0%}  "
                  f"{' '.join(f'{r:.0%}' for r in ratios):<22}{target[kind]:>4.0%} {met:<6}"
                  f"{errors:>4}  {wrk_cpu:>7.0%}  {strict:>18.0%}")  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(data_dir, ignore_errors=True)
        if args.database:
            asyncio.run(drop_database(args.database))


if __name__ == "__main__":
    main()
