"""Upgrading a database made before spaces knew who may post in them (SQLite and PostgreSQL):
the columns arrive with "members" everywhere, and the demo's announcements become staff-only."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum.storage import db
from forum.storage.tables import Space

NEW = ("2026-12-06T00:10:00:000000", "2026-12-06T00:10:01:000000")


async def _as_before_the_change() -> None:
    """Undo the two migrations, as on a database last started by the previous release."""
    engine = db.engine()
    for column in ("who_starts", "who_replies"):
        await engine.run_ddl(f"ALTER TABLE spaces DROP COLUMN {column}")
    await engine.run_ddl(f"DELETE FROM migration WHERE name IN ('{NEW[0]}', '{NEW[1]}')")


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
async def test_an_older_database_gains_the_posting_settings(
    backend: str, tmp_path: Path, scratch_postgres
) -> None:
    url = await scratch_postgres() if backend == "postgres" else f"sqlite:///{tmp_path / 'f.db'}"
    async with db.connected(url):
        await db.migrate()
        await _as_before_the_change()
        for slug, kind in (("community.announce", "newsgroup"), ("general", "forum")):
            await db.engine().run_ddl(
                "INSERT INTO spaces (slug, title, description, kind, position, next_article, "
                f"created) VALUES ('{slug}', 'T', '', '{kind}', 0, 1, CURRENT_TIMESTAMP)"
            )
        await db.migrate()
        rows = await Space.select(Space.slug, Space.who_starts, Space.who_replies).order_by(
            Space.slug
        )
    assert rows == [
        {"slug": "community.announce", "who_starts": "staff", "who_replies": "staff"},
        {"slug": "general", "who_starts": "members", "who_replies": "members"},
    ]
