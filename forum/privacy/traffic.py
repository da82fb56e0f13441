"""Aggregate traffic figures from the request log: nothing here identifies a person."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from piccolo.query.functions.aggregate import Count
from piccolo.querystring import QueryString

from forum.storage.privacy_tables import RequestLog

# Order matters: Edge and Opera say "Chrome", Chrome says "Safari".
_FAMILIES = (
    ("Bot", re.compile(r"bot|crawl|spider|slurp|feedfetcher", re.I)),
    ("Script", re.compile(r"^(curl|wget|python|httpx|aiohttp|go-http|java|okhttp)", re.I)),
    ("Edge", re.compile(r"Edg(e|A|iOS)?/")),
    ("Opera", re.compile(r"OPR/|Opera")),
    ("Firefox", re.compile(r"Firefox/|FxiOS/")),
    ("Chrome", re.compile(r"Chrome/|Chromium/|CriOS/")),
    ("Safari", re.compile(r"Safari/")),
)


def browser_family(user_agent: str) -> str:
    """A coarse browser name for statistics ("Firefox", "Bot", "Other", …)."""
    if not user_agent:
        return "None given"
    for name, pattern in _FAMILIES:
        if pattern.search(user_agent):
            return name
    return "Other"


@dataclass(frozen=True)
class Bar:
    """One bar of a chart: a label, a count, and its share of the largest count (0 to 100)."""

    label: str
    count: int
    percent: int
    extra: int = 0


def _bars(pairs: list[tuple[str, int, int]]) -> list[Bar]:
    top = max((count for _, count, _ in pairs), default=0) or 1
    return [Bar(label, count, round(100 * count / top), extra) for label, count, extra in pairs]


async def daily_views(days: int) -> list[Bar]:
    """Page views (successful GETs) and distinct visitors per day, oldest first, zeros filled."""
    today = datetime.now(UTC).date()
    first = today - timedelta(days=days - 1)
    rows = (
        await RequestLog.select(
            RequestLog.day,
            Count(alias="views"),
            Count(distinct=[RequestLog.ip], alias="visitors"),
        )
        .where(
            RequestLog.day >= first.isoformat(),
            RequestLog.method == "GET",
            RequestLog.status < 400,
        )
        .group_by(RequestLog.day)
    )
    by_day = {row["day"]: (row["views"], row["visitors"]) for row in rows}
    pairs = []
    for offset in range(days):
        day = (first + timedelta(days=offset)).isoformat()
        views, visitors = by_day.get(day, (0, 0))
        pairs.append((day, views, visitors))
    return _bars(pairs)


async def top_pages(days: int, limit: int = 15) -> list[Bar]:
    """The most viewed paths over the last ``days`` days."""
    since = (datetime.now(UTC).date() - timedelta(days=days - 1)).isoformat()
    rows = (
        await RequestLog.select(RequestLog.path, Count(alias="views"))
        .where(RequestLog.day >= since, RequestLog.method == "GET", RequestLog.status < 400)
        .group_by(RequestLog.path)
        .order_by(QueryString("COUNT(*)"), ascending=False)
        .limit(limit)
    )
    return _bars([(row["path"], row["views"], 0) for row in rows])


async def browsers(days: int) -> list[Bar]:
    """Requests per browser family over the last ``days`` days."""
    since = (datetime.now(UTC).date() - timedelta(days=days - 1)).isoformat()
    rows = (
        await RequestLog.select(RequestLog.browser, Count(alias="requests"))
        .where(RequestLog.day >= since)
        .group_by(RequestLog.browser)
        .order_by(QueryString("COUNT(*)"), ascending=False)
    )
    return _bars([(row["browser"], row["requests"], 0) for row in rows])
