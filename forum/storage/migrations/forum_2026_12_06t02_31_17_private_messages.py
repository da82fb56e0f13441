"""Private messages (issue 15): conversations, their participants and messages, and the
review queue's and reports' link to a message.

Written as SQL for each engine, like the notifications migration: the columns added to
existing tables and the partial unique index are beyond Piccolo's auto migrations.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-12-06T02:31:17:000000"
VERSION = "1.38.0"
DESCRIPTION = "private messages: conversations, participants, messages"

_REF = 'INTEGER REFERENCES "{}" ("id") ON DELETE CASCADE ON UPDATE CASCADE'
_NOW = "TIMESTAMPTZ NOT NULL DEFAULT current_timestamp"
_TABLES = [
    (
        "conversations",
        [
            '"title" VARCHAR(200) NOT NULL',
            f'"started_by" {_REF.format("users")}',
            f'"created" {_NOW}',
            f'"last_message_at" {_NOW}',
        ],
    ),
    (
        "conversation_participants",
        [
            f'"conversation" {_REF.format("conversations")} NOT NULL',
            f'"user" {_REF.format("users")} NOT NULL',
            f'"joined" {_NOW}',
            '"left_at" TIMESTAMPTZ',
            '"last_read" INTEGER NOT NULL DEFAULT 0',
            "\"disclosed\" JSON NOT NULL DEFAULT '[]'",
        ],
    ),
    (
        "private_messages",
        [
            f'"conversation" {_REF.format("conversations")} NOT NULL',
            f'"author" {_REF.format("users")} NOT NULL',
            '"body" TEXT NOT NULL',
            '"html" TEXT NOT NULL',
            "\"status\" VARCHAR(16) NOT NULL DEFAULT 'visible'",
            '"original" JSON',
            '"reported" BOOLEAN NOT NULL DEFAULT false',
            f'"created" {_NOW}',
        ],
    ),
]
_COLUMNS = [
    ("review_items", f'"message" {_REF.format("private_messages")}'),
    ("reports", f'"message" {_REF.format("private_messages")}'),
]
_INDEXES = [
    "CREATE INDEX IF NOT EXISTS conversations_last ON conversations (last_message_at)",
    "CREATE UNIQUE INDEX IF NOT EXISTS participants_pair "
    'ON conversation_participants (conversation, "user")',
    'CREATE INDEX IF NOT EXISTS participants_user ON conversation_participants ("user")',
    "CREATE INDEX IF NOT EXISTS private_messages_conversation "
    "ON private_messages (conversation, id)",
    "CREATE INDEX IF NOT EXISTS private_messages_author ON private_messages (author)",
    "CREATE INDEX IF NOT EXISTS review_items_message ON review_items (message)",
    # one report per member per message (NULL messages, i.e. posts' reports, never collide)
    "CREATE UNIQUE INDEX IF NOT EXISTS reports_one_per_member_message "
    "ON reports (message, reporter) WHERE message IS NOT NULL",
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
