"""Crash trials: kill the forum with SIGKILL while clients write, restart it, count what was lost.

Each trial starts the real server (``python -m forum run``, its own FORUM_DATA_DIR), lets
several clients write at once — board messages and topics over the HTTP API, chat messages
over websockets (``/ws/chat/lobby``) — and kills the server's process group with SIGKILL at
a random moment. A write counts as *acknowledged* when the client got its answer: HTTP 201
with the id, or the chat ``sent``/``held`` frame carrying the client_id of the message.
After the restart every acknowledged write of every trial so far must be in the database
with its body, and the database must pass its integrity check: ``PRAGMA integrity_check``
on SQLite; on PostgreSQL amcheck's ``bt_index_check`` of every index against its table.

    python bench/crash_trials.py --trials 20 --backend sqlite
    python bench/crash_trials.py --trials 20 --backend postgres [--postgres-url URL]

Prints one line per trial and the totals (trials / acknowledged / lost); exits 1 when
anything acknowledged was lost or the integrity check failed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import secrets
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import websockets

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PASSWORD = "a long crash-trial password"
ROOM, BOARD, FORUM = "lobby", "wall", "general"  # spaces of the demo community


@dataclass
class Totals:
    """What all trials so far acknowledged, found and lost."""

    trials: int = 0
    # ("post", id) or ("topic", id) -> the nonce in its body
    acknowledged: dict[tuple[str, int], str] = field(default_factory=dict)
    posts: int = 0
    messages: int = 0
    lost: set[tuple[str, int]] = field(default_factory=set)
    integrity_failures: int = 0

    def summary(self) -> str:
        """The closing line."""
        return (
            f"trials: {self.trials}  acknowledged: {len(self.acknowledged)} "
            f"(posts {self.posts}, chat messages {self.messages})  lost: {len(self.lost)}  "
            f"integrity failures: {self.integrity_failures}"
        )


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


class Server:
    """``python -m forum run`` in its own process group, so SIGKILL takes all of it."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.proc: subprocess.Popen | None = None
        self.url = ""

    async def start(self) -> None:
        """Start and wait until /healthz answers 200."""
        port = free_port()
        self.url = f"http://{HOST}:{port}"
        argv = [sys.executable, "-m", "forum", "run", "--host", HOST, "--port", str(port)]
        with self.log.open("a") as out:
            self.proc = subprocess.Popen(
                argv, env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        async with httpx.AsyncClient(timeout=2) as http:
            for _ in range(600):
                if self.proc.poll() is not None:
                    raise RuntimeError(f"server exited:\n{self.log.read_text()[-3000:]}")
                with contextlib.suppress(httpx.HTTPError):
                    if (await http.get(self.url + "/healthz")).status_code == 200:
                        return
                await asyncio.sleep(0.05)
        raise RuntimeError(f"server did not start:\n{self.log.read_text()[-3000:]}")

    def kill(self) -> None:
        """SIGKILL the whole process group: no shutdown hook, no flush, no goodbye."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        """Stop the way Ctrl-C would (after the last trial)."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGINT)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()


async def sign_up(url: str, database_url: str, count: int) -> list[str]:
    """API tokens of ``count`` new members (signed up, confirmed, signed in)."""
    names = [f"crash{n}_{secrets.token_hex(3)}" for n in range(count)]
    async with httpx.AsyncClient(base_url=url, timeout=30) as http:
        for name in names:
            answer = await http.post(
                "/api/auth/signup",
                json={"username": name, "email": f"{name}@example.test",
                      "password": PASSWORD, "accept_terms": True},
            )  # fmt: skip
            answer.raise_for_status()
        # What each member's press on the mailed link does; the mails themselves are not read.
        await execute(
            database_url, "UPDATE users SET status = 'active' WHERE status = 'unconfirmed'"
        )
        tokens = []
        for name in names:
            login = await http.post(
                "/api/auth/login", json={"username": name, "password": PASSWORD}
            )
            login.raise_for_status()
            tokens.append(login.json()["token"])
    return tokens


async def execute(database_url: str, statement: str) -> None:
    """Run one SQL statement on the trial's database."""
    if database_url.startswith("sqlite:///"):
        path = database_url.removeprefix("sqlite:///")
        with contextlib.closing(sqlite3.connect(path, timeout=30)) as conn, conn:
            conn.execute(statement)
        return
    import asyncpg

    conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(statement)
    finally:
        await conn.close()


def _body(trial: int, writer: str, n: int) -> tuple[str, str]:
    # Letters only: a run of digits could read as a phone or card number and be held back.
    nonce = "".join(secrets.choice("bcdfghjklmnpqrstvwxz") for _ in range(12))
    return nonce, f"Crash trial {trial}, writer {writer}, write {n}: nonce {nonce}"


async def http_writer(
    url: str, tokens: list[str], trial: int, name: str, acked: dict, kind: str
) -> int:
    """Post board messages or topics until the server dies; record what was acknowledged."""
    count = 0
    async with httpx.AsyncClient(base_url=url, timeout=10) as http:
        for n in range(1_000_000):
            nonce, body = _body(trial, name, n)
            headers = {"Authorization": f"Bearer {tokens[n % len(tokens)]}"}
            if kind == "board":
                path, data = f"/api/spaces/{BOARD}/messages", {"body": body}
            else:
                path = f"/api/spaces/{FORUM}/topics"
                data = {"title": f"Crash {trial}.{name}.{n}", "body": body}
            request = http.post(path, json=data, headers=headers)
            try:
                answer = await request
            except httpx.HTTPError:
                return count  # the server is gone
            if answer.status_code == 201:  # a new topic answers with the topic's id
                acked[("post" if kind == "board" else "topic", answer.json()["id"])] = nonce
                count += 1
            elif answer.status_code == 429:
                await asyncio.sleep(0.05)
    return count


async def chat_writer(
    url: str, token: str, trial: int, name: str, acked: dict, window: int = 4
) -> int:
    """Send chat messages (a few in flight) until the socket dies; record the sent/held ones."""
    pending: dict[str, str] = {}
    count = 0
    sent = 0
    ws_url = url.replace("http", "ws", 1) + f"/ws/chat/{ROOM}"
    try:
        async with websockets.connect(
            ws_url, additional_headers={"Authorization": f"Bearer {token}"}, open_timeout=5
        ) as ws:
            while True:
                while len(pending) < window:
                    client_id = f"{name}-{sent}"
                    nonce, body = _body(trial, name, sent)
                    pending[client_id] = nonce
                    sent += 1
                    await ws.send(json.dumps({"type": "send", "body": body,
                                              "client_id": client_id}))  # fmt: skip
                frame = json.loads(await ws.recv())
                client_id = frame.get("client_id")
                if frame["type"] in ("sent", "held") and client_id in pending:
                    acked[("post", frame["id"])] = pending.pop(client_id)
                    count += 1
                elif client_id in pending:  # refused (error, disclosure warning): not stored
                    pending.pop(client_id)
                    await asyncio.sleep(0.05)
    except (websockets.exceptions.WebSocketException, OSError, TimeoutError):
        return count  # killed mid-flight: whatever is still pending was never acknowledged


async def found_bodies(database_url: str, keys: list[tuple[str, int]]) -> dict[tuple, str]:
    """The stored bodies of posts (by post id) and topics (their posts, by topic id)."""
    posts = [i for kind, i in keys if kind == "post"]
    topics = [i for kind, i in keys if kind == "topic"]
    if database_url.startswith("sqlite:///"):
        path = database_url.removeprefix("sqlite:///")
        with contextlib.closing(sqlite3.connect(path, timeout=30)) as conn:
            rows = conn.execute("SELECT id, topic, body FROM posts").fetchall()
    else:
        import asyncpg

        conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
        try:
            rows = await conn.fetch(
                "SELECT id, topic, body FROM posts WHERE id = ANY($1::int[]) "
                "OR topic = ANY($2::int[])",
                posts,
                topics,
            )
        finally:
            await conn.close()
    wanted_posts, wanted_topics = set(posts), set(topics)
    found: dict[tuple, str] = {}
    for post_id, topic_id, body in rows:
        if post_id in wanted_posts:
            found[("post", post_id)] = body
        if topic_id in wanted_topics:
            found[("topic", topic_id)] = found.get(("topic", topic_id), "") + body
    return found


# Every B-tree index of the forum's tables checked against its heap (PostgreSQL's amcheck).
_AMCHECK = """
SELECT count(bt_index_check(index => c.oid, heapallindexed => true))
FROM pg_index i
JOIN pg_class c ON c.oid = i.indexrelid
JOIN pg_am am ON am.oid = c.relam
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE am.amname = 'btree' AND n.nspname = 'public'
"""


async def integrity(database_url: str) -> str:
    """ "ok" when the database is sound: SQLite's integrity_check, PostgreSQL's amcheck."""
    if database_url.startswith("sqlite:///"):
        path = database_url.removeprefix("sqlite:///")
        with contextlib.closing(sqlite3.connect(path, timeout=30)) as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0]
    import asyncpg

    conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute("CREATE EXTENSION IF NOT EXISTS amcheck")
        checked = await conn.fetchval(_AMCHECK)
    except asyncpg.PostgresError as exc:
        return f"failed: {exc}"
    finally:
        await conn.close()
    return "ok" if checked else "no indexes checked"


