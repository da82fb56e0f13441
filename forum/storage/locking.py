"""Row locks where the database has them."""

from __future__ import annotations

from piccolo.query import Select


def row_lock(query: Select, strength: str = "UPDATE") -> Select:
    """``query`` taking a row lock of this strength (``SELECT ... FOR UPDATE``/``FOR SHARE``)
    inside a write transaction on PostgreSQL; on SQLite write transactions run one at a time
    already, and the query is left as it is."""
    if query.table._meta.db.engine_type == "sqlite":
        return query
    return query.lock_rows(strength)  # type: ignore[arg-type]
