"""``forum moderation dry-run POLICY --last N``: what a changed policy would do to recent posts."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click

from forum.cli.bootstrap import prepare_database
from forum.desk.dry_run import MAX_POSTS, dry_run
from forum.desk.moderating import use_policy
from forum.settings import load_settings
from forum.storage import db
from moderation import PolicyError, load_policy


@click.command(name="dry-run", help="Compare a policy file with the one in force on recent posts.")
@click.argument("policy", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--last", default=10_000, show_default=True, help="How many recent posts to check.")
@click.option("--show", default=50, show_default=True, help="How many changed posts to list.")
def dry_run_command(policy: Path, last: int, show: int) -> None:
    """Print counts by action under both policies and the posts whose verdict changes."""
    if not 1 <= last <= MAX_POSTS:
        raise click.BadParameter(f"must be between 1 and {MAX_POSTS:,}", param_hint="--last")
    try:
        candidate = load_policy(policy)
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from exc

    async def run():
        settings = load_settings()
        use_policy(settings.policy_path)
        async with db.connected(settings.database_url, settings.redis_url):
            await prepare_database(settings, seed=False)
            return await dry_run(candidate, last, keep=show)

    result = asyncio.run(run())
    click.echo(f"checked {result.checked} posts; {result.changed} would be treated differently")
    click.echo(f"{'action':<8} {'in force':>9} {'changed':>9}")
    for action in ("allow", "censor", "warn", "hold", "block"):
        click.echo(f"{action:<8} {result.before[action]:>9} {result.after[action]:>9}")
    for change in result.changes:
        excerpt = " ".join(change.excerpt.split())[:70]
        click.echo(
            f"post {change.post_id} in {change.space}: {change.before} -> {change.after} "
            f"[{', '.join(change.categories)}] {excerpt}"
        )