async def trial(
    number: int, server: Server, tokens: list[str], totals: Totals, rng: random.Random,
    clients: int, kill_after: tuple[float, float], database_url: str,
) -> None:  # fmt: skip
    """One trial: write from every client, SIGKILL at a random moment, restart, verify."""
    posts: dict[tuple[str, int], str] = {}
    messages: dict[tuple[str, int], str] = {}
    groups = [tokens[i::clients] for i in range(clients)]
    writers = []
    for c in range(clients):
        kind = "board" if c % 2 == 0 else "topic"
        writers.append(http_writer(server.url, groups[c], number, f"h{c}", posts, kind))
        writers.append(chat_writer(server.url, groups[c][0], number, f"w{c}", messages))
    tasks = [asyncio.create_task(w) for w in writers]
    delay = rng.uniform(*kill_after)
    await asyncio.sleep(delay)
    server.kill()
    await asyncio.gather(*tasks, return_exceptions=False)
    await server.start()
    totals.trials += 1
    totals.posts += len(posts)
    totals.messages += len(messages)
    totals.acknowledged.update(posts)
    totals.acknowledged.update(messages)
    present = await found_bodies(database_url, list(totals.acknowledged))
    lost = {key for key, nonce in totals.acknowledged.items() if nonce not in present.get(key, "")}
    new_losses = lost - totals.lost
    totals.lost |= lost
    verdict = await integrity(database_url)
    if verdict != "ok":
        totals.integrity_failures += 1
    print(
        f"trial {number:>2}: killed after {delay:.2f} s; acknowledged {len(posts)} posts, "
        f"{len(messages)} chat messages; lost {len(new_losses)}; integrity {verdict}",
        flush=True,
    )


