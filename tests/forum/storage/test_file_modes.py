"""The data directory, the database with its journals, and backups are the owner's only,
whatever the umask (they hold emails, password hashes, IPs and removed posts)."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from forum.settings import load_settings
from forum.storage.backup import backup_sqlite
from forum.storage.db import make_engine


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The umask most systems start with (022: new files readable by everyone)."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_a_new_data_dir_is_the_owners_only(tmp_path: Path, usual_umask: None) -> None:
    data_dir = tmp_path / "var" / "forum"
    load_settings({"FORUM_DATA_DIR": str(data_dir)})
    assert mode(data_dir) == 0o700


def test_the_database_its_journals_and_a_backup_are_600(tmp_path: Path, usual_umask: None) -> None:
    database = tmp_path / "forum.sqlite"
    make_engine(f"sqlite:///{database}")
    with sqlite3.connect(database) as conn:  # a write makes SQLite create -wal and -shm
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
        for suffix in ("", "-wal", "-shm"):
            journal = database.with_name(database.name + suffix)
            assert journal.exists() and mode(journal) == 0o600, suffix
    copy = tmp_path / "backup.sqlite"
    with pytest.raises(Exception, match="forum"):  # not a forum database: refused, no file
        backup_sqlite(database, copy)
    assert not copy.exists()


def test_an_existing_readable_database_is_made_private(tmp_path: Path, usual_umask: None) -> None:
    database = tmp_path / "forum.sqlite"
    sqlite3.connect(database).close()
    database.chmod(0o644)
    make_engine(f"sqlite:///{database}")
    assert mode(database) == 0o600
