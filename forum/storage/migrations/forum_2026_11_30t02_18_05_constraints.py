"""Constraints Piccolo cannot declare: one report per member per post, case-insensitive
usernames, and database triggers that make the moderation log append-only."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-11-30T02:18:05:000000"
VERSION = "1.38.0"
DESCRIPTION = "constraints: unique reports, lower(username), append-only moderation log"

_SQLITE = [
    "CREATE UNIQUE INDEX IF NOT EXISTS reports_one_per_member ON reports (post, reporter)",
    "CREATE UNIQUE INDEX IF NOT EXISTS users_username_lower ON users (lower(username))",
    "CREATE TRIGGER IF NOT EXISTS moderation_log_no_update BEFORE UPDATE ON moderation_log "
    "BEGIN SELECT RAISE(ABORT, 'the moderation log is append-only'); END",
    "CREATE TRIGGER IF NOT EXISTS moderation_log_no_delete BEFORE DELETE ON moderation_log "
    "BEGIN SELECT RAISE(ABORT, 'the moderation log is append-only'); END",
]
_POSTGRES = [
    "CREATE UNIQUE INDEX IF NOT EXISTS reports_one_per_member ON reports (post, reporter)",
    "CREATE UNIQUE INDEX IF NOT EXISTS users_username_lower ON users (lower(username))",
    "CREATE OR REPLACE FUNCTION moderation_log_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'the moderation log is append-only'; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER moderation_log_no_change BEFORE UPDATE OR DELETE ON moderation_log "
    "FOR EACH ROW EXECUTE FUNCTION moderation_log_append_only()",
]


async def _constraints() -> None:
    """One report per member per post, case-insensitive usernames, an append-only log."""
    from forum.storage.desk_tables import ModerationLog

    engine = ModerationLog._meta.db
    for statement in _SQLITE if engine.engine_type == "sqlite" else _POSTGRES:
        await engine.run_ddl(statement)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="forum", description=DESCRIPTION)
    manager.add_raw(_constraints)
    return manager
