"""The signed-in member's own data over the API: read, export, delete."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, delete, get
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.exceptions import ClientException
from litestar.params import JSONBody

from forum.accounts.members import Account
from forum.errors import AccountError
from forum.mail import mailings
from forum.privacy import account_changes, erasure
from forum.privacy.export import export_account
from forum.storage.tables import User
from forum.web.api.schemas import MeOut, PasswordIn
from forum.web.guards import member
from forum.web.request import settings_of, viewer


def _me(request: Request) -> Account:
    account = viewer(request)
    assert account is not None  # the member guard ran
    return account


@get("/api/me", guards=[member], tags=["account"])
async def get_me(request: Request) -> MeOut:
    """Your account as the forum holds it."""
    account = _me(request)
    row = (
        await User.select(
            User.username, User.email, User.full_name, User.bio, User.role, User.created
        )
        .where(User.id == account.id)
        .first()
    )
    return MeOut(**row, email_choices=await mailings.preferences(account.id))


@get("/api/me/export", guards=[member], tags=["account"])
async def export_me(request: Request) -> Response[dict[str, Any]]:
    """Everything the forum holds about you, as one JSON document."""
    account = _me(request)
    return Response(
        await export_account(account.id),
        headers={
            "Content-Disposition": f'attachment; filename="{account.username}-data.json"',
            "Cache-Control": "no-store",
        },
    )


@delete("/api/me", guards=[member], status_code=204, tags=["account"])
async def delete_me(
    request: Request, data: JSONBody[PasswordIn], channels: NamedDependency[ChannelsPlugin]
) -> None:
    """Delete your account (``{"password": …}``): personal data is removed at once, posts
    others replied to stay as "deleted member", every session and token stops working."""
    account = _me(request)
    try:
        await account_changes.check_password(
            account.id, data.password, settings_of(request).password_profile
        )
        await erasure.delete_account(account.id, channels)
    except (AccountError, erasure.AccountGone) as exc:
        raise ClientException(str(exc)) from exc
