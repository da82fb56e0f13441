"""``forum spaces``: list the spaces and set who may post in them."""

from __future__ import annotations

import asyncio

import click

from forum.cli.bootstrap import prepare_database
from forum.desk.space_settings import SpacePosters, set_posters
from forum.errors import ForumError
from forum.settings import load_settings
from forum.storage import db
from forum.storage.tables import Posters, Space

WHO = click.Choice([p.value for p in Posters])


@click.group(name="spaces", help="List spaces and set who may post in them.")
def spaces_group() -> None:
    """List spaces and set who may post in them."""


@spaces_group.command(name="list", help="Every space with who may start topics and reply.")
def list_spaces() -> None:
    """Print slug, kind, who starts, who replies."""

    async def run() -> list[dict]:
        settings = load_settings()
        async with db.connected(settings.database_url, settings.redis_url):
            await prepare_database(settings, seed=False)
            return await Space.select(
                Space.slug, Space.kind, Space.who_starts, Space.who_replies
            ).order_by(Space.slug)

    for row in asyncio.run(run()):
        click.echo(
            f"{row['slug']:<28} {row['kind']:<10} "
            f"starts: {row['who_starts']:<8} replies: {row['who_replies']}"
        )


@spaces_group.command(name="posting", help="Set who may start topics (or post messages) and reply.")
@click.argument("slug")
@click.option("--starts", type=WHO, help="Who may start topics, board and chat messages.")
@click.option("--replies", type=WHO, help="Who may reply in topics.")
@click.option("--reason", default="", help="Why (kept in the moderation log).")
def set_posting(slug: str, starts: str | None, replies: str | None, reason: str) -> None:
    """Change who may post in one space; staff (moderators, admins) always may."""
    if starts is None and replies is None:
        raise click.UsageError("Say --starts and/or --replies (members or staff).")

    async def run() -> SpacePosters:
        settings = load_settings()
        async with db.connected(settings.database_url, settings.redis_url):
            await prepare_database(settings, seed=False)
            return await set_posters(
                slug,
                Posters(starts) if starts else None,
                Posters(replies) if replies else None,
                reason=reason or "changed from the command line",
            )

    try:
        done = asyncio.run(run())
    except ForumError as exc:
        raise click.ClickException(str(exc)) from exc
    state = "changed" if done.changed else "unchanged"
    click.echo(f"{done.slug}: starts {done.who_starts}, replies {done.who_replies} ({state})")
