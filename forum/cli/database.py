"""``forum db backup`` / ``forum db restore``: the SQLite file, online; PostgreSQL via pg_dump."""

from __future__ import annotations

from pathlib import Path

import click

from forum.settings import load_settings
from forum.storage.backup import (
    BackupError,
    backup_images,
    backup_sqlite,
    check_database_file,
    holds_tables,
    pg_commands,
    restore_images,
    restore_sqlite,
)


def _postgres_advice(url: str, path: Path, action: str) -> None:
    """Name PostgreSQL's own tool for the job, then exit 1: nothing was backed up or restored."""
    dump, restore = pg_commands(url, str(path))
    click.echo(
        f"The database is PostgreSQL: forum db {action} works on the SQLite file only.\n"
        "Use PostgreSQL's own tool (password from PGPASSWORD or ~/.pgpass):\n\n"
        f"  {dump if action == 'backup' else restore}\n",
        err=True,
    )
    raise SystemExit(1)


@click.group(name="db", help="Back up and restore the database.")
def db_group() -> None:
    """Back up and restore the database."""


@db_group.command(name="backup", help="Copy the live SQLite database to PATH (online).")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite PATH if it is an existing file.")
def backup_command(path: Path, force: bool) -> None:
    """Back up while the forum runs: a consistent copy of the last commit, integrity-checked."""
    settings = load_settings()
    if not settings.is_sqlite:
        _postgres_advice(settings.database_url, path, "backup")
    try:
        size = backup_sqlite(settings.sqlite_path, path.resolve(), overwrite=force)
        pictures = backup_images(settings.data_dir, path.resolve())
    except (BackupError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Backed up {settings.sqlite_path} to {path} ({size:,} bytes, integrity ok).")
    click.echo(f"Pictures copied to {path}.images/ ({pictures} new files).")


@db_group.command(name="restore", help="Replace the SQLite database with the backup at PATH.")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask before replacing an existing database.")
def restore_command(path: Path, yes: bool) -> None:
    """Restore a backup; the forum must be stopped (restore refuses while it runs)."""
    settings = load_settings()
    if not settings.is_sqlite:
        _postgres_advice(settings.database_url, path, "restore")
    target = settings.sqlite_path
    try:
        check_database_file(path)
        if holds_tables(target) and not yes:
            click.confirm(f"Replace the database at {target} with {path}?", abort=True)
        restore_sqlite(path.resolve(), target)
        restore_images(path.resolve(), settings.data_dir)
    except (BackupError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Restored {path} into {target} (integrity ok). Start the forum as usual.")
