"""Indexes for pages that must stay fast at millions of posts (bench/growth.py).

- a board's messages, newest first, for readers (``space, status, id``) and for members and
  moderators, whose filter is an OR on the status (``space, id``);
- a forum's topics by latest activity (``space, last_post_at, id``) and the same for readers
  who see visible topics only (``space, status, last_post_at, id``).

Without them SQLite chose the low-selectivity ``status`` index for an older board page (160 ms
at a million posts instead of 5 ms) and sorted every topic of a forum for its first page.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-11-30T05:40:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "indexes for board and forum pages at scale"

_INDEXES = [
    "CREATE INDEX IF NOT EXISTS posts_space_status_id ON posts (space, status, id)",
    "CREATE INDEX IF NOT EXISTS posts_space_id ON posts (space, id)",
    "CREATE INDEX IF NOT EXISTS topics_space_activity ON topics (space, last_post_at, id)",
    "CREATE INDEX IF NOT EXISTS topics_space_status_activity "
    "ON topics (space, status, last_post_at, id)",
]


async def _indexes() -> None:
    from forum.storage.tables import Post

    engine = Post._meta.db
    for statement in _INDEXES:
        await engine.run_ddl(statement)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="forum", description=DESCRIPTION)
    manager.add_raw(_indexes)
    return manager
