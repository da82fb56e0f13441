"""How fast is full-text search at a million posts, on SQLite (FTS5) and PostgreSQL (GIN)?

    python bench/search.py [--posts 1000000] [--queries 300] [--backends sqlite,postgres]
                           [--postgres postgres://postgres@127.0.0.1:5432/test]

For each database: a fresh, migrated database; ``--posts`` posts of 10-60 words drawn from a
30,000-word vocabulary with a Zipf distribution (as in real text, a few words are everywhere
and most are rare; English stop words are mixed in), 40% as board messages, the rest in topics
of 20 posts with a title each; about 2% held or removed. Posts are bulk-inserted with the
search migration's triggers in place (SQLite: FTS5 indexes each row as it arrives;
PostgreSQL: each row's tsvector is computed, the GIN index is dropped for the load); then the
index is built from scratch and timed (SQLite: FTS5 ``rebuild`` and ``optimize``;
PostgreSQL: CREATE INDEX … USING gin). Then ``--queries`` searches as a visitor through
``forum.reading.search`` (ranked ids, then details and highlighted snippets of one page of
20), in turn: a very common word (in over 30% of posts: in real text such words are stop
words), a common word (2-15% of posts), a rare word (under 0.05%), a common and a middling
word, and a two-word phrase taken from a post. Printed: load and build times, and p50 / p99
per kind, over the goal mix (all but "very common"; goal p50 <= 20 ms, p99 <= 100 ms) and
over all. ``--keep`` leaves the databases for a closer look; ``--reuse URL`` measures such a
kept database again without building it (the same ``--posts`` gives the same query mix).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import itertools
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.fanout_servers import drop_database, postgres_database  # noqa: E402

VOCABULARY = 30_000
PER_TOPIC = 20
SYLLABLES = [a + b for a in "bcdfghklmnprstvz" for b in ("a", "e", "i", "o", "u", "ar", "en")]
STOP = ["the", "a", "and", "of", "to", "in", "is", "it", "that", "for"]


def vocabulary() -> list[str]:
    """30,000 made-up words of 2-4 syllables, the same every run."""
    rng = random.Random(7)
    words: set[str] = set()
    while len(words) < VOCABULARY:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    ordered = sorted(words)  # a set iterates in a per-process order
    rng.shuffle(ordered)
    return ordered


def texts(words: list[str], count: int, seed: int, lo: int, hi: int):
    """``count`` texts of lo-hi words: Zipf-distributed vocabulary, stop words in between."""
    rng = random.Random(seed)
    weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(words))))
    for _ in range(count):
        drawn = rng.choices(words, cum_weights=weights, k=rng.randint(lo, hi))
        yield " ".join(w if rng.random() > 0.3 else f"{rng.choice(STOP)} {w}" for w in drawn)


def build_rows(total: int, words: list[str], spaces: dict[str, int], authors: list[int]):
    """Topic rows and post rows (topics numbered from 0, offset on insert)."""
    rng = random.Random(total)
    start = datetime(2022, 1, 1, tzinfo=UTC)
    in_topics = int(total * 0.6)
    topics = in_topics // PER_TOPIC
    titles = texts(words, topics, 1, 3, 7)
    bodies = texts(words, total, 2, 10, 60)
    topic_rows, post_rows = [], []
    for t, title in zip(range(topics), titles, strict=True):
        when = start + timedelta(minutes=t)
        topic_rows.append((spaces["general"], rng.choice(authors), title[:200], "visible",
                           False, PER_TOPIC, when, when))  # fmt: skip
    for n, body in enumerate(bodies):
        roll = rng.random()
        status = "pending" if roll < 0.01 else "removed" if roll < 0.02 else "visible"
        topic = n // PER_TOPIC if n < topics * PER_TOPIC else None
        if topic is not None and n % PER_TOPIC == 0:
            status = "visible"
        space = spaces["general"] if topic is not None else spaces["wall"]
        post_rows.append((space, topic, None, rng.choice(authors), body, f"<p>{body}</p>",
                          status, None, start + timedelta(seconds=n), None))  # fmt: skip
    return topic_rows, post_rows


TOPIC_COLUMNS = ["space", "author", "title", "status", "locked", "post_count", "created",
                 "last_post_at"]  # fmt: skip
POST_COLUMNS = ["space", "topic", "parent", "author", "body", "html", "status", "article_number",
                "created", "edited"]  # fmt: skip


async def prepare(url: str) -> tuple[dict[str, int], list[int]]:
    """Migrate; two spaces and 50 authors."""
    from forum.storage import db
    from forum.storage.tables import Space, User

    async with db.connected(url):
        await db.migrate()
        for slug, kind in (("general", "forum"), ("wall", "board")):
            await Space.insert(Space(slug=slug, title=slug.title(), kind=kind))
        for n in range(50):
            await User.insert(User(username=f"author{n}", email=f"author{n}@example.test"))
        spaces = {r["slug"]: r["id"] for r in await Space.select(Space.slug, Space.id)}
        authors = [r["id"] for r in await User.select(User.id)]
    return spaces, authors


def load_sqlite(url: str, topic_rows: list, post_rows: list) -> float:
    """Bulk insert (the triggers index as rows arrive); then time an FTS5 rebuild."""
    import piccolo.engine.sqlite  # noqa: F401 - registers the datetime adapters Piccolo reads

    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    with conn:
        conn.executemany(
            f"INSERT INTO topics ({', '.join(TOPIC_COLUMNS)}) VALUES ({', '.join('?' * 8)})",
            topic_rows,
        )
        conn.executemany(
            f"INSERT INTO posts ({', '.join(POST_COLUMNS)}) VALUES ({', '.join('?' * 10)})",
            ((r[0], None if r[1] is None else r[1] + 1, *r[2:]) for r in post_rows),
        )
    started = time.monotonic()
    with conn:
        conn.execute("INSERT INTO post_search(post_search) VALUES ('rebuild')")
        conn.execute("INSERT INTO post_search(post_search) VALUES ('optimize')")
    built = time.monotonic() - started
    conn.execute("ANALYZE")
    conn.close()
    return built


async def load_postgres(url: str, topic_rows: list, post_rows: list) -> float:
    """COPY (the trigger fills each post's tsvector); then time building the GIN index."""
    import asyncpg

    conn = await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute("DROP INDEX posts_search_gin")
        await conn.copy_records_to_table("topics", records=topic_rows, columns=TOPIC_COLUMNS)
        for i in range(0, len(post_rows), 100_000):
            batch = [
                (r[0], None if r[1] is None else r[1] + 1, *r[2:])
                for r in post_rows[i : i + 100_000]
            ]
            await conn.copy_records_to_table("posts", records=batch, columns=POST_COLUMNS)
        started = time.monotonic()
        await conn.execute("CREATE INDEX posts_search_gin ON posts USING gin (search)")
        built = time.monotonic() - started
        await conn.execute("VACUUM ANALYZE")
    finally:
        await conn.close()
    return built


def doc_frequency(post_rows: list, sample: int = 50_000) -> dict[str, float]:
    """The share of posts holding each word, from a sample of the posts."""
    counts: collections.Counter[str] = collections.Counter()
    rows = post_rows[:: max(1, len(post_rows) // sample)]
    for row in rows:
        counts.update(set(row[4].split()) - set(STOP))
    return {word: n / len(rows) for word, n in counts.items()}


BANDS = {  # kind of query: share of posts holding the word
    "very common": (0.30, 1.0),
    "common": (0.02, 0.15),
    "middling": (0.001, 0.02),
    "rare": (0.0, 0.0005),
}


def query_mix(post_rows: list, count: int) -> list[tuple[str, str]]:
    """(kind, text): words by how many posts hold them, two words, and a phrase from a post."""
    rng = random.Random(3)
    share = doc_frequency(post_rows)
    bands = {
        k: sorted(w for w, f in share.items() if lo < f <= hi) for k, (lo, hi) in BANDS.items()
    }
    for kind, found in bands.items():
        lo, hi = BANDS[kind]
        print(f"  {kind}: {len(found)} words in {lo:.2%}-{hi:.2%} of posts")
    kinds = ["very common", "common", "rare", "two words", "phrase"]
    mix = []
    for n in range(count):
        kind = kinds[n % len(kinds)]
        if kind == "two words":
            text = f"{rng.choice(bands['common'])} {rng.choice(bands['middling'])}"
        elif kind == "phrase":
            words = [w for w in rng.choice(post_rows)[4].split() if w not in STOP]
            at = rng.randrange(len(words) - 1)
            text = f'"{words[at]} {words[at + 1]}"'
        else:
            text = rng.choice(bands[kind])
        mix.append((kind, text))
    return mix


async def measure(url: str, mix: list[tuple[str, str]]) -> tuple[dict, dict]:
    """Milliseconds per query by kind, searching as a visitor (relevance, first page of 20):
    wall-clock, and this process's CPU (on SQLite that is all the work: a busy neighbour on a
    shared machine stretches the first, not the second)."""
    from forum.reading.search import search
    from forum.reading.search_input import Filters, parse
    from forum.storage import db

    times: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    slowest: list[tuple[float, str, str]] = []
    async with db.connected(url):
        for _kind, text in mix[:20]:  # warm the caches, as a running server would be
            await search(parse(text), Filters(), None, offset=0, limit=20)
        for kind, text in mix:
            if kind == "phrase" and len(parse(text).words()) < 2:
                continue  # a made-up word that is also a stop word
            started, used = time.perf_counter(), time.process_time()
            await search(parse(text), Filters(), None, offset=0, limit=20)
            times.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
            slowest.append((times[kind][-1], kind, text))
            cpu.setdefault(kind, []).append((time.process_time() - used) * 1000)
    for found in (times, cpu):
        found["goal mix"] = [t for k, v in found.items() if k != "very common" for t in v]
        found["all"] = [t for v in list(found.values())[:-1] for t in v]
    for ms, kind, text in sorted(slowest, reverse=True)[:5]:
        print(f"  slow: {ms:6.1f} ms  {kind:11} {text}")
    return times, cpu


def p(values: list[float], q: float) -> float:
    """The q-quantile (0-1) of values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(backend: str, times: dict, cpu: dict) -> None:
    """Print p50 / p99 / max per kind of query (and this process's CPU on SQLite)."""
    for kind, found in times.items():
        line = (f"  {kind:11} n={len(found):4}  p50 {statistics.median(found):6.1f} ms"
                f"  p99 {p(found, 0.99):6.1f} ms  max {max(found):6.1f} ms")  # fmt: skip
        if backend == "sqlite":
            used = cpu[kind]
            line += f"   CPU p50 {statistics.median(used):5.1f} p99 {p(used, 0.99):5.1f} ms"
        print(line)


async def run(backend: str, args: argparse.Namespace, words: list[str]) -> None:
    """One database: fill, build, measure, print, clean up."""
    if args.reuse:
        # A database kept by --keep: the rows are made again only to draw the same queries.
        _, post_rows = build_rows(args.posts, words, {"general": 1, "wall": 2}, [1])
        print(f"{backend}: {args.posts:,} posts already in {args.reuse}", flush=True)
        report(backend, *await measure(args.reuse, query_mix(post_rows, args.queries)))
        return
    data_dir = Path(tempfile.mkdtemp(prefix="forum-search-"))
    url = f"sqlite:///{data_dir / 'forum.sqlite'}"
    if backend == "postgres":
        found = await postgres_database(args.postgres)
        if found is None:
            print("postgres: does not answer, skipped")
            return
        url = found
    try:
        spaces, authors = await prepare(url)
        topic_rows, post_rows = build_rows(args.posts, words, spaces, authors)
        started = time.monotonic()
        if backend == "sqlite":
            built = await asyncio.to_thread(load_sqlite, url, topic_rows, post_rows)
        else:
            built = await load_postgres(url, topic_rows, post_rows)
        loaded = time.monotonic() - started - built
        print(f"{backend}: {args.posts:,} posts loaded with the index kept by triggers in "
              f"{loaded:.0f} s; index built from scratch in {built:.1f} s", flush=True)  # fmt: skip
        report(backend, *await measure(url, query_mix(post_rows, args.queries)))
    finally:
        if args.keep:
            print(f"  kept: {url}")
        elif backend == "postgres":
            await drop_database(url)
        if not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)


def main() -> None:
    """Parse the flags and run each backend in turn."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--keep", action="store_true", help="keep the databases, print where")
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/test")
    parser.add_argument("--reuse", help="measure a database kept by --keep (sqlite:///… or "
                        "postgres://…) without building it")  # fmt: skip
    args = parser.parse_args()
    if args.reuse:
        args.backends = "sqlite" if args.reuse.startswith("sqlite") else "postgres"
    words = vocabulary()
    for backend in args.backends.split(","):
        asyncio.run(run(backend, args, words))


if __name__ == "__main__":
    main()
