"""posts.original: the author's own text when the policy masked words of it (issue 17).

``posts.body`` stays what everyone reads (the masked rendering); ``original`` holds
``{"body", "title", "masked": [...]}`` for the author and the moderators only, and is NULL for
every post the policy did not change. A plain nullable column: adding it rewrites no row, on
SQLite or PostgreSQL.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import JSON
from piccolo.columns.indexes import IndexMethod

ID = "2026-12-05T23:30:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "posts.original: the author's text before the policy masked words of it"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="forum", description=DESCRIPTION)
    manager.add_column(
        table_class_name="Post",
        tablename="posts",
        column_name="original",
        db_column_name="original",
        column_class_name="JSON",
        column_class=JSON,
        params={
            "default": None,
            "null": True,
            "primary_key": False,
            "unique": False,
            "index": False,
            "index_method": IndexMethod.btree,
            "choices": None,
            "db_column_name": None,
            "secret": False,
        },
        schema=None,
    )
    return manager
