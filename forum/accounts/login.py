"""Signing in and out: verify a password, mint a fresh session, set or clear the cookie."""

from __future__ import annotations

from litestar import Request, Response
from litestar.datastructures import Cookie
from piccolo.query import WhereRaw

from forum import limits
from forum.accounts import Account
from forum.passwords import verify_password
from forum.sessions import SESSION_COOKIE, end_session, start_session
from forum.tables import AccountStatus, User
from forum.web import settings_of

LOGIN_FAILED = "That username and password do not match an account."


class LoginThrottled(Exception):
    """Too many failed sign-ins from this address or for this username."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"Too many failed sign-in attempts; {limits.wait_text(retry_after)}.")
        self.retry_after = retry_after


async def check_credentials(
    username: str, password: str, profile: str, ip: str = ""
) -> Account | None:
    """The account for a username and password, or None (same work and answer either way).

    Failed attempts are counted per client address and per username, known or not, in
    every process; past the limit even the right password is refused until the window ends.
    """
    rules = limits.rules()
    keys = [
        (f"login-ip:{ip}", rules.login_ip),
        (f"login-user:{username.strip().lower()[:64]}", rules.login),
    ]
    for key, rule in keys:
        if (wait := await limits.limiter().peek(key, rule)) is not None:
            raise LoginThrottled(wait)
    account = await _verify(username, password, profile)
    if account is None:
        for key, rule in keys:
            await limits.limiter().hit(key, rule)
    return account


async def _verify(username: str, password: str, profile: str) -> Account | None:
    row = (
        await User.select()
        .where(WhereRaw("lower(username) = {}", username.strip().lower()))
        .first()
    )
    stored = row["password_hash"] if row else ""
    if not await verify_password(stored, password, profile) or row is None:
        return None
    if row["status"] != AccountStatus.active.value:
        return None
    return Account.from_row(row)


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
