"""Signing in and out in a browser: mint a fresh session, set or clear its cookie."""

from __future__ import annotations

from litestar import Request, Response
from litestar.datastructures import Cookie

from forum.accounts.members import Account
from forum.accounts.sessions import SESSION_COOKIE, end_session, start_session
from forum.web.request import settings_of


def session_cookie(request: Request, token: str, days: int) -> Cookie:
    """The session cookie: HttpOnly, SameSite=Lax, Secure whenever served over HTTPS."""
    return Cookie(
        key=SESSION_COOKIE,
        value=token,
        path="/",
        max_age=days * 86400,
        httponly=True,
        secure=request.url.scheme == "https",
        samesite="lax",
    )


async def sign_in(request: Request, account: Account, response: Response) -> Response:
    """Replace any existing session with a new one for ``account`` (no session fixation)."""
    if old := request.cookies.get(SESSION_COOKIE):
        await end_session(old)
    settings = settings_of(request)
    client = request.client.host if request.client else ""
    token = await start_session(
        account.id, settings.session_days, client, request.headers.get("user-agent", "")
    )
    response.set_cookie(session_cookie(request, token, settings.session_days))
    return response


async def sign_out(request: Request, response: Response) -> Response:
    """Revoke the session server-side and clear the cookie."""
    if token := request.cookies.get(SESSION_COOKIE):
        await end_session(token)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def safe_next(target: str | None) -> str:
    """Only local paths are followed after signing in (no open redirects)."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"
