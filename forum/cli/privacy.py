"""`forum privacy`, `forum policies`, `forum mail`: retention, policy versions, newsletter."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import click

from forum.cli.bootstrap import prepare_database
from forum.mail import sender
from forum.settings import Settings, load_settings
from forum.storage import db

T = TypeVar("T")


def _run(work: Callable[[Settings], Awaitable[T]]) -> T:
    """Bind the database (migrated, policies seeded) and the mailer, then run ``work``."""

    async def run() -> T:
        settings = load_settings()
        sender.bind(settings)
        async with db.connected(settings.database_url, settings.redis_url):
            await prepare_database(settings, seed=False)
            return await work(settings)

    return asyncio.run(run())


@click.group(name="privacy", help="Personal data: retention.")
def privacy_group() -> None:
    """Personal data: retention."""


@privacy_group.command(name="purge", help="Delete request-log rows older than the retention.")
@click.option("--days", type=int, default=None, help="Override FORUM_REQUEST_LOG_DAYS.")
def purge_command(days: int | None) -> None:
    """Delete old request-log and outbox rows and expired sessions."""
    from forum.privacy.requestlog import purge

    async def work(settings: Settings) -> dict[str, int]:
        return await purge(settings.request_log_days if days is None else days)

    counts = _run(work)
    click.echo(", ".join(f"{name}: {count} deleted" for name, count in counts.items()))


@click.group(name="policies", help="Terms, content policy, privacy policy and cookies.")
def policies_group() -> None:
    """Terms, content policy, privacy policy and cookies."""


@policies_group.command(name="list", help="Every version of every policy document.")
def list_command() -> None:
    """Print every version with its effective date."""
    from forum.privacy import policies
    from forum.storage.privacy_tables import PolicyKind

    async def work(settings: Settings) -> list[str]:
        lines = []
        for kind in PolicyKind:
            for v in await policies.versions(kind.value):
                when = v["effective_at"].astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
                lines.append(f"{kind.value:<8} v{v['version']:<3} from {when}  {v['summary']}")
        return lines

    click.echo("\n".join(_run(work)))


def _when(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise click.BadParameter("use a date like 2027-01-31 or 2027-01-31T09:00") from exc
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@policies_group.command(name="publish", help="Publish a new version from a Markdown file.")
@click.argument("kind")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--effective", required=True, help="When it takes effect (UTC): 2027-01-31[T09:00].")
@click.option("--summary", required=True, help="What changed, in a sentence or two.")
@click.option("--title", default="", help="A title other than the usual one.")
def publish_command(kind: str, file: Path, effective: str, summary: str, title: str) -> None:
    """Add a version; members are shown the change from its effective date."""
    from forum.privacy import policies

    when = _when(effective)

    async def work(settings: Settings) -> int:
        return await policies.publish(kind, file.read_text(encoding="utf-8"), summary, when, title)

    try:
        version = _run(work)
    except policies.PolicyError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Published {kind} version {version}, in force from {when:%Y-%m-%d %H:%M} UTC.")


@click.group(name="mail", help="Mail to members.")
def mail_group() -> None:
    """Mail to members."""


@mail_group.command(name="newsletter", help="Send a newsletter to members who opted in.")
@click.option("--subject", required=True)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def newsletter_command(subject: str, file: Path) -> None:
    """Send the text of FILE to every member who chose the newsletter."""
    from forum.mail.mailings import send_newsletter

    async def work(settings: Settings) -> int:
        return await send_newsletter(subject, file.read_text(encoding="utf-8"))

    click.echo(f"Sent to {_run(work)} members.")
