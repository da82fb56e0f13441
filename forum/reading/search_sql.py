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


def sqlite_word_span(word: str, sample: int) -> tuple[str, list[Any]]:
    """The lowest id among the newest ``sample`` posts holding ``word``, and how many there
    are (fewer than ``sample``: all of them): how common the word is, read from the newest end
    of its doclist."""
    sql = (
        "SELECT min(rowid) AS lowest, count(*) AS found FROM (SELECT rowid FROM post_search "
        "WHERE post_search MATCH {} ORDER BY rowid DESC LIMIT {})"
    )
    return sql, [f'"{word}"', sample]  # \w+ holds no double quote: a plain string to FTS5


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


def postgres_window(
    query: Query, filters: Filters, low: int | None, high: int, limit: int
) -> tuple[str, list[Any]]:
    """The newest ``limit`` posts with ``low <= id < high`` (no lower bound when ``low`` is
    None) that hold the query's words and pass the filters, newest first: their id, ts_rank,
    and ``hit``, whether they match it exactly (a phrase's words in order).

    The id range bounds the rows read whatever the plan: the GIN index ANDed with the range
    (the BRIN index of ``posts.id``), or the range walked backwards. Without it a word in
    2% of a million posts had 20,000 rows read (bitmap heap scan) to keep the newest 300.
    """
    exact, exact_values = query.tsquery()
    loose, loose_values = query.tsquery(loose=True)
    where, args = _where(filters)
    bounds = "p.id < {}" + (" AND p.id >= {}" if low is not None else "")
    # ts_rank normalisation 1: divided by 1 + log(length), so long posts do not win by size.
    sql = (
        f"SELECT p.id AS id, ts_rank(p.search, {exact}, 1) AS rank, "
        f"p.search @@ ({exact}) AS hit FROM posts p"
        + _joins(filters)
        + f" WHERE p.search @@ ({loose}) AND {bounds} AND {where} "
        "ORDER BY p.id DESC LIMIT {}"
    )
    window = [high] + ([low] if low is not None else [])
    return sql, [*exact_values, *exact_values, *loose_values, *window, *args, limit]


def postgres_settings(walk: bool) -> str:
    """Settings of this transaction, and the newest post's id.

    The driver prepares statements, and after five runs PostgreSQL may settle on one generic
    plan for every query: the best plan depends on the words' frequencies and the window, so
    it is made for each statement. JIT compiling cost 35-50 ms whenever a plan's estimate
    passed jit_above_cost: more than the search. ``walk``: the next statement walks the
    primary key backwards (no bitmap: the GIN index of a word in most posts is slow to read).
    """
    bitmap = "off" if walk else "on"
    return (
        "SELECT set_config('plan_cache_mode', 'force_custom_plan', true), "
        "set_config('jit', 'off', true), "
        f"set_config('enable_bitmapscan', '{bitmap}', true), "
        "(SELECT max(id) FROM posts) AS newest"
    )
