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
from forum.reading import search_postgres, search_sql
from forum.reading.queries import author_name
from forum.reading.search_input import BadQuery, Filters, Query, check_status, parse, read_filters
from forum.storage import db
from forum.storage.tables import Post

# Marks around matched words: control characters, which posts and titles never keep
# (posting.checks removes them), so a post cannot forge a mark.
OPEN, CLOSE = "\x02", "\x03"
# Ranking reads every candidate's statistics: a word in half of a million posts would cost
# half a second. The best matches are chosen among the newest CANDIDATES that pass the
# filters, which keeps the cost bounded and favours what is current (bench/search.py: with
# 1,000, PostgreSQL walked 20,000 rows for a word in 5% of posts).
CANDIDATES = 300
WORD_SAMPLE = 100  # newest posts holding a word read to tell how common it is (SQLite)
BM25_ENTRIES = 200_000  # doclist entries bm25 may read to weigh a phrase (about 20 ms)
MAX_RESULTS = 1000  # deep OFFSETs rank every match again: narrow the search instead
_HEADLINE = (
    f"StartSel={OPEN}, StopSel={CLOSE}, MaxWords=30, MinWords=12, "
    'MaxFragments=2, FragmentDelimiter=" … "'
)


async def _bm25_affordable(query: Query, newest: int) -> bool:
    """Whether bm25 may rank a query with a phrase: to weigh a phrase it counts every post
    holding it, reading its words' doclists whole (two words in 40% of a million posts:
    130-250 ms). Past ``BM25_ENTRIES`` estimated entries the order is newest first."""
    phrases = [t for g in query.groups for t in g if len(t.words) > 1] + list(query.excluded)
    entries = 0.0
    for word in {w for term in phrases for w in term.words}:  # stop words too: FTS5 has them
        sql, args = search_sql.sqlite_word_span(word, WORD_SAMPLE)
        row = (await Post.raw(sql, *args))[0]
        entries += row["found"] * (newest / max(1, newest - (row["lowest"] or 0) + 1))
    return entries <= BM25_ENTRIES


async def _ranked_ids(query: Query, filters: Filters, limit: int, offset: int) -> list[int]:
    if not db.is_sqlite():
        ranked = filters.sort == "relevance"
        # Ranked: among the newest CANDIDATES, or for a phrase at least a page of them.
        wanted, least = (CANDIDATES, limit) if ranked else (offset + limit, offset + limit)
        async with db.engine().transaction():
            found = await search_postgres.newest_matches(query, filters, wanted, least)
        if ranked:
            found.sort(key=lambda row: (-row["rank"], -row["id"]))
        return [row["id"] for row in found[offset : offset + limit]]
    floor, ranked = 0, filters.sort == "relevance"
    if ranked:
        sql, args = search_sql.sqlite_floor(query, filters, CANDIDATES)
        rows = await Post.raw(sql, *args)
        floor = rows[0]["floor"] or 0
        # bm25 gives a word found in more than half of all posts no weight (FTS5 floors its
        # IDF at 1e-6) and counts every post holding it to learn that: when the newest
        # matches are more than half of the newest posts, the order is newest first.
        found, newest = rows[0]["found"], rows[0]["newest"] or 0
        ranked = not (found == CANDIDATES and newest - floor + 1 < 2 * found)
        if ranked and query.has_phrase():
            ranked = await _bm25_affordable(query, newest)
    sql, args = search_sql.sqlite_ranked(query, filters, floor, limit, offset, ranked=ranked)
    return [row["id"] for row in await Post.raw(sql, *args)]


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


def _still_matches(row: dict[str, Any], filters: Filters) -> bool:
    status = search_sql.STATUS_OF[filters.status].value
    if filters.status != "visible":
        return row["status"] == status
    return row["status"] == status and row["topic.status"] in (None, status)


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
    ids = await _ranked_ids(query, filters, limit + 1, offset)
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
        Post.topic.status,
    ).where(Post.id.is_in(ids))
    # Read again: a post removed since the ids were chosen stays out of the page.
    by_id = {row["id"]: row for row in details if _still_matches(row, filters)}
    snippets = await _snippets(query, ids)
    hits = []
    for post_id in ids:
        if post_id not in by_id:
            continue
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
