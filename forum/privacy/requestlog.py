"""Recording requests (IP, browser, page) for traffic figures and abuse handling.

The hot path only appends a small tuple to an in-memory buffer after the response has been
sent; a background task writes the buffer in one short transaction every few seconds. A
failing write is logged and dropped: it can never make a page fail.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from datetime import UTC, datetime, timedelta
from typing import Any

from litestar.types import ASGIApp, Message, Receive, Scope, Send

from forum.accounts.members import Account
from forum.privacy.traffic import browser_family
from forum.storage import db
from forum.storage.prepared import PreparedInsert
from forum.storage.privacy_tables import OutboxMail, RequestLog
from forum.storage.tables import AccountStatus, Session, User

log = logging.getLogger("forum.requestlog")

_SKIPPED_PREFIXES = ("/static/",)
MAX_BUFFER = 20_000


_LOG_COLUMNS = ("created", "day", "method", "path", "status", "ip", "user_agent", "browser", "user")
_LOG_ROW = PreparedInsert(RequestLog, *(getattr(RequestLog, name) for name in _LOG_COLUMNS))
"""Every request's row: written once, not built by Piccolo per row."""


class RequestRecorder:
    """Buffers request rows and writes them in batches."""

    def __init__(self, enabled: bool = True, interval: float = 2.0, batch: int = 500) -> None:
        self.enabled = enabled
        self.interval = interval
        self.batch = batch
        self.buffer: deque[dict[str, Any]] = deque(maxlen=MAX_BUFFER)
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._flush_lock = asyncio.Lock()

    def record(self, scope: Scope, status: int, started: datetime) -> None:
        """Note one finished request (cheap: no I/O)."""
        path = scope.get("path", "")
        if not self.enabled or path.startswith(_SKIPPED_PREFIXES):
            return
        agent = ""
        for name, value in scope.get("headers", []):
            if name == b"user-agent":
                agent = value.decode("latin-1")[:300]
                break
        user = scope.get("user")
        self.buffer.append(
            {
                "created": started,
                "day": started.strftime("%Y-%m-%d"),
                "method": scope.get("method", "GET")[:8],
                "path": path[:300],
                "status": status,
                "ip": ((scope.get("client") or ("", 0))[0] or "")[:45],
                "user_agent": agent,
                "browser": browser_family(agent),
                "user": user.id if isinstance(user, Account) else None,
            }
        )
        if len(self.buffer) >= self.batch:
            self._wake.set()

    async def flush(self) -> int:
        """Write everything buffered so far; returns how many rows were written."""
        async with self._flush_lock:
            rows = []
            while self.buffer:
                rows.append(self.buffer.popleft())
            if not rows:
                return 0
            try:
                await _forget_deleted(rows)
                async with db.write_transaction():
                    await _LOG_ROW.ids(*[[row[name] for name in _LOG_COLUMNS] for row in rows])
            except Exception:  # statistics are never worth failing for
                log.exception("could not write %d request-log rows; dropped", len(rows))
                return 0
            return len(rows)

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()
            await self.flush()

    def start(self) -> None:
        """Start the background writer (at application start-up)."""
        if self.enabled and self._task is None:
            self._task = asyncio.create_task(self._run(), name="forum-request-log")

    async def stop(self) -> None:
        """Stop the writer and write what is left (at shutdown)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        await self.flush()


async def _forget_deleted(rows: list[dict[str, Any]]) -> None:
    """Requests of accounts deleted since they were buffered keep no IP, browser or link."""
    user_ids = sorted({row["user"] for row in rows if row["user"] is not None})
    if not user_ids:
        return
    gone = await User.select(User.id).where(
        User.id.is_in(user_ids), User.status == AccountStatus.deleted.value
    )
    deleted = {row["id"] for row in gone}
    for row in rows:
        if row["user"] in deleted:
            row.update(user=None, ip="", user_agent="")


def request_log_middleware(recorder: RequestRecorder):
    """ASGI middleware: after each HTTP response, hand the request to the recorder."""

    def factory(app: ASGIApp) -> ASGIApp:
        async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http" or not recorder.enabled:
                await app(scope, receive, send)
                return
            started = datetime.now(UTC)
            status = 500

            async def send_and_note(message: Message) -> None:
                nonlocal status
                if message["type"] == "http.response.start":
                    status = message["status"]
                await send(message)

            try:
                await app(scope, receive, send_and_note)
            finally:
                recorder.record(scope, status, started)

        return middleware

    return factory


async def purge(days: int) -> dict[str, int]:
    """Delete request-log and outbox rows older than ``days``, and expired sessions."""
    now = datetime.now(UTC)
    cutoff = now - timedelta(days=days)
    counts = {}
    async with db.write_transaction():
        counts["request_log"] = await RequestLog.count().where(RequestLog.created < cutoff)
        await RequestLog.delete().where(RequestLog.created < cutoff)
        counts["mail_outbox"] = await OutboxMail.count().where(OutboxMail.created < cutoff)
        await OutboxMail.delete().where(OutboxMail.created < cutoff)
        counts["sessions"] = await Session.count().where(Session.expires < now)
        await Session.delete().where(Session.expires < now)
    return counts


async def purge_periodically(days: int, every: float = 3600.0, first: float = 60.0) -> None:
    """Run ``purge`` shortly after start-up and then every hour, for as long as the app runs."""
    await asyncio.sleep(first)
    while True:
        try:
            counts = await purge(days)
            if any(counts.values()):
                log.info("purged old personal data: %s", counts)
        except Exception:
            log.exception("purge of old request-log rows failed; will retry")
        await asyncio.sleep(every)
