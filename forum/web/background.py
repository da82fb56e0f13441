"""Work that runs beside the app for its whole life: the request-log writer, the
hourly purge of old personal data, and the listener that closes deleted accounts'
connections. A plugin, so it starts after the channels plugin and stops before it.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from litestar import Litestar, Request
from litestar.channels import ChannelsPlugin
from litestar.config.app import AppConfig
from litestar.plugins import InitPluginProtocol

from forum.accounts import presence
from forum.privacy import policies
from forum.privacy.requestlog import RequestRecorder, purge_periodically
from forum.web.request import viewer


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
        channels = app.plugins.get(ChannelsPlugin)
        try:
            async with presence.listening(channels):
                yield
        finally:
            purge.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await purge
            await self.recorder.stop()


_QUIET_PREFIXES = ("/api/", "/static/", "/schema")


async def policy_banner(request: Request) -> None:
    """Before a page for a signed-in member: which new policy versions to point out."""
    account = viewer(request)
    if account is None or request.method != "GET" or request.url.path.startswith(_QUIET_PREFIXES):
        return
    request.scope.setdefault("state", {})["policy_changes"] = await policies.pending_changes(
        account
    )
