"""Starting what the benchmarks measure: server processes, a prepared forum, databases.

Used by bench/chat_fanout.py, http_pages.py, posting.py, growth.py and crash_trials.py.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

HOST = "127.0.0.1"
ROOM = "bench"


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of processes so far (Linux /proc)."""
    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def port_of(url: str) -> int:
    """The port of a ws:// URL."""
    return int(url.rsplit(":", 1)[1].split("/")[0])


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


async def wait_port(port: int, proc: subprocess.Popen, log: Path) -> None:
    """Wait until ``port`` accepts connections (or the process dies)."""
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


async def start(argv: list[str], env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    """Start a server process and wait until it accepts connections."""
    proc = subprocess.Popen(argv, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT)
    await wait_port(port, proc, log)
    return proc


async def postgres_database(admin_url: str) -> str | None:
    """A new, empty PostgreSQL database for one run (None when PostgreSQL does not answer)."""
    import asyncpg

    name = f"chat_bench_{os.getpid()}_{int(time.time() * 1000) % 10**8}"
    try:
        admin = await asyncpg.connect(admin_url.replace("postgres://", "postgresql://"), timeout=3)
    except (OSError, asyncpg.PostgresError):
        return None
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


async def drop_database(url: str) -> None:
    """Remove a database made by postgres_database()."""
    import asyncpg

    admin_url, name = url.rsplit("/", 1)
    admin = await asyncpg.connect(f"{admin_url}/postgres".replace("postgres://", "postgresql://"))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


async def prepare_forum(
    data_dir: Path, senders: int, database_url: str | None = None
) -> tuple[dict[str, str], list[str]]:
    """A migrated forum (SQLite unless ``database_url``) with the room and senders."""
    from forum.accounts.members import create_account
    from forum.accounts.sessions import issue_api_token
    from forum.storage import db
    from forum.storage.tables import Space, SpaceKind

    env = {
        **os.environ,
        "FORUM_DATA_DIR": str(data_dir),
        "FORUM_SEED_DEMO": "0",
        "FORUM_SECRET_KEY": "bench-secret",
        "FORUM_CHAT_RATE": "1000000",  # a few senders at a steady rate: no per-member limit
        "FORUM_CHAT_RATE_NEW": "1000000",
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
    }
    env.pop("FORUM_REDIS_URL", None)
    url = database_url or f"sqlite:///{data_dir / 'forum.sqlite'}"
    env["FORUM_DATABASE_URL"] = url
    db.bind(db.make_engine(url))
    if database_url:
        await db.engine().start_connection_pool()
    await db.migrate()
    await Space(slug=ROOM, title="Bench", kind=SpaceKind.chat.value).save()
    tokens = []
    for n in range(senders):
        sender = await create_account(
            f"sender{n}", f"sender{n}@example.test", "a long bench password", accept_terms=True,
            password_profile="fast",
        )  # fmt: skip
        tokens.append(await issue_api_token(sender.id, "bench"))
    if database_url:
        await db.engine().close_connection_pool()
    return env, tokens


# Benchmarks measure the write path, not the rate limits: lift them all.
NO_LIMITS = {
    "FORUM_LIMIT_POSTS": "1000000/60",
    "FORUM_LIMIT_POSTS_NEW": "1000000/60",
    "FORUM_LIMIT_WRITES": "1000000",
    "FORUM_CHAT_RATE": "1000000",
    "FORUM_CHAT_RATE_NEW": "1000000",
}


def forum_env(
    data_dir: Path, database_url: str | None = None, redis_url: str | None = None, **settings: str
) -> dict[str, str]:
    """The environment of a benchmarked forum (and of the process preparing it): its own data
    directory, the demo seeded, fast password hashing, no rate limits, then ``settings``."""
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
        "FORUM_DATA_DIR": str(data_dir),
        "FORUM_SECRET_KEY": "bench-secret-key",
        "FORUM_SEED_DEMO": "1",
        "FORUM_PASSWORD_PROFILE": "fast",
        **NO_LIMITS,
        **settings,
    }
    if database_url:
        env["FORUM_DATABASE_URL"] = database_url
    if redis_url:
        env["FORUM_REDIS_URL"] = redis_url
    return env


def add_database_options(parser: argparse.ArgumentParser, redis_help: str) -> None:
    """--postgres ADMIN_URL (a fresh database per run) and --redis URL."""
    parser.add_argument(
        "--postgres", metavar="ADMIN_URL",
        help="run on a new PostgreSQL database made through postgres://…/postgres "
        "(default: a fresh SQLite file)",
    )  # fmt: skip
    parser.add_argument("--redis", help=redis_help)


def make_database(args: argparse.Namespace) -> None:
    """Set ``args.database``: a new PostgreSQL database for this run, or None for SQLite."""
    args.database = asyncio.run(postgres_database(args.postgres)) if args.postgres else None
    if args.postgres and args.database is None:
        sys.exit(f"PostgreSQL does not answer at {args.postgres}")


async def redis_answers(url: str) -> bool:
    """Whether Redis is there for the multi-process runs."""
    from redis.asyncio import Redis

    client = Redis.from_url(url, socket_connect_timeout=2)
    try:
        await client.ping()
        return True
    except Exception:
        return False
    finally:
        await client.aclose()
