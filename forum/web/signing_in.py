"""Signing in and out in a browser: mint a fresh session, set or clear its cookie, and
remember the browsers that signed in (their sign-ins are not throttled by others' guesses)."""

from __future__ import annotations

import secrets

from litestar import Request, Response
from litestar.datastructures import Cookie

from forum.accounts.login import KnownDevice
from forum.accounts.members import Account
from forum.accounts.sessions import SESSION_COOKIE, end_session, start_session
from forum.mail.signing import BadToken, sign, unsign
from forum.privacy.cookies import DEVICE_COOKIE, DEVICE_DAYS
from forum.web.request import settings_of

_DEVICE = "known-device"


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


def known_device(request: Request) -> KnownDevice | None:
    """The account this browser signed in to before, from its signed device cookie."""
    token = request.cookies.get(DEVICE_COOKIE)
    if not token:
        return None
    try:
        payload = unsign(settings_of(request).secret_key, _DEVICE, token, DEVICE_DAYS * 86400)
    except BadToken:
        return None
    user_id, device = payload.get("u"), payload.get("d")
    if not isinstance(user_id, int) or not isinstance(device, str):
        return None
    return KnownDevice(user_id, device)


def remember_device(request: Request, account: Account, response: Response) -> Response:
    """After a good sign-in: mark this browser as known to the account (a year, renewed)."""
    known = known_device(request)
    device = known.device if known and known.user_id == account.id else secrets.token_hex(12)
    token = sign(settings_of(request).secret_key, _DEVICE, {"u": account.id, "d": device})
    response.set_cookie(
        Cookie(
            key=DEVICE_COOKIE,
            value=token,
            path="/login",  # read only when signing in; never sent with other requests
            max_age=DEVICE_DAYS * 86400,
            httponly=True,
            secure=request.url.scheme == "https",
            samesite="lax",
        )
    )
    return response
