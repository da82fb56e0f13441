"""PostgreSQL's side of a search: the newest matches, read window by window from the newest
post back, so that a common word costs a few hundred rows and not every post holding it.

The GIN index knows which posts hold a word but not which are newest: for a word in 2% of a
million posts, a bitmap scan read 20,000 rows (300 ms) to keep the newest 300. Here the
newest ``FIRST_WALK`` posts are walked back first (the primary key, no bitmap), which also
tells how common the words are; each next window is sized from that density and read the
cheaper way (walked again, or the GIN index ANDed with the id range of the BRIN index),
until enough are found. ``search_sql.postgres_window`` is the statement of one window.
"""

from __future__ import annotations

from forum.reading import search_sql
from forum.reading.search_input import Filters, Query
from forum.storage.tables import Post

FIRST_WALK = 2000
"""Posts walked back first, to learn how common the words are."""
ALL_AT_ONCE = 2000
"""When fewer matches than this are expected in the rest, the rest is read in one go."""
PHRASE_CHECKS = 2000
"""Posts holding all of a phrase's words checked for the phrase before settling for a page:
the GIN index cannot tell the words' order, so each is read to check it."""
# Microseconds (bench/search.py, 1M posts, a loaded machine): a row walked back along the
# primary key and tested; an entry of the GIN index read into a bitmap (every match of the
# word, whatever the window); a row fetched through a bitmap (a random page).
WALK_COST, GIN_COST, FETCH_COST = 2.0, 0.4, 10.0


def next_window(density: float, high: int, need: int) -> tuple[bool, int | None]:
    """Walk back (True) or read the GIN index, from ``high`` down to what bound (None: to
    the first post): whichever reads less for ``need`` more matches at ``density``."""
    if density * high <= ALL_AT_ONCE:
        return False, None
    walked = need / density
    if walked * WALK_COST < density * high * GIN_COST + need * FETCH_COST:
        return True, high - int(3 * walked)  # the LIMIT stops the walk once enough are found
    return False, high - int(1.5 * walked)


async def newest_matches(query: Query, filters: Filters, wanted: int, least: int) -> list[dict]:
    """The newest ``wanted`` matches (id, rank), newest first; inside a transaction.

    A phrase settles for fewer once ``PHRASE_CHECKS`` posts holding its words were checked
    and ``least`` matches were found: the phrase matches among the newest posts holding the
    words, never a wrong one, and the same whatever page is asked for.
    """
    rows = await Post.raw(search_sql.postgres_settings(walk=True))
    newest, walk = rows[0]["newest"] or 0, True
    exact = not query.has_phrase()
    hits: list[dict] = []
    checked, high, low = 0, newest + 1, newest + 1 - FIRST_WALK

    def need() -> int:  # posts holding the words to read next
        return wanted - len(hits) if exact else PHRASE_CHECKS - checked % PHRASE_CHECKS

    while True:
        limit = need()
        sql, args = search_sql.postgres_window(query, filters, low, high, limit)
        found = await Post.raw(sql, *args)
        checked += len(found)
        hits += [row for row in found if row["hit"]]
        if len(hits) >= wanted or (checked >= PHRASE_CHECKS and len(hits) >= least):
            return hits[:wanted]
        if len(found) == limit:  # stopped by the LIMIT: the window goes on below the last
            high = found[-1]["id"]
        elif low is None or low <= 1:
            return hits
        else:
            high = low
        walking, low = next_window(checked / (newest + 1 - high), high, need())
        if walking != walk:
            await Post.raw(search_sql.postgres_settings(walk=walking))
            walk = walking
