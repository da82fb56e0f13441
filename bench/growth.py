"""Do pages stay as fast with 1,000,000 posts as with 10,000? Topic, board, forum pages, uncached.

    python bench/growth.py [--sizes 10000,1000000] [--requests 200] [--postgres postgres://…/db]
                           [--backends sqlite,postgres]

For each database and size: a fresh, migrated database with the demo spaces, then posts
bulk-inserted directly (executemany on SQLite, COPY on PostgreSQL): half as board messages on
"wall", half as replies in topics of 50 posts in "general" (about 2% held or removed). Each
database gets its own forum server (uvicorn, one process) with the page cache OFF
(FORUM_PAGE_CACHE_ENTRIES=0), so every request runs the queries and renders the page. Each
page is requested ``--requests`` times by a visitor and by a signed-in member (whose queries
differ: they also see their own held posts), the sizes taking turns in ``--rounds`` short runs
so that a busy neighbour on a shared machine slows both alike. Printed: p50 per page and
size, the ratio largest/smallest (target <= 1.5), and the p50 of the page's queries alone.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fanout_servers import (  # noqa: E402
    drop_database,
    forum_env,
    free_port,
    postgres_database,
    wait_port,
)

PER_TOPIC = 50
WORDS = ["alpha", "beta", "gamma", "delta", "garden", "water", "tomato", "basil", "river",
         "stone", "cloud", "paper"]  # fmt: skip


def _text(rng: random.Random, n: int) -> tuple[str, str]:
    body = " ".join(rng.choice(WORDS) for _ in range(12)) + f" #{n}"
    return body, f"<p>{body}</p>"


def _status(rng: random.Random) -> str:
    roll = rng.random()
    return "pending" if roll < 0.01 else "removed" if roll < 0.02 else "visible"


def rows(total: int, wall: int, general: int, authors: list[int]):
    """Topic rows, and post rows for ``total`` posts (a generator; topics numbered from 0)."""
    rng = random.Random(total)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    topics = (total // 2) // PER_TOPIC
    topic_rows = []
    for t in range(topics):
        when = start + timedelta(minutes=2 * t)
        topic_rows.append((general, rng.choice(authors), f"Topic {t}", "visible", False,
                           PER_TOPIC, when, when + timedelta(minutes=1)))  # fmt: skip

    def posts():
        n = 0
        for t in range(topics):  # topics first, their posts in order
            when = start + timedelta(minutes=2 * t)
            for _ in range(PER_TOPIC):
                body, html = _text(rng, n)
                yield (general, t, None, rng.choice(authors), body, html,
                       "visible" if _ == 0 else _status(rng), None, when, None)  # fmt: skip
                n += 1
        for m in range(total - n):  # the board's messages
            body, html = _text(rng, n + m)
            yield (wall, None, None, rng.choice(authors), body, html, _status(rng), None,
                   start + timedelta(seconds=m), None)  # fmt: skip

    return topic_rows, posts()


TOPIC_COLUMNS = ["space", "author", "title", "status", "locked", "post_count", "created",
                 "last_post_at"]  # fmt: skip
POST_COLUMNS = ["space", "topic", "parent", "author", "body", "html", "status", "article_number",
                "created", "edited"]  # fmt: skip


async def fill(url: str, total: int) -> dict:
    """Migrate, seed, bulk-insert; returns ids to request."""
    from forum import limits
    from forum.accounts.members import create_account
    from forum.accounts.sessions import issue_api_token
    from forum.cli.bootstrap import prepare_database
    from forum.settings import load_settings
    from forum.storage import db
    from forum.storage.tables import Space

    settings = load_settings()
    many = limits.Rule(1_000_000, 60)  # the demo seed posts again for every database
    limits.configure(limits.MemoryLimiter(), limits.Rules(posts=many, posts_new=many))
    async with db.connected(url):
        await prepare_database(settings, seed=True)
        authors = []
        for n in range(20):
            account = await create_account(
                f"author{n}", f"author{n}@example.test", "a long bench passphrase",
                accept_terms=True, password_profile="fast",
            )  # fmt: skip
            authors.append(account.id)
        token = await issue_api_token(authors[0], "bench")
        spaces = {r["slug"]: r["id"] for r in await Space.select(Space.slug, Space.id)}
        topic_rows, post_rows = rows(total, spaces["wall"], spaces["general"], authors)
    started = time.monotonic()
    if url.startswith("sqlite"):
        first = _fill_sqlite(url, topic_rows, post_rows)
    else:
        first = await _fill_postgres(url, topic_rows, post_rows)
    print(f"  inserted {total:,} posts in {time.monotonic() - started:.0f} s", flush=True)
    return {"topic": first + len(topic_rows) - 1, "token": token, "wall": spaces["wall"]}


def _fill_sqlite(url: str, topic_rows: list, post_rows) -> int:
    import piccolo.engine.sqlite  # noqa: F401 - registers the datetime adapters Piccolo reads back

    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    with conn:
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM topics").fetchone()[0]
        conn.executemany(
            f"INSERT INTO topics ({', '.join(TOPIC_COLUMNS)}) VALUES ({', '.join('?' * 8)})",
            topic_rows,
        )
        offset = first
        conn.executemany(
            f"INSERT INTO posts ({', '.join(POST_COLUMNS)}) VALUES ({', '.join('?' * 10)})",
            ((r[0], None if r[1] is None else r[1] + offset, *r[2:]) for r in post_rows),
        )
    conn.close()
    return first


async def _fill_postgres(url: str, topic_rows: list, post_rows) -> int:
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        first = await conn.fetchval("SELECT coalesce(max(id), 0) + 1 FROM topics")
        await conn.copy_records_to_table("topics", records=topic_rows, columns=TOPIC_COLUMNS)
        await conn.execute("SELECT setval('topics_id_seq', (SELECT max(id) FROM topics))")
        batch = []
        for r in post_rows:
            batch.append((r[0], None if r[1] is None else r[1] + first, *r[2:]))
            if len(batch) == 100_000:
                await conn.copy_records_to_table("posts", records=batch, columns=POST_COLUMNS)
                batch = []
        if batch:
            await conn.copy_records_to_table("posts", records=batch, columns=POST_COLUMNS)
        await conn.execute("SELECT setval('posts_id_seq', (SELECT max(id) FROM posts))")
        # What autovacuum does soon after a bulk load; done now so that it does not run
        # (and take CPU) while the pages are measured.
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()
    return first


MIDDLE = (
    "SELECT id FROM posts WHERE space = {0} ORDER BY id LIMIT 1 "
    "OFFSET (SELECT count(*) / 2 FROM posts WHERE space = {0})"
)


async def create(backend: str, total: int, args: argparse.Namespace) -> dict:
    """A fresh database of one size, filled; what a server and the measurements need."""
    data_dir = Path(tempfile.mkdtemp(prefix="forum-growth-"))
    if backend == "sqlite":
        url = f"sqlite:///{data_dir / 'forum.sqlite'}"
    else:
        url = await postgres_database(args.postgres)
    env = forum_env(data_dir, url, FORUM_PAGE_CACHE_ENTRIES="0", FORUM_REQUEST_LOG_DAYS="0")
    os.environ.update(env)
    from forum.storage import db

    ids = await fill(env["FORUM_DATABASE_URL"], total)
    async with db.connected(env["FORUM_DATABASE_URL"]):
        rows = await db.engine().run_ddl(MIDDLE.format(int(ids["wall"])))
    ids["middle"] = rows[0]["id"]
    return {"env": env, "ids": ids, "data_dir": data_dir, "url": env["FORUM_DATABASE_URL"]}


def pages_of(ids: dict) -> dict[str, str]:
    """The pages measured: a topic of 50, a board's first page and one half-way down, a forum."""
    return {
        "topic": f"/t/{ids['topic']}",
        "board": "/s/wall",
        "board, older page": f"/s/wall?before={ids['middle']}",  # keyset: skip the newer half
        "forum": "/s/general",
    }


