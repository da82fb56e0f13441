"""``forum users``: create accounts, API tokens and role changes from the command line."""

from __future__ import annotations

import asyncio
import json

import click

from forum.accounts.members import create_account
from forum.accounts.sessions import issue_api_token
from forum.cli.bootstrap import prepare_database
from forum.desk import roles
from forum.desk.roles import RoleChange
from forum.errors import AccountError, ForumError
from forum.events import ACCOUNTS_CHANNEL
from forum.settings import load_settings
from forum.storage import db
from forum.storage.tables import Role


@click.group(name="users", help="Manage member accounts.")
def users_group() -> None:
    """Manage member accounts."""


@users_group.command(name="create", help="Create an account (and optionally an API token).")
@click.argument("username")
@click.option("--email", required=True, help="The member's email address (kept private).")
@click.option("--password", required=True, help="At least 10 characters.")
@click.option(
    "--role",
    type=click.Choice([r.value for r in Role]),
    default=Role.member.value,
    show_default=True,
)
@click.option("--personal-data", is_flag=True, help="Grant access to members' personal data.")
@click.option("--token", is_flag=True, help="Print a new API bearer token for this account.")
def create_user(
    username: str, email: str, password: str, role: str, personal_data: bool, token: bool
) -> None:
    """Create an account; the terms count as accepted by the operator."""

    async def run() -> str | None:
        settings = load_settings()
        async with db.connected(settings.database_url, settings.redis_url):
            await prepare_database(settings, seed=False)
            account = await create_account(
                username,
                email,
                password,
                role=Role(role),
                accept_terms=True,
                password_profile=settings.password_profile,
                can_view_personal_data=personal_data,
            )
            return await issue_api_token(account.id, "cli") if token else None

    try:
        api_token = asyncio.run(run())
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Created {role} {username}.")
    if api_token:
        click.echo(api_token)


@users_group.command(name="set-role", help="Change a member's role (signs them out everywhere).")
@click.argument("username")
@click.argument("role", type=click.Choice([r.value for r in Role]))
@click.option(
    "--personal-data/--no-personal-data",
    default=None,
    help="Grant or take access to members' personal data (default: unchanged).",
)
@click.option("--reason", default="", help="Why, for the moderation log.")
def set_role(username: str, role: str, personal_data: bool | None, reason: str) -> None:
    """Change a role from the command line; logged, sessions ended, live connections closed."""

    async def run() -> RoleChange:
        settings = load_settings()
        async with db.connected(settings.database_url):
            await prepare_database(settings, seed=False)
            user_id = await roles.target_by_name(username)
            done = await roles.set_role(None, user_id, role, personal_data, reason)
        if done.changed and settings.redis_url:
            await _tell_running_servers(settings.redis_url, user_id)
        return done

    try:
        done = asyncio.run(run())
    except ForumError as exc:
        raise click.ClickException(str(exc)) from exc
    grant = "with" if done.personal_data else "without"
    if not done.changed:
        click.echo(f"{done.username} already is {done.role} {grant} personal-data access.")
        return
    click.echo(f"{done.username} is now {done.role} {grant} personal-data access; signed out.")


async def _tell_running_servers(redis_url: str, user_id: int) -> None:
    """Publish the accounts event the servers listen to, so they close live connections now."""
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    try:
        event = json.dumps({"type": "closed", "user": user_id})
        await client.publish(ACCOUNTS_CHANNEL, event)
    finally:
        await client.aclose()
