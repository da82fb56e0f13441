"""Who may post in a space: ``who_starts`` (topics, board and chat messages) and
``who_replies`` (replies in topics), members or staff; every space keeps "members"."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.column_types import Varchar
from piccolo.columns.indexes import IndexMethod

ID = "2026-12-06T00:10:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "spaces: who may start topics and who may reply"


def _params() -> dict:
    return {
        "length": 16,
        "default": "members",
        "null": False,
        "primary_key": False,
        "unique": False,
        "index": False,
        "index_method": IndexMethod.btree,
        "choices": None,
        "db_column_name": None,
        "secret": False,
    }


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="forum", description=DESCRIPTION)
    for column in ("who_starts", "who_replies"):
        manager.add_column(
            table_class_name="Space",
            tablename="spaces",
            column_name=column,
            db_column_name=column,
            column_class_name="Varchar",
            column_class=Varchar,
            params=_params(),
            schema=None,
        )
    return manager
