"""Route guards: who may call what. Staff routes check roles on every request.

Guards are ``async def`` although they only read the request: Litestar runs a plain ``def``
guard in its thread pool, a hop to a thread and back on every guarded request.
"""

from __future__ import annotations

from litestar.connection import ASGIConnection
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler

from forum.accounts.members import Account


def _account(connection: ASGIConnection) -> Account | None:
    user = connection.scope.get("user")
    return user if isinstance(user, Account) else None


async def member(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Signed-in members only."""
    if _account(connection) is None:
        raise NotAuthorizedException("Sign in to do this.")


async def poster(connection: ASGIConnection, route: BaseRouteHandler) -> None:
    """Signed-in members who may post now (not muted): uploads come before the post."""
    await member(connection, route)
    account = _account(connection)
    if account is not None and account.is_muted:
        raise PermissionDeniedException("You are muted and cannot post until the mute ends.")


async def moderator(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Moderators and admins only."""
    account = _account(connection)
    if account is None:
        raise NotAuthorizedException("Sign in to do this.")
    if not account.is_moderator:
        raise PermissionDeniedException("Only moderators can do this.")


async def admin(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Admins only."""
    account = _account(connection)
    if account is None:
        raise NotAuthorizedException("Sign in to do this.")
    if not account.is_admin:
        raise PermissionDeniedException("Only admins can do this.")


async def personal_data(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Staff with the personal-data permission only (a separate grant from moderation)."""
    account = _account(connection)
    if account is None:
        raise NotAuthorizedException("Sign in to do this.")
    if not account.can_view_personal_data:
        raise PermissionDeniedException("Only staff with personal-data access can see this.")
