"""One-time sign-in links sent by mail: the hash of the token, whose account, until when,
and when it was used (a link works once)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.columns.base import OnDelete, OnUpdate
from piccolo.columns.column_types import ForeignKey, Serial, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.columns.indexes import IndexMethod
from piccolo.table import Table


class User(Table, tablename="users", schema=None):
    id = Serial(
        null=False,
        primary_key=True,
        unique=False,
        index=False,
        index_method=IndexMethod.btree,
        choices=None,
        db_column_name="id",
        secret=False,
    )


ID = "2026-12-06T00:20:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "one-time sign-in links"


def _params(**extra) -> dict:
    return {
        "null": False,
        "primary_key": False,
        "unique": False,
        "index": False,
        "index_method": IndexMethod.btree,
        "choices": None,
        "db_column_name": None,
        "secret": False,
        **extra,
    }


_COLUMNS = [
    ("token_hash", Varchar, _params(length=64, default="", unique=True, index=True)),
    (
        "user",
        ForeignKey,
        _params(
            references=User,
            on_delete=OnDelete.cascade,
            on_update=OnUpdate.cascade,
            target_column=None,
            null=True,
            index=True,
        ),
    ),
    ("created", Timestamptz, _params(default=TimestamptzNow())),
    ("expires", Timestamptz, _params(default=TimestamptzNow())),
    ("used", Timestamptz, _params(default=None, null=True)),
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="forum", description=DESCRIPTION)
    manager.add_table(class_name="SignInLink", tablename="sign_in_links", schema=None, columns=None)
    for name, column_class, params in _COLUMNS:
        manager.add_column(
            table_class_name="SignInLink",
            tablename="sign_in_links",
            column_name=name,
            db_column_name=name,
            column_class_name=column_class.__name__,
            column_class=column_class,
            params=params,
            schema=None,
        )
    return manager
