"""The SQL of a search, per database: which posts match, pass the filters, and rank best.

Placeholders are Piccolo's ``{}`` throughout; what a person typed reaches the database only
as parameter values (see ``search_input``).
"""

from __future__ import annotations

from typing import Any

from forum.reading.search_input import Filters, Query
from forum.storage.tables import PostStatus

STATUS_OF = {
    "visible": PostStatus.visible,
    "held": PostStatus.pending,
    "removed": PostStatus.removed,
}
TITLE_WEIGHT = 4.0  # a word of the title counts as much as four in the text (FTS5's bm25)


def _where(filters: Filters) -> tuple[str, list[Any]]:
    status = STATUS_OF[filters.status]
    clauses, args = ["p.status = {}"], [status.value]
    if status is PostStatus.visible:
        # A visible reply in a held or removed topic is out of sight too. A subquery (one
        # primary-key look-up per match) rather than a join: PostgreSQL hashed every topic
        # for a join, 10 ms of a rare word's 30 at a million posts.
        clauses.append(
            "(p.topic IS NULL OR (SELECT t.status FROM topics t WHERE t.id = p.topic) = {})"
        )
        args.append(PostStatus.visible.value)
    for clause, value in (
        ("p.space = {}", filters.space_id),
        ("p.author = {}", filters.author_id),
        ("sp.kind = {}", filters.kind),
        ("p.created >= {}", filters.after),
        ("p.created < {}", filters.before),
    ):
        if value is not None:
            clauses.append(clause)
            args.append(value)
    return " AND ".join(clauses), args


def _joins(filters: Filters) -> str:
    return " JOIN spaces sp ON sp.id = p.space" if filters.kind else ""


def _sqlite_matches(filters: Filters) -> tuple[str, list[Any]]:
    where, args = _where(filters)
    sql = (
        "FROM post_search s JOIN posts p ON p.id = s.rowid"
        + _joins(filters)
        + " WHERE post_search MATCH {} AND "
        + where
    )
    return sql, args


def sqlite_floor(query: Query, filters: Filters, candidates: int) -> tuple[str, list[Any]]:
    """The lowest id among the newest ``candidates`` matches, how many there are, and the
    newest post's id: FTS5 walks its doclists newest first and stops at ``candidates``."""
    matches, args = _sqlite_matches(filters)
    sql = (
        "SELECT min(id) AS floor, count(*) AS found, (SELECT max(id) FROM posts) AS newest "
        f"FROM (SELECT s.rowid AS id {matches} ORDER BY s.rowid DESC LIMIT {{}})"
    )
    return sql, [query.fts5(), *args, candidates]


def sqlite_ranked(
    query: Query, filters: Filters, floor: int, limit: int, offset: int, *, ranked: bool
) -> tuple[str, list[Any]]:
    """Ids of one page: by bm25 among matches from ``floor`` on, or newest first."""
    matches, args = _sqlite_matches(filters)
    bm25 = f"bm25(post_search, {TITLE_WEIGHT}, 1.0), "
    order = (bm25 if ranked else "") + "s.rowid DESC"
    sql = (
        f"SELECT s.rowid AS id {matches} AND s.rowid >= {{}} "
        f"ORDER BY {order} LIMIT {{}} OFFSET {{}}"
    )
    return sql, [query.fts5(), *args, floor, limit, offset]


def postgres_ranked(
    query: Query, filters: Filters, candidates: int, limit: int, offset: int
) -> tuple[str, list[Any]]:
    """Ids of one page: the newest ``candidates`` matches (the planner walks the primary key
    backwards for a common word, the GIN index for a rare one), then ts_rank among them."""
    tsquery, values = query.tsquery()
    where, args = _where(filters)
    newest = (
        "SELECT p.id AS id, p.search AS search FROM posts p"
        + _joins(filters)
        + f" WHERE p.search @@ ({tsquery}) AND {where} ORDER BY p.id DESC"
    )
    if filters.sort != "relevance":
        return f"{newest} LIMIT {{}} OFFSET {{}}", [*values, *args, limit, offset]
    # ts_rank normalisation 1: divided by 1 + log(length), so long posts do not win by size.
    sql = (
        f"WITH recent AS MATERIALIZED ({newest} LIMIT {{}}) SELECT id FROM recent "
        f"ORDER BY ts_rank(search, {tsquery}, 1) DESC, id DESC LIMIT {{}} OFFSET {{}}"
    )
    return sql, [*values, *args, candidates, *values, limit, offset]
