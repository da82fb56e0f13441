"""Operations endpoints: health for load balancers, Prometheus metrics for admins or a token."""

from __future__ import annotations

import asyncio
import hmac
import os

from litestar import Request, Response, get
from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    generate_latest,
    multiprocess,
)

from forum.accounts.members import Account
from forum.desk import queue
from forum.metrics import QUEUE_LENGTH
from forum.storage import db
from forum.web.middleware import bearer_token

CHECK_TIMEOUT = 2.0


async def _database() -> str:
    await asyncio.wait_for(db.engine().run_ddl("SELECT 1"), CHECK_TIMEOUT)
    return "ok"


async def _redis(url: str | None) -> str:
    if not url:
        return "not configured"
    from redis.asyncio import Redis

    client = Redis.from_url(url, socket_connect_timeout=CHECK_TIMEOUT)
    try:
        await asyncio.wait_for(client.ping(), CHECK_TIMEOUT)
    finally:
        await client.aclose()
    return "ok"


@get("/healthz", name="health", tags=["operations"])
async def health(request: Request) -> Response:
    """200 when the database (and Redis, if configured) answer; 503 otherwise."""
    checks: dict[str, str] = {}
    for name, probe in (
        ("database", _database()),
        ("redis", _redis(request.app.state.settings.redis_url)),
    ):
        try:
            checks[name] = await probe
        except Exception as exc:  # any failure to answer is "down", with its kind
            checks[name] = f"down ({type(exc).__name__})"
    healthy = all(v in ("ok", "not configured") for v in checks.values())
    return Response(
        {"status": "ok" if healthy else "down", **checks},
        status_code=200 if healthy else 503,
        headers={"Cache-Control": "no-store"},
    )


async def metrics_access(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Admins, or whoever presents FORUM_METRICS_TOKEN as a bearer token (async: see
    forum.web.guards)."""
    expected = connection.app.state.settings.metrics_token
    presented = bearer_token(connection)
    if expected and presented and hmac.compare_digest(presented, expected):
        return
    user = connection.scope.get("user")
    if not isinstance(user, Account):
        raise NotAuthorizedException("Sign in as an admin or send the metrics token.")
    if not user.is_admin:
        raise PermissionDeniedException("Only admins can read the metrics.")


@get("/metrics", name="metrics", guards=[metrics_access], tags=["operations"])
async def metrics() -> Response:
    """Prometheus text format: requests, latencies, verdicts, sockets, queue length."""
    QUEUE_LENGTH.set(await queue.open_count())
    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    return Response(
        generate_latest(registry),
        media_type=CONTENT_TYPE_LATEST,
        headers={"Cache-Control": "no-store"},
    )
