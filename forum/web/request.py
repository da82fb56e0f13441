"""Small helpers shared by the page and API handlers."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Request
from litestar.exceptions import ClientException, NotFoundException
from litestar.params import Parameter

from forum.accounts.members import Account
from forum.settings import Settings

MAX_ID = 2**31 - 1  # ids are 32-bit integers in PostgreSQL
Id = Annotated[int, Parameter(ge=1, le=MAX_ID)]
"""A row id in a path: a whole number the database can hold (bigger ones are a clear 400)."""
Cursor = Annotated[int | None, Parameter(ge=0, le=MAX_ID)]
"""An optional id in a query string (``?before=``), in the same range."""


def viewer(request: Request) -> Account | None:
    """The signed-in member, or None for a visitor."""
    user = request.scope.get("user")
    return user if isinstance(user, Account) else None


def client_ip(request: Request) -> str:
    """The client's address as the server sees it (after trusted proxy headers)."""
    return request.client.host if request.client else ""


def settings_of(request: Request) -> Settings:
    """The settings the app was built with."""
    return request.app.state.settings


async def form_data(request: Request) -> dict[str, str]:
    """The submitted form as plain strings (last value wins); bad encodings are a 400."""
    try:
        form = await request.form()
    except (UnicodeDecodeError, ValueError) as exc:
        raise ClientException("The form could not be read; please submit it again.") from exc
    data: dict[str, str] = {}
    for key, value in form.items():
        if isinstance(value, str):
            data[key] = value
    return data


def page_number(raw: Any) -> int:
    """A 1-based page number from a query parameter; junk means page 1."""
    try:
        number = int(raw)
    except (TypeError, ValueError):
        return 1
    return max(1, min(number, 100_000))


def optional_int(raw: Any) -> int | None:
    """An integer query parameter, or None when absent or not a number."""
    try:
        value = int(raw) if raw not in (None, "") else None
    except (TypeError, ValueError):
        return None
    return value if value is None or 0 <= value <= MAX_ID else None


def not_found(what: str) -> NotFoundException:
    """A 404 whose message names what was missing."""
    return NotFoundException(f"There is no {what} here.")
