"""Figures for the moderator dashboard: queue volume and actions per day, by category."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from forum.storage.desk_tables import ModerationLog, ReviewItem

PALETTE = ("#0b5cad", "#b7791f", "#a4161a", "#2f855a", "#6b46c1", "#c05621", "#2c7a7b", "#718096")


@dataclass(frozen=True)
class Bar:
    """One stacked segment of a day's bar, already laid out in SVG units."""

    x: float
    y: float
    width: float
    height: float
    colour: str
    label: str


@dataclass(frozen=True)
class Chart:
    """A stacked bar chart: days on x, counts on y, one colour per series."""

    title: str
    days: list[date]
    series: list[tuple[str, str]]  # (name, colour)
    bars: list[Bar]
    peak: int
    total: int
    width: int = 640
    height: int = 200


def _layout(title: str, days: list[date], counts: dict[tuple[date, str], int]) -> Chart:
    names = sorted({name for _, name in counts})
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}
    per_day = Counter()
    for (day, _), n in counts.items():
        per_day[day] += n
    peak = max(per_day.values(), default=0)
    width, height = 640, 200
    slot = width / max(len(days), 1)
    bars: list[Bar] = []
    for index, day in enumerate(days):
        top = float(height)
        for name in names:
            n = counts.get((day, name), 0)
            if not n:
                continue
            h = height * n / peak
            top -= h
            bars.append(
                Bar(index * slot + 1, top, max(slot - 2, 1), h, colours[name], f"{day}: {n} {name}")
            )
    return Chart(title, days, [(n, colours[n]) for n in names], bars, peak, sum(counts.values()))


async def dashboard(days: int = 30) -> tuple[Chart, Chart]:
    """Items entering the queue per day by category, and log actions per day by action."""
    since = datetime.now(UTC) - timedelta(days=days - 1)
    start = since.date()
    day_list = [start + timedelta(days=i) for i in range(days)]
    items = await ReviewItem.select(
        ReviewItem.created, ReviewItem.category, ReviewItem.origin
    ).where(ReviewItem.created >= datetime.combine(start, datetime.min.time(), UTC))
    queue_counts: Counter = Counter()
    for row in items:
        label = row["category"] or row["origin"]
        queue_counts[(row["created"].astimezone(UTC).date(), label)] += 1
    logged = await ModerationLog.select(ModerationLog.created, ModerationLog.action).where(
        ModerationLog.created >= datetime.combine(start, datetime.min.time(), UTC)
    )
    action_counts: Counter = Counter()
    for row in logged:
        action_counts[(row["created"].astimezone(UTC).date(), row["action"])] += 1
    return (
        _layout("Items entering the queue, by category", day_list, dict(queue_counts)),
        _layout("Moderation actions, by action", day_list, dict(action_counts)),
    )
