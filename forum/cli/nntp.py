"""``forum nntp``: serve the news groups over NNTP on their own, without the web app."""

from __future__ import annotations

import asyncio
import signal

import click

from forum.cli.bootstrap import announce_credentials, prepare_database
from forum.nntp.server import NewsServer
from forum.settings import load_settings
from forum.storage import db

DEFAULT_PORT = 1119  # 119 needs root; put a port forward or a proxy in front for 119/563


async def serve(host: str | None, port: int | None) -> None:
    """Migrate (and seed the demo if the database is empty), then serve until SIGINT/SIGTERM."""
    settings = load_settings()
    async with db.connected(settings.database_url, settings.redis_url):
        announce_credentials(await prepare_database(settings, seed=settings.seed_demo))
        host = host or settings.nntp_host
        port = settings.nntp_port if port is None else port
        server = NewsServer(settings)
        bound = await server.start(host, DEFAULT_PORT if port is None else port)
        scheme = "nntps" if settings.nntp_certfile else "nntp"
        print(f"News server on {scheme}://{host}:{bound}/ (Ctrl-C stops it)", flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
        await server.stop()


@click.command(name="nntp", help="Serve the news groups to newsreaders over NNTP (RFC 3977).")
@click.option("--host", default=None, help="Address to listen on [FORUM_NNTP_HOST, 127.0.0.1].")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=None,
    help=f"TCP port [FORUM_NNTP_PORT, {DEFAULT_PORT}].",
)
def nntp_command(host: str | None, port: int | None) -> None:
    """Run the news server in the foreground."""
    try:
        asyncio.run(serve(host, port))
    except OSError as exc:
        raise click.ClickException(f"Could not listen: {exc.strerror or exc}") from exc