async def measure_pages(bases: dict[int, str], sets: dict[int, dict], args) -> dict:
    """p50 ms per size and page; sizes alternate in short runs so load drift hits both alike."""
    times: dict[int, dict[str, list[float]]] = {size: {} for size in bases}
    clients = {size: httpx.AsyncClient(base_url=base, timeout=30) for size, base in bases.items()}
    per_run = max(1, args.requests // args.rounds)
    try:
        for _ in range(args.rounds):
            for size, client in clients.items():
                member = {"Authorization": f"Bearer {sets[size]['ids']['token']}"}
                for name, path in pages_of(sets[size]["ids"]).items():
                    for who, headers in (("visitor", {}), ("member", member)):
                        found = times[size].setdefault(f"{name} ({who})", [])
                        for _ in range(per_run):
                            started = time.perf_counter()
                            response = await client.get(path, headers=headers)
                            found.append(time.perf_counter() - started)
                            assert response.status_code == 200, (path, response.status_code)
    finally:
        for client in clients.values():
            await client.aclose()
    return {s: {k: statistics.median(v) * 1000 for k, v in t.items()} for s, t in times.items()}


async def measure_queries(sets: dict[int, dict], args) -> dict:
    """p50 ms of each page's queries alone (forum.queries, as a member), sizes alternating."""
    from forum.accounts.sessions import account_for_api_token
    from forum.reading import queries
    from forum.storage import db

    times: dict[int, dict[str, list[float]]] = {size: {} for size in sets}
    per_run = max(1, args.requests // args.rounds)
    for _ in range(args.rounds):
        for size, made in sets.items():
            ids = made["ids"]
            async with db.connected(made["url"]):
                account = await account_for_api_token(ids["token"])
                wall = await queries.space_by_slug("wall")
                general = await queries.space_by_slug("general")
                calls = {
                    "topic": (queries.topic_posts, (ids["topic"], account, 1, 50)),
                    "board": (queries.space_messages, (wall["id"], account, None, 50)),
                    "forum": (queries.topic_list, (general["id"], account, None, 50)),
                }
                for name, (call, call_args) in calls.items():
                    found = times[size].setdefault(f"queries: {name} (member)", [])
                    for _ in range(per_run):
                        started = time.perf_counter()
                        await call(*call_args)
                        found.append(time.perf_counter() - started)
    return {s: {k: statistics.median(v) * 1000 for k, v in t.items()} for s, t in times.items()}


def run_backend(backend: str, sizes: list[int], args: argparse.Namespace) -> dict:
    """Fill a database per size, serve each, measure them alternately; then clean up."""
    sets = {size: asyncio.run(create(backend, size, args)) for size in sizes}
    servers = {}
    try:
        for size, made in sets.items():
            port = free_port()
            log = made["data_dir"] / "server.log"
            argv = [sys.executable, "-m", "uvicorn", "forum.app:create_app", "--factory",
                    "--host", "127.0.0.1", "--port", str(port), "--no-access-log",
                    "--log-level", "warning"]  # fmt: skip
            proc = subprocess.Popen(
                argv, env=made["env"], stdout=log.open("w"), stderr=subprocess.STDOUT
            )
            servers[size] = (proc, f"http://127.0.0.1:{port}")
            asyncio.run(wait_port(port, proc, log))
        bases = {size: base for size, (_, base) in servers.items()}
        figures = asyncio.run(measure_pages(bases, sets, args))
        for size, found in asyncio.run(measure_queries(sets, args)).items():
            figures[size].update(found)
        return figures
    finally:
        for proc, _ in servers.values():
            proc.terminate()
            proc.wait(timeout=20)
        for made in sets.values():
            shutil.rmtree(made["data_dir"], ignore_errors=True)
            if not made["url"].startswith("sqlite"):
                asyncio.run(drop_database(made["url"]))


def main() -> None:
    """Run every backend and size; print one table per backend."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,1000000")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5, help="alternations between sizes")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument(
        "--postgres", default="postgres://postgres@127.0.0.1:5432/postgres",
        help="admin URL through which fresh databases are made and dropped",
    )  # fmt: skip
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start; "
          f"{args.requests} requests per page, cache off, a server per database")  # fmt: skip
    for backend in args.backends.split(","):
        print(f"## {backend}")
        figures = run_backend(backend, sizes, args)
        small, large = figures[sizes[0]], figures[sizes[-1]]
        header = "".join(f"{size:>12,}" for size in sizes)
        print(f"{'p50 ms':<34}{header}{'ratio':>8}  target ≤ 1.5")
        for name in small:
            ratio = large[name] / small[name]
            verdict = "" if name.startswith("queries") else ("met" if ratio <= 1.5 else "MISSED")
            values = "".join(f"{figures[size][name]:>12.2f}" for size in sizes)
            print(f"{name:<34}{values}{ratio:>8.2f}  {verdict}")


if __name__ == "__main__":
    main()
