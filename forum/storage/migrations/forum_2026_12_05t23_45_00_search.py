"""Full-text search of posts, kept up to date by the database itself.

Each post is one document: its text, and for the opening post of a topic the topic's title
too (weighted higher). Replies do not repeat the title, so a word of the title finds the
topic once, not every reply in it.

- SQLite: an FTS5 table with *external content* (the view ``post_search_source``), so the
  text is stored once, in ``posts``. Triggers on ``posts`` and ``topics`` feed it in the
  same transaction as the write; FTS5 needs the old values to forget a document, which the
  triggers take from the view before or while the row changes.
- PostgreSQL: the ``forum_search`` configuration (English, accents folded), a ``tsvector``
  column on ``posts`` filled by a BEFORE trigger (a generated column cannot read the topic's
  title), a trigger on ``topics`` for a changed title, and a GIN index.

Visibility is not in the index: a search joins ``posts`` and ``topics`` and reads their
status, so a removal or a hold hides a post from search the moment it commits.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager

ID = "2026-12-05T23:45:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "full-text search: FTS5 on SQLite, tsvector + GIN on PostgreSQL"

# The opening post of a topic is its first by id (replies may have no parent).
_OPENING = "p.id = (SELECT min(q.id) FROM posts q WHERE q.topic = p.topic)"

SQLITE = [
    "CREATE VIEW IF NOT EXISTS post_search_source AS "
    "SELECT p.id AS id, "
    f"CASE WHEN p.topic IS NOT NULL AND {_OPENING} THEN t.title ELSE '' END AS title, "
    "p.body AS body FROM posts p LEFT JOIN topics t ON t.id = p.topic",
    "CREATE VIRTUAL TABLE IF NOT EXISTS post_search USING fts5("
    "title, body, content='post_search_source', content_rowid='id', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS posts_search_insert AFTER INSERT ON posts BEGIN "
    "INSERT INTO post_search(rowid, title, body) "
    "SELECT id, title, body FROM post_search_source WHERE id = new.id; END",
    # The title has not changed when a body does: the view still gives the indexed one.
    "CREATE TRIGGER IF NOT EXISTS posts_search_update AFTER UPDATE OF body ON posts BEGIN "
    "INSERT INTO post_search(post_search, rowid, title, body) "
    "SELECT 'delete', id, title, old.body FROM post_search_source WHERE id = old.id; "
    "INSERT INTO post_search(rowid, title, body) "
    "SELECT id, title, body FROM post_search_source WHERE id = new.id; END",
    "CREATE TRIGGER IF NOT EXISTS posts_search_delete BEFORE DELETE ON posts BEGIN "
    "INSERT INTO post_search(post_search, rowid, title, body) "
    "SELECT 'delete', id, title, body FROM post_search_source WHERE id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS topics_search_title AFTER UPDATE OF title ON topics "
    "WHEN old.title IS NOT new.title BEGIN "
    "INSERT INTO post_search(post_search, rowid, title, body) "
    "SELECT 'delete', p.id, old.title, p.body FROM posts p "
    "WHERE p.id = (SELECT min(id) FROM posts WHERE topic = new.id); "
    "INSERT INTO post_search(rowid, title, body) SELECT id, title, body "
    "FROM post_search_source WHERE id = (SELECT min(id) FROM posts WHERE topic = new.id); END",
    # Backfill: index every post already there.
    "INSERT INTO post_search(post_search) VALUES ('rebuild')",
]

_VECTOR = (
    "setweight(to_tsvector('forum_search', coalesce({title}, '')), 'A') || "
    "setweight(to_tsvector('forum_search', {body}), 'B')"
)

POSTGRES = [
    # English stemming with accents folded (café finds cafe), as SQLite's remove_diacritics
    # does; unaccent is a trusted extension: the database owner may create it.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'forum_search') "
    "THEN CREATE TEXT SEARCH CONFIGURATION forum_search (COPY = english); "
    "ALTER TEXT SEARCH CONFIGURATION forum_search "
    "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem; END IF; END $$",
    "ALTER TABLE posts ADD COLUMN IF NOT EXISTS search tsvector",
    "CREATE OR REPLACE FUNCTION posts_search_fill() RETURNS trigger AS $$ "
    "DECLARE heading text := ''; BEGIN "
    "IF NEW.topic IS NOT NULL AND NOT EXISTS "
    "(SELECT 1 FROM posts WHERE topic = NEW.topic AND id < NEW.id) THEN "
    "SELECT title INTO heading FROM topics WHERE id = NEW.topic; END IF; "
    f"NEW.search := {_VECTOR.format(title='heading', body='NEW.body')}; "
    "RETURN NEW; END; $$ LANGUAGE plpgsql",
    "DROP TRIGGER IF EXISTS posts_search_fill ON posts",
    "CREATE TRIGGER posts_search_fill BEFORE INSERT OR UPDATE OF body, topic ON posts "
    "FOR EACH ROW EXECUTE FUNCTION posts_search_fill()",
    "CREATE OR REPLACE FUNCTION topics_search_title() RETURNS trigger AS $$ BEGIN "
    "UPDATE posts SET body = body "
    "WHERE id = (SELECT min(id) FROM posts WHERE topic = NEW.id); "
    "RETURN NULL; END; $$ LANGUAGE plpgsql",
    "DROP TRIGGER IF EXISTS topics_search_title ON topics",
    "CREATE TRIGGER topics_search_title AFTER UPDATE OF title ON topics FOR EACH ROW "
    "WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION topics_search_title()",
    # Backfill: the trigger fills the vector of every post already there.
    "UPDATE posts SET body = body WHERE search IS NULL",
    "CREATE INDEX IF NOT EXISTS posts_search_gin ON posts USING gin (search)",
]


async def _search() -> None:
    from forum.storage.tables import Post

    engine = Post._meta.db
    for statement in SQLITE if engine.engine_type == "sqlite" else POSTGRES:
        await engine.run_ddl(statement)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="forum", description=DESCRIPTION)
    manager.add_raw(_search)
    return manager
