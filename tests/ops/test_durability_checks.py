"""Start-up refuses databases whose commits would not survive a crash."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import asyncpg
import pytest

from forum.storage import db
from tests.forum.cli.test_cli import _env
from tests.postgres_db import dsn


def _start(data_dir: Path, **env: str) -> subprocess.CompletedProcess:
    """``forum run`` until it exits by itself (or give up after 60 s)."""
    return subprocess.run(
        [sys.executable, "-m", "forum", "run", "--port", "0"],
        env={**_env(data_dir), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.postgres
async def test_postgres_with_synchronous_commit_off_is_refused(
    scratch_postgres, tmp_path: Path
) -> None:
    url = await scratch_postgres()
    name = url.rsplit("/", 1)[1]
    async with db.connected(url):
        await db.migrate()
        await db.check_durability()  # the default (on) passes
    admin = await asyncpg.connect(dsn(url))
    try:
        await admin.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    finally:
        await admin.close()
    async with db.connected(url):  # new connections pick up the database's setting
        with pytest.raises(db.DurabilityError, match="synchronous_commit=off"):
            await db.check_durability()
    refused = _start(tmp_path / "var", FORUM_DATABASE_URL=url)
    assert refused.returncode != 0
    assert "forum: refusing to start: PostgreSQL has synchronous_commit=off" in refused.stderr


def test_postgres_fsync_off_is_refused_through_the_same_check() -> None:
    # fsync can only be changed for the whole server, so this feeds SHOW's answers directly.
    with pytest.raises(db.DurabilityError, match="fsync=off"):
        db.check_postgres_settings({"fsync": "off", "synchronous_commit": "on"})
    with pytest.raises(db.DurabilityError, match="synchronous_commit=off"):
        db.check_postgres_settings({"fsync": "on", "synchronous_commit": "OFF"})
    for durable in ("on", "local", "remote_write", "remote_apply"):
        db.check_postgres_settings({"fsync": "on", "synchronous_commit": durable})


def _rollback_journal_file(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("CREATE TABLE IF NOT EXISTS probe (x)")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


async def test_the_app_switches_a_rollback_journal_sqlite_file_to_wal(tmp_path: Path) -> None:
    path = tmp_path / "forum.sqlite"
    _rollback_journal_file(path)
    async with db.connected(f"sqlite:///{path}"):
        await db.migrate()
        await db.check_durability()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_a_sqlite_file_the_app_did_not_switch_to_wal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "forum.sqlite"
    _rollback_journal_file(path)
    db.bind(db.PooledSQLiteEngine(path=str(path), timeout=30))  # bypasses make_engine's switch
    try:
        with pytest.raises(db.DurabilityError, match="needs WAL"):
            await db.check_durability()
    finally:
        await db.close()
