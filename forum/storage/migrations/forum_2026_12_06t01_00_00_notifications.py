"""Notifications of replies, mentions and watched topics; watching, read positions, blocks
and pinned topics (issue 14).

Written as SQL for each engine: partial unique indexes (one watch per member and topic, one per
member and space) and the columns added to existing tables are beyond Piccolo's auto
migrations.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-12-06T01:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "notifications, watches, read positions, blocks, pinned topics"

_REF = 'INTEGER REFERENCES "{}" ("id") ON DELETE CASCADE ON UPDATE CASCADE'
_TABLES = [
    (
        "watches",
        [
            f'"user" {_REF.format("users")} NOT NULL',
            f'"topic" {_REF.format("topics")}',
            f'"space" {_REF.format("spaces")}',
            "\"level\" VARCHAR(16) NOT NULL DEFAULT 'watching'",
            '"created" TIMESTAMPTZ NOT NULL DEFAULT current_timestamp',
        ],
    ),
    (
        "read_positions",
        [
            f'"user" {_REF.format("users")} NOT NULL',
            f'"topic" {_REF.format("topics")} NOT NULL',
            '"last_read_post" INTEGER NOT NULL DEFAULT 0',
            '"read_at" TIMESTAMPTZ NOT NULL DEFAULT current_timestamp',
        ],
    ),
    (
        "blocks",
        [
            f'"blocker" {_REF.format("users")} NOT NULL',
            f'"blocked" {_REF.format("users")} NOT NULL',
            '"created" TIMESTAMPTZ NOT NULL DEFAULT current_timestamp',
        ],
    ),
]
_COLUMNS = [
    ("notifications", f'"actor" {_REF.format("users")}'),
    ("notifications", f'"post" {_REF.format("posts")}'),
    ("notifications", f'"topic" {_REF.format("topics")}'),
    ("notifications", '"mailed_at" TIMESTAMPTZ'),
    ("topics", '"pinned" BOOLEAN NOT NULL DEFAULT false'),
    ("email_preferences", '"watching" BOOLEAN NOT NULL DEFAULT true'),
    ("email_preferences", '"digest" BOOLEAN NOT NULL DEFAULT false'),
]
_INDEXES = [
    'CREATE INDEX IF NOT EXISTS watches_user ON watches ("user")',
    'CREATE UNIQUE INDEX IF NOT EXISTS watches_user_topic ON watches ("user", topic) '
    "WHERE topic IS NOT NULL",
    'CREATE UNIQUE INDEX IF NOT EXISTS watches_user_space ON watches ("user", space) '
    "WHERE space IS NOT NULL",
    "CREATE INDEX IF NOT EXISTS watches_topic ON watches (topic, level)",
    "CREATE INDEX IF NOT EXISTS watches_space ON watches (space, level)",
    'CREATE UNIQUE INDEX IF NOT EXISTS read_positions_user_topic ON read_positions ("user", topic)',
    'CREATE INDEX IF NOT EXISTS read_positions_user ON read_positions ("user")',
    "CREATE UNIQUE INDEX IF NOT EXISTS blocks_pair ON blocks (blocker, blocked)",
    "CREATE INDEX IF NOT EXISTS blocks_blocked ON blocks (blocked)",
    # the unread badge, and finding a member's unread notice of a topic to coalesce into
    'CREATE INDEX IF NOT EXISTS notifications_unread ON notifications ("user", read_at)',
    "CREATE INDEX IF NOT EXISTS notifications_topic ON notifications (topic, kind, read_at)",
    "CREATE INDEX IF NOT EXISTS notifications_link ON notifications (link, kind, read_at)",
    "CREATE INDEX IF NOT EXISTS notifications_post ON notifications (post)",
    'CREATE INDEX IF NOT EXISTS notifications_actor ON notifications ("actor")',
]


async def _schema() -> None:
    from forum.storage.tables import Topic

    engine = Topic._meta.db
    sqlite = engine.engine_type == "sqlite"
    key = '"id" INTEGER PRIMARY KEY NOT NULL' if sqlite else '"id" SERIAL PRIMARY KEY'
    for name, columns in _TABLES:
        body = ", ".join([key, *columns])
        await engine.run_ddl(f'CREATE TABLE IF NOT EXISTS "{name}" ({body})')
    for table, column in _COLUMNS:
        exists = "" if sqlite else "IF NOT EXISTS "
        await engine.run_ddl(f'ALTER TABLE "{table}" ADD COLUMN {exists}{column}')
    for statement in _INDEXES:
        await engine.run_ddl(statement)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="forum", description=DESCRIPTION)
    manager.add_raw(_schema)
    return manager
