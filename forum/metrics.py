"""Prometheus metrics beyond Litestar's request counters: verdicts, sockets, the queue."""

from __future__ import annotations

from prometheus_client import Counter, Gauge

VERDICTS = Counter(
    "forum_moderation_verdicts_total",
    "Moderation verdicts on new posts and messages, by action.",
    ["action"],
)
WEBSOCKETS = Gauge(
    "forum_websocket_connections",
    "Open websocket connections, by endpoint.",
    ["endpoint"],
    multiprocess_mode="livesum",
)
QUEUE_LENGTH = Gauge(
    "forum_review_queue_length",
    "Review items waiting for a moderator.",
    multiprocess_mode="max",
)
