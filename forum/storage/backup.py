"""Backing up and restoring the SQLite database with SQLite's online backup API.

A backup is taken from the live database while the forum runs (WAL readers do not block
writers), checked with ``PRAGMA integrity_check`` and only then moved into place, so a
half-written file never carries the backup's name. A restore replaces the database of a
*stopped* forum: every running forum process holds a shared lock on ``<database>.run.lock``
(see ``running_lock``), and restore takes that lock exclusively or refuses.

PostgreSQL is backed up with its own tools; ``pg_commands`` spells them out for a URL.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shlex
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

REQUIRED_TABLES = ("migration", "users", "posts", "spaces")


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why, for a person."""


def private_file(path: Path) -> None:
    """Create ``path`` readable by its owner only (600), whatever the umask, or make an
    existing one so: a database and its backups hold emails, hashes and IPs. SQLite gives
    the -wal and -shm files it creates the mode of their database."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def run_lock_path(database: Path) -> Path:
    """The lock file every forum process on this SQLite file holds while it runs."""
    return database.with_name(database.name + ".run.lock")


def hold_running_lock(database: Path) -> IO[str]:
    """Take a shared lock saying "a forum runs on this file"; keep the handle open to hold it.

    The kernel drops the lock when the process ends, however it ends (SIGKILL included).
    """
    handle = open(run_lock_path(database), "a")  # noqa: SIM115 - held for the process's life
    fcntl.flock(handle, fcntl.LOCK_SH)
    return handle


@contextlib.contextmanager
def nobody_running(database: Path) -> Iterator[None]:
    """Hold the run lock exclusively, or raise BackupError when a forum is running."""
    database.parent.mkdir(parents=True, exist_ok=True)
    with open(run_lock_path(database), "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BackupError(
                f"A forum is running on {database}; stop it (every worker) before restoring."
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def check_database_file(path: Path) -> None:
    """Raise BackupError unless ``path`` is a sound SQLite file holding a forum."""
    if not path.exists():
        raise BackupError(f"{path} does not exist.")
    if not path.is_file():
        raise BackupError(f"{path} is not a file.")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is not a SQLite database ({exc}).") from None
    if verdict != "ok":
        raise BackupError(f"{path} fails SQLite's integrity check: {verdict}")
    missing = [name for name in REQUIRED_TABLES if name not in names]
    if missing:
        raise BackupError(f"{path} is not a forum database (no {', '.join(missing)} table).")


def holds_tables(path: Path) -> bool:
    """True when ``path`` is a SQLite file with at least one table (something to lose)."""
    if not path.is_file():
        return False
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError:
        return True  # unreadable: ask before replacing it all the same


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_sqlite(database: Path, target: Path, *, overwrite: bool = False) -> int:
    """Copy the live database to ``target`` (checked, synced, atomic); returns its size."""
    if not database.is_file():
        raise BackupError(f"There is no database at {database} to back up.")
    if target.exists() and (target.is_dir() or not overwrite):
        raise BackupError(f"{target} already exists; choose a new name (or --force a file).")
    if not target.parent.is_dir():
        raise BackupError(f"The directory {target.parent} does not exist.")
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    private_file(partial)  # created 600 before SQLite writes a byte of it
    try:
        with (
            contextlib.closing(sqlite3.connect(database, timeout=30)) as source,
            contextlib.closing(sqlite3.connect(partial)) as copy,
        ):
            source.backup(copy)  # one step: a consistent snapshot of the last commit
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        check_database_file(partial)
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent)
    finally:
        partial.unlink(missing_ok=True)
    return target.stat().st_size


def restore_sqlite(backup: Path, database: Path) -> None:
    """Replace ``database`` with the backup (forum stopped), then check the result."""
    check_database_file(backup)
    with nobody_running(database):
        with (
            contextlib.closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as source,
            contextlib.closing(sqlite3.connect(database, timeout=30)) as target,
        ):
            # Through the backup API, not a file copy: a WAL left by a crash is folded in
            # and replaced in one transaction rather than replayed over the new file.
            source.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
            verdict = target.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise BackupError(f"The restored database fails the integrity check: {verdict}")


def pg_commands(url: str, path: str) -> tuple[str, str]:
    """The ``pg_dump`` and ``pg_restore`` commands for a postgres:// URL (password left out)."""
    parts = urlsplit(url)
    conn = [
        f"--host={parts.hostname or '127.0.0.1'}",
        f"--port={parts.port or 5432}",
        f"--username={parts.username or 'postgres'}",
    ]
    name = parts.path.lstrip("/") or "postgres"
    dump = ["pg_dump", *conn, "--format=custom", f"--file={path}", name]
    restore = ["pg_restore", *conn, "--clean", "--if-exists", "--no-owner", f"--dbname={name}"]
    return shlex.join(dump), shlex.join([*restore, path])


def backup_images(data_dir: Path, target: Path) -> int:
    """Copy the pictures (``data_dir/images``) next to a database backup, as
    ``TARGET.images/``; files are content-addressed, so one already there is skipped.
    Returns how many files were copied."""
    source = data_dir / "images"
    destination = target.with_name(target.name + ".images")
    return backup_images_from(source, destination) if source.is_dir() else 0


def restore_images(backup: Path, data_dir: Path) -> int:
    """Put back the pictures saved next to a database backup; returns how many."""
    source = backup.with_name(backup.name + ".images")
    return backup_images_from(source, data_dir / "images") if source.is_dir() else 0


def backup_images_from(source: Path, destination: Path) -> int:
    """Copy every picture file of ``source`` missing from ``destination``."""
    copied = 0
    for path in source.rglob("*"):
        if path.is_file() and not path.name.startswith("."):  # not a half-written upload
            into = destination / path.relative_to(source)
            if not into.exists():
                into.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                shutil.copy2(path, into)
                private_file(into)
                copied += 1
    return copied