async def make_postgres(admin_url: str) -> str:
    """A throw-away PostgreSQL database for this run."""
    import asyncpg

    name = f"crash_trials_{os.getpid()}_{secrets.token_hex(3)}"
    admin = await asyncpg.connect(admin_url.replace("postgres://", "postgresql://", 1), timeout=5)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


async def drop_postgres(admin_url: str, url: str) -> None:
    """Drop the database made by make_postgres."""
    import asyncpg

    admin = await asyncpg.connect(admin_url.replace("postgres://", "postgresql://", 1))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
    finally:
        await admin.close()


async def run_trials(
    trials: int,
    backend: str = "sqlite",
    *,
    clients: int = 4,
    kill_after: tuple[float, float] = (0.3, 2.0),
    postgres_url: str = "postgres://postgres@127.0.0.1:5432/test",
    seed: int | None = None,
    data_dir: Path | None = None,
) -> Totals:
    """Run the trials and return the totals (also printed)."""
    rng = random.Random(seed)
    totals = Totals()
    with tempfile.TemporaryDirectory(prefix="crash-trials-") as scratch:
        base = data_dir or Path(scratch)
        base.mkdir(parents=True, exist_ok=True)
        database_url = f"sqlite:///{base / 'forum.sqlite'}"
        if backend == "postgres":
            database_url = await make_postgres(postgres_url)
        env = {k: v for k, v in os.environ.items() if not k.startswith("FORUM_")}
        env.update(
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
            FORUM_DATA_DIR=str(base),
            FORUM_DATABASE_URL=database_url,
            FORUM_SECRET_KEY="crash-trials-" + secrets.token_hex(8),
            FORUM_PASSWORD_PROFILE="fast",
            FORUM_REQUEST_LOG_DAYS="0",
            FORUM_LIMIT_POSTS="1000000/60",
            FORUM_LIMIT_POSTS_NEW="1000000/60",
            FORUM_CHAT_RATE="1000000",
            FORUM_CHAT_RATE_NEW="1000000",
            FORUM_LIMIT_WRITES="1000000",
        )
        server = Server(env, base / "server.log")
        try:
            await server.start()
            tokens = await sign_up(server.url, database_url, clients * 4)
            print(
                f"crash trials on {backend}: {trials} trials, {clients} HTTP + {clients} "
                f"websocket writers, SIGKILL after {kill_after[0]}-{kill_after[1]} s",
                flush=True,
            )
            for number in range(1, trials + 1):
                await trial(number, server, tokens, totals, rng, clients, kill_after, database_url)
        finally:
            server.stop()
            if backend == "postgres":
                await drop_postgres(postgres_url, database_url)
    print(totals.summary(), flush=True)
    return totals


def main() -> None:
    """Command line: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--clients", type=int, default=4, help="HTTP writers (and as many chat)")
    parser.add_argument("--postgres-url", default=os.environ.get(
        "FORUM_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/test"))  # fmt: skip
    parser.add_argument("--seed", type=int, default=None, help="for a repeatable kill schedule")
    args = parser.parse_args()
    started = time.monotonic()
    totals = asyncio.run(
        run_trials(args.trials, args.backend, clients=args.clients,
                   postgres_url=args.postgres_url, seed=args.seed)
    )  # fmt: skip
    print(f"took {time.monotonic() - started:.0f} s", flush=True)
    sys.exit(1 if totals.lost or totals.integrity_failures else 0)


if __name__ == "__main__":
    main()
