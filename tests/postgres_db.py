"""The tests' PostgreSQL database: its address for asyncpg, and emptying it between tests."""

from __future__ import annotations

import asyncpg

from forum.storage.piccolo_app import FORUM_TABLES


def dsn(url: str) -> str:
    """A postgres:// URL as asyncpg spells it."""
    return url.replace("postgres://", "postgresql://", 1)


_TABLES = [t._meta.tablename for t in FORUM_TABLES]
_FILLED = " UNION ALL ".join(f"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM \"{t}\")" for t in _TABLES)
_USED_SEQUENCES = """
    SELECT format('%I.%I', s.schemaname, s.sequencename) AS name, s.start_value
    FROM pg_sequences s
    JOIN pg_class sc ON sc.relname = s.sequencename AND sc.relkind = 'S'
    JOIN pg_depend d ON d.objid = sc.oid AND d.classid = 'pg_class'::regclass
        AND d.deptype IN ('a', 'i')
    JOIN pg_class t ON t.oid = d.refobjid
    WHERE s.schemaname = 'public' AND s.last_value IS NOT NULL AND t.relname = ANY($1)
"""


async def empty_postgres(url: str) -> None:
    """Leave every forum table empty and its ids starting again, as the last test found them.

    The state of ``TRUNCATE <all> RESTART IDENTITY CASCADE``, at a fraction of its cost:
    TRUNCATE replaces the files of every table and index (0.3-0.7 s here, per test), while a
    test fills only a few small tables. Triggers (the append-only log's among them) and
    foreign-key checks are off for this transaction only, since every row goes.
    """
    conn = await asyncpg.connect(dsn(url))
    try:
        async with conn.transaction():
            await conn.execute("SET LOCAL session_replication_role = replica")
            for (table,) in await conn.fetch(_FILLED):
                await conn.execute(f'DELETE FROM "{table}"')
            for name, start in await conn.fetch(_USED_SEQUENCES, _TABLES):
                await conn.execute("SELECT setval($1::regclass, $2, false)", name, start)
    finally:
        await conn.close()
