"""Work that runs beside the app for its whole life: the request-log writer, the
hourly purge of old personal data, the listener that closes deleted accounts'
connections, the notifications' fan-out worker and live hub, the hourly digest run and the
hourly sweep of staged pictures nobody posted.
A plugin, so it starts after the channels plugin and stops before it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from litestar import Litestar, Request
from litestar.channels import ChannelsPlugin
from litestar.config.app import AppConfig
from litestar.plugins import InitPluginProtocol

from forum.accounts import presence
from forum.images.sweeping import sweep_periodically
from forum.messaging import reading as private_reading
from forum.notifying import fanout, inbox, mailing
from forum.privacy import policies
from forum.privacy.requestlog import RequestRecorder, purge_periodically
from forum.web.live_notifications import NotificationHub
from forum.web.request import viewer

log = logging.getLogger("forum.background")


class BackgroundWork(InitPluginProtocol):
    """Starts and stops the forum's background tasks with the app."""

    def __init__(self, recorder: RequestRecorder, retention_days: int) -> None:
        self.recorder = recorder
        self.retention_days = retention_days

    def on_app_init(self, app_config: AppConfig) -> AppConfig:
        """Run our lifespan inside the channels plugin's."""
        app_config.lifespan.append(self.lifespan)
        return app_config

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Litestar) -> AsyncIterator[None]:
        """Start the tasks; on shutdown stop them and write the last request rows."""
        self.recorder.start()
        purge = asyncio.create_task(purge_periodically(self.retention_days), name="forum-purge")
        digests = asyncio.create_task(digests_periodically(), name="forum-digests")
        sweep = asyncio.create_task(sweep_periodically(), name="forum-image-sweep")
        channels = app.plugins.get(ChannelsPlugin)
        hub: NotificationHub = app.state.notification_hub
        try:
            async with presence.listening(channels), fanout.running():
                yield
        finally:
            await hub.stop()
            for task in (purge, digests, sweep):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await self.recorder.stop()


async def digests_periodically(every: float = 3600.0) -> None:
    """Send the daily digests that are due, once an hour (a failure waits for the next hour)."""
    while True:
        await asyncio.sleep(every)
        try:
            await mailing.send_digests()
        except Exception:
            log.exception("could not send the notification digests")


_QUIET_PREFIXES = ("/api/", "/static/", "/schema")


async def policy_banner(request: Request) -> None:
    """Before a page for a signed-in member: which new policy versions to point out, and how
    many notifications are unread (the header's badge)."""
    account = viewer(request)
    if account is None or request.method != "GET" or request.url.path.startswith(_QUIET_PREFIXES):
        return
    state = request.scope.setdefault("state", {})
    state["policy_changes"] = await policies.pending_changes(account)
    state["unread_notifications"] = await inbox.unread_count(account)
    state["unread_conversations"] = await private_reading.unread_count(account)
