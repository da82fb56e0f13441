"""Piccolo app config: the forum's tables and where their migrations live."""

from pathlib import Path

from piccolo.conf.apps import AppConfig
from piccolo.table import Table

from forum.storage.desk_tables import DESK_TABLES
from forum.storage.image_tables import IMAGE_TABLES
from forum.storage.member_tables import MEMBER_TABLES
from forum.storage.message_tables import MESSAGE_TABLES
from forum.storage.privacy_tables import PRIVACY_TABLES
from forum.storage.tables import CONTENT_TABLES

FORUM_TABLES: list[type[Table]] = [
    *CONTENT_TABLES,
    *MESSAGE_TABLES,
    *DESK_TABLES,
    *PRIVACY_TABLES,
    *MEMBER_TABLES,
    *IMAGE_TABLES,
]
"""Every table of the forum, in the order of their foreign keys."""

APP_CONFIG = AppConfig(
    app_name="forum",
    migrations_folder_path=str(Path(__file__).parent / "migrations"),
    table_classes=FORUM_TABLES,
    migration_dependencies=[],
    commands=[],
)
