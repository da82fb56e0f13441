"""Piccolo app config: the forum's tables and where their migrations live."""

from pathlib import Path

from piccolo.conf.apps import AppConfig

from forum.storage.tables import FORUM_TABLES

APP_CONFIG = AppConfig(
    app_name="forum",
    migrations_folder_path=str(Path(__file__).parent / "migrations"),
    table_classes=FORUM_TABLES,
    migration_dependencies=[],
    commands=[],
)
