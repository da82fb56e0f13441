"""``forum users``: create accounts and API tokens from the command line."""

from __future__ import annotations

import asyncio

import click

from forum import db
from forum.accounts import AccountError, create_account
from forum.bootstrap import prepare_database
from forum.sessions import issue_api_token
from forum.settings import load_settings
from forum.tables import Role


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
