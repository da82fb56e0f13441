"""Full-text search of what a viewer may see: FTS5 on SQLite, tsvector + GIN on PostgreSQL.

The index (migration ``…search``) holds every post; who may find what is decided here, by
joining the post's and its topic's status, so a hold or a removal hides a post the moment it
commits. Visitors and members find visible posts in visible topics only; moderators may ask
for held or removed ones with ``status``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from forum.accounts.members import Account
from forum.reading.queries import author_name
from forum.reading.search_input import BadQuery, Filters, Query, check_status, parse, read_filters
from forum.storage import db
from forum.storage.tables import Post, PostStatus

# Marks around matched words: control characters, which posts and titles never keep
# (posting.checks removes them), so a post cannot forge a mark.
OPEN, CLOSE = "\x02", "\x03"
STATUS_OF = {
    "visible": PostStatus.visible,
    "held": PostStatus.pending,
    "removed": PostStatus.removed,
}
MAX_RESULTS = 1000  # deep OFFSETs rank every match again: narrow the search instead
TITLE_WEIGHT = 4.0  # a word of the title counts as much as four in the text
_HEADLINE = (
    f"StartSel={OPEN}, StopSel={CLOSE}, MaxWords=30, MinWords=12, "
    'MaxFragments=2, FragmentDelimiter=" … "'
)


def _where(filters: Filters) -> tuple[list[str], list[Any]]:
    status = STATUS_OF[filters.status]
    clauses, args = ["p.status = {}"], [status.value]
    if status is PostStatus.visible:
        # A visible reply in a held or removed topic is out of sight too.
        clauses.append("(t.id IS NULL OR t.status = {})")
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
    return clauses, args


def _joins(filters: Filters) -> str:
    joins = " LEFT JOIN topics t ON t.id = p.topic"
    return joins + (" JOIN spaces sp ON sp.id = p.space" if filters.kind else "")


def _ranked_sqlite(query: Query, filters: Filters, limit: int, offset: int) -> tuple[str, list]:
    clauses, args = _where(filters)
    order = (
        f"bm25(post_search, {TITLE_WEIGHT}, 1.0), s.rowid DESC"
        if filters.sort == "relevance"
        else "s.rowid DESC"
    )
    sql = (
        "SELECT s.rowid AS id FROM post_search s JOIN posts p ON p.id = s.rowid"
        + _joins(filters)
        + " WHERE post_search MATCH {} AND "
        + " AND ".join(clauses)
        + f" ORDER BY {order} LIMIT {{}} OFFSET {{}}"
    )
    return sql, [query.fts5(), *args, limit, offset]


def _ranked_postgres(query: Query, filters: Filters, limit: int, offset: int) -> tuple[str, list]:
    tsquery, values = query.tsquery()
    clauses, args = _where(filters)
    # ts_rank normalisation 1: divided by 1 + log(length), so long posts do not win by size.
    order = (
        f"ts_rank(p.search, {tsquery}, 1) DESC, p.id DESC"
        if filters.sort == "relevance"
        else "p.id DESC"
    )
    order_args = values if filters.sort == "relevance" else []
    sql = (
        "SELECT p.id AS id FROM posts p"
        + _joins(filters)
        + f" WHERE p.search @@ ({tsquery}) AND "
        + " AND ".join(clauses)
        + f" ORDER BY {order} LIMIT {{}} OFFSET {{}}"
    )
    return sql, [*values, *args, *order_args, limit, offset]


async def _snippets(query: Query, ids: list[int]) -> dict[int, dict[str, Any]]:
    marks = ", ".join("{}" for _ in ids)
    if db.is_sqlite():
        sql = (
            "SELECT rowid AS id, snippet(post_search, 1, {}, {}, '…', 24) AS snippet, "
            "highlight(post_search, 0, {}, {}) AS title FROM post_search "
            f"WHERE post_search MATCH {{}} AND rowid IN ({marks})"
        )
        args = [OPEN, CLOSE, OPEN, CLOSE, query.fts5(), *ids]
    else:
        tsquery, values = query.tsquery()
        sql = (
            f"SELECT p.id AS id, ts_headline('forum_search', p.body, {tsquery}, {{}}) AS snippet, "
            "CASE WHEN p.id = (SELECT min(q.id) FROM posts q WHERE q.topic = p.topic) "
            f"THEN ts_headline('forum_search', t.title, {tsquery}, {{}}) ELSE '' END AS title "
            f"FROM posts p LEFT JOIN topics t ON t.id = p.topic WHERE p.id IN ({marks})"
        )
        args = [*values, _HEADLINE, *values, "HighlightAll=true, " + _HEADLINE, *ids]
    rows = await Post.raw(sql, *args)
    return {row["id"]: row for row in rows}


def marked(text: str) -> Markup:
    """Text made safe for HTML, then its matched words wrapped in <mark> (balanced)."""
    out, inside = [], False
    for piece in re.split(f"([{OPEN}{CLOSE}])", text or ""):
        if piece == OPEN and not inside:
            out.append("<mark>")
            inside = True
        elif piece == CLOSE and inside:
            out.append("</mark>")
            inside = False
        elif piece not in (OPEN, CLOSE):
            out.append(html.escape(piece, quote=False))
    return Markup("".join(out) + ("</mark>" if inside else ""))


async def search(
    query: Query, filters: Filters, viewer: Account | None, *, offset: int, limit: int
) -> tuple[list[dict[str, Any]], bool]:
    """One page of hits the viewer may see, best first, and whether there are more."""
    check_status(filters.status, viewer)
    build = _ranked_sqlite if db.is_sqlite() else _ranked_postgres
    sql, args = build(query, filters, limit + 1, offset)
    ids = [row["id"] for row in await Post.raw(sql, *args)]
    more, ids = len(ids) > limit, ids[:limit]
    if not ids:
        return [], False
    details = await Post.select(
        Post.id,
        Post.topic,
        Post.created,
        Post.status,
        Post.author.username,
        Post.author.status,
        Post.space.slug,
        Post.space.title,
        Post.space.kind,
        Post.topic.title,
    ).where(Post.id.is_in(ids))
    by_id = {row["id"]: row for row in details}
    snippets = await _snippets(query, ids)
    hits = []
    for post_id in ids:
        row, found = by_id[post_id], snippets.get(post_id, {})
        row["author_name"] = author_name(row, "author")
        row["snippet"] = marked(found.get("snippet") or "")
        title = found.get("title") or row["topic.title"] or ""
        row["title"] = marked(title)
        hits.append(row)
    return hits, more


@dataclass(frozen=True)
class Results:
    """One page of a search: the hits, its number, and whether a next page exists."""

    hits: list[dict[str, Any]]
    page: int
    more: bool


async def find(
    params: Mapping[str, str | None], viewer: Account | None, page: int, per_page: int
) -> Results:
    """Search as the query string asks (``q`` and the filters), as ``viewer`` may see."""
    if page > MAX_RESULTS // per_page:
        raise BadQuery(
            f"Only the first {MAX_RESULTS:,} results can be paged through; narrow the search."
        )
    query = parse(params.get("q") or "")
    filters = await read_filters(params, viewer)
    hits, more = await search(query, filters, viewer, offset=(page - 1) * per_page, limit=per_page)
    return Results(hits, page, more)
