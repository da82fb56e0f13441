"""Images attached to posts (issue 15): the images and the blocked perceptual hashes.

Written as SQL for each engine like the notifications migration: a row per picture and
target, the file on disk named by its sha256; the owner's rows go with the account.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-12-06T02:40:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "images and blocked image hashes"

_REF = 'INTEGER REFERENCES "{}" ("id") ON DELETE {} ON UPDATE CASCADE'
_TABLES = [
    (
        "images",
        [
            '"sha256" VARCHAR(64) NOT NULL',
            f'"owner" {_REF.format("users", "CASCADE")} NOT NULL',
            '"format" VARCHAR(8) NOT NULL',
            '"size" INTEGER NOT NULL',
            '"width" INTEGER NOT NULL',
            '"height" INTEGER NOT NULL',
            '"phash" VARCHAR(16) NOT NULL',
            "\"status\" VARCHAR(16) NOT NULL DEFAULT 'staged'",
            '"target_kind" VARCHAR(16)',
            '"target_id" INTEGER',
            "\"alt\" VARCHAR(300) NOT NULL DEFAULT ''",
            '"found" JSON',
            '"created" TIMESTAMPTZ NOT NULL DEFAULT current_timestamp',
        ],
    ),
    (
        "blocked_image_hashes",
        [
            '"phash" VARCHAR(16) NOT NULL',
            f'"image" {_REF.format("images", "SET NULL")}',
            "\"reason\" TEXT NOT NULL DEFAULT ''",
            '"created" TIMESTAMPTZ NOT NULL DEFAULT current_timestamp',
        ],
    ),
]
_INDEXES = [
    "CREATE INDEX IF NOT EXISTS images_sha256 ON images (sha256)",
    "CREATE INDEX IF NOT EXISTS images_owner ON images (owner)",
    "CREATE INDEX IF NOT EXISTS images_target ON images (target_kind, target_id)",
    "CREATE INDEX IF NOT EXISTS blocked_image_hashes_phash ON blocked_image_hashes (phash)",
]


async def _schema() -> None:
    from forum.storage.tables import Topic

    engine = Topic._meta.db
    sqlite = engine.engine_type == "sqlite"
    key = '"id" INTEGER PRIMARY KEY NOT NULL' if sqlite else '"id" SERIAL PRIMARY KEY'
    for name, columns in _TABLES:
        body = ", ".join([key, *columns])
        await engine.run_ddl(f'CREATE TABLE IF NOT EXISTS "{name}" ({body})')
    for statement in _INDEXES:
        await engine.run_ddl(statement)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="forum", description=DESCRIPTION)
    manager.add_raw(_schema)
    return manager
