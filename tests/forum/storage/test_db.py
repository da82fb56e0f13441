"""The database layer: migrations, WAL, and refusing non-durable settings."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from forum.storage import db
from forum.storage.piccolo_app import FORUM_TABLES


async def test_migrations_create_every_table_and_are_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite"
    async with db.connected(f"sqlite:///{path}"):  # pooled connections must not outlive the test
        await db.migrate()
        await db.migrate()
    with sqlite3.connect(path) as conn:
        names = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert {t._meta.tablename for t in FORUM_TABLES} <= names
    assert mode == "wal"
    async with db.connected(f"sqlite:///{path}"):
        await db.check_durability()


async def test_a_database_not_in_wal_mode_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rollback.sqlite"
    async with db.connected(f"sqlite:///{path}"):
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
        with pytest.raises(db.DurabilityError, match="WAL"):
            await db.check_durability()


def test_start_up_logs_the_real_sqlite_library_version(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The operator reads e.g. 3.40.1, not Piccolo's truncated float ("Sqlite version 3.4")."""
    caplog.set_level(logging.INFO)
    db.make_engine(f"sqlite:///{tmp_path / 'v.sqlite'}")
    lines = [record.getMessage() for record in caplog.records]
    assert f"Running SQLite library version {sqlite3.sqlite_version}" in lines
    truncated = "{}.{}".format(*sqlite3.sqlite_version_info[:2]).rstrip("0")
    assert not [line for line in lines if line.endswith(f"version {truncated}")], lines
