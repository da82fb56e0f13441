"""Group commit on SQLite: concurrent writers share COMMITs, each returns only once durable, and a
failing writer is rolled back alone."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from forum.storage import db
from forum.storage.tables import Space

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
async def sqlite_db(sqlite_template: Path, tmp_path: Path) -> AsyncIterator[Path]:
    """A migrated SQLite file bound as the forum's database."""
    path = tmp_path / "forum.sqlite"
    shutil.copy(sqlite_template, path)
    async with db.connected(f"sqlite:///{path}"):
        yield path


async def _add_space(slug: str) -> None:
    async with db.write_transaction():
        await Space.insert(Space(slug=slug, title=slug, description="", kind="board"))


async def test_concurrent_writers_share_commits_and_all_land(sqlite_db: Path) -> None:
    group = db._group
    assert group is not None
    before = group.commits
    await asyncio.gather(*(_add_space(f"space-{n}") for n in range(40)))
    assert group.commits - before < 40  # writers queued behind one another shared a COMMIT
    # Another connection (as another process would) sees every acknowledged row.
    with sqlite3.connect(sqlite_db) as other:
        assert other.execute("SELECT count(*) FROM spaces").fetchone()[0] == 40


async def test_a_failing_writer_is_rolled_back_alone(sqlite_db: Path) -> None:
    async def failing() -> None:
        async with db.write_transaction():
            await Space.insert(Space(slug="doomed", title="x", description="", kind="board"))
            raise RuntimeError("the writer changed its mind")

    results = await asyncio.gather(
        _add_space("before"), failing(), _add_space("after"), return_exceptions=True
    )
    assert results[0] is None and results[2] is None
    assert isinstance(results[1], RuntimeError)
    slugs = {row["slug"] for row in await Space.select(Space.slug)}
    assert slugs == {"before", "after"}


async def test_a_broken_statement_fails_only_its_writer(sqlite_db: Path) -> None:
    await _add_space("taken")
    results = await asyncio.gather(
        _add_space("first"), _add_space("taken"), _add_space("last"), return_exceptions=True
    )
    assert results[0] is None and results[2] is None
    assert "unique" in str(results[1]).lower()
    assert await Space.count() == 3


async def test_writers_in_two_processes_never_see_database_is_locked(sqlite_db: Path) -> None:
    script = (
        "import asyncio, sys\n"
        "from forum.storage import db\n"
        "from forum.storage.tables import Space\n"
        "async def main():\n"
        f"    async with db.connected('sqlite:///{sqlite_db}'):\n"
        "        async def one(n):\n"
        "            async with db.write_transaction():\n"
        "                await Space.insert(Space(slug=f'other-{n}', title='t', description='',"
        " kind='board'))\n"
        "        await asyncio.gather(*(one(n) for n in range(100)))\n"
        "asyncio.run(main())\n"
    )
    other = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        script,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stderr=asyncio.subprocess.PIPE,
    )
    await asyncio.gather(*(_add_space(f"here-{n}") for n in range(100)))
    _, stderr = await other.communicate()
    assert other.returncode == 0, stderr.decode()
    assert await Space.count() == 200
