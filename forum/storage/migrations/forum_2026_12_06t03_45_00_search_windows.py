"""A BRIN index on ``posts.id`` for PostgreSQL's search windows (nothing on SQLite).

PostgreSQL's search reads the newest matches window by window (``forum.reading.search``):
``id`` in a range, ANDed with the GIN index of the words. A range of the primary key as a
bitmap costs one entry per post (55 ms for a window of 400,000 posts); posts are appended in
id order, so a BRIN index answers the same range with a few pages (7 ms, lossy: the rows of
those pages are checked again). It stays correct when rows move (an edit), only less
narrow; ``autosummarize`` keeps new pages summarised.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-12-06T03:45:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "search: BRIN index on posts.id (PostgreSQL)"

POSTGRES = [
    "CREATE INDEX IF NOT EXISTS posts_id_brin ON posts USING brin (id) "
    "WITH (pages_per_range = 16, autosummarize = on)",
]


async def _brin() -> None:
    from forum.storage.tables import Post

    engine = Post._meta.db
    if engine.engine_type != "sqlite":
        for statement in POSTGRES:
            await engine.run_ddl(statement)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="forum", description=DESCRIPTION)
    manager.add_raw(_brin)
    return manager
