"""Authentication (session cookie or bearer token) and CSRF for the forum."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from litestar.connection import ASGIConnection
from litestar.datastructures import MutableScopeHeaders
from litestar.datastructures.cookie import Cookie
from litestar.exceptions import PermissionDeniedException
from litestar.middleware.authentication import (
    AbstractAuthenticationMiddleware,
    AuthenticationResult,
)
from litestar.middleware.csrf import CSRFMiddleware, generate_csrf_token
from litestar.types import HTTPSendMessage, Receive, Scope, Send
from litestar.utils.scope.state import ScopeState

from forum.accounts.sessions import (
    SESSION_COOKIE,
    account_for_api_token,
    account_for_session,
    touch_last_seen,
)
from forum.web.origins import is_same_origin

_LAST_SEEN_EVERY = 300.0
_last_seen: dict[int, float] = {}


@dataclass(frozen=True)
class AuthInfo:
    """How the request was authenticated: "session", "token", or None for a visitor."""

    kind: str | None
    token: str | None = None


def bearer_token(connection: ASGIConnection) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, if any."""
    header = connection.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return None


class AuthMiddleware(AbstractAuthenticationMiddleware):
    """Attach the signed-in Account (or None for visitors) to every request and websocket."""

    async def authenticate_request(self, connection: ASGIConnection) -> AuthenticationResult:
        """Resolve the bearer token or the session cookie; unknown ones mean a visitor."""
        account = None
        auth = AuthInfo(kind=None)
        if token := bearer_token(connection):
            account = await account_for_api_token(token)
            auth = AuthInfo(kind="token" if account else None, token=token if account else None)
        elif token := connection.cookies.get(SESSION_COOKIE):
            account = await account_for_session(token)
            auth = AuthInfo(kind="session" if account else None, token=token if account else None)
        if account is not None:
            now = time.monotonic()
            if now - _last_seen.get(account.id, -_LAST_SEEN_EVERY) >= _LAST_SEEN_EVERY:
                _last_seen[account.id] = now
                await touch_last_seen(account.id)
        return AuthenticationResult(user=account, auth=auth)


class ForumCSRFMiddleware(CSRFMiddleware):
    """Litestar's double-submit CSRF, adapted to a forum that sets no cookie on readers.

    - The CSRF cookie is set only on responses that rendered a form token
      (``scope["state"]["csrf_used"]``), so visitors who only read get no cookie.
    - Requests that carry a bearer token (which signs them in, cookies or not), and
      requests with no session cookie that are not browser forms, need no token.
    - A state-changing request from a foreign ``Origin`` is refused outright.
    - The cookie is ``Secure`` whenever the request came over HTTPS.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the request as described on the class, then hand it on."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        connection: ASGIConnection = ASGIConnection(scope)
        if scope["method"] in self.config.safe_methods:
            await self._serve_safe(scope, receive, send, connection)
            return
        origin = connection.headers.get("origin")
        if origin and origin != "null" and not is_same_origin(scope, origin):
            raise PermissionDeniedException("Cross-site requests are not accepted.")
        if origin == "null":
            raise PermissionDeniedException("Cross-site requests are not accepted.")
        content_type = connection.headers.get("content-type", "")
        is_form = content_type.startswith(
            ("application/x-www-form-urlencoded", "multipart/form-data")
        )
        has_session = SESSION_COOKIE in connection.cookies
        uses_bearer = bearer_token(connection) is not None
        if uses_bearer or (not is_form and not has_session):
            # No ambient credential rides along: a cross-site page can neither set an
            # Authorization header nor send JSON with cookies; an API client's multipart
            # upload (a picture) carries its bearer token, which signs it in instead.
            await self.app(scope, receive, send)
            return
        await super().__call__(scope, receive, send)

    async def _serve_safe(
        self, scope: Scope, receive: Receive, send: Send, connection: ASGIConnection
    ) -> None:
        csrf_cookie = connection.cookies.get(self.config.cookie_name)
        token = csrf_cookie or generate_csrf_token(secret=self.config.secret)
        ScopeState.from_scope(scope).csrf_token = token
        state = scope.setdefault("state", {})

        async def send_wrapper(message: Any) -> None:
            if (
                csrf_cookie is None
                and message["type"] == "http.response.start"
                and state.get("csrf_used")
            ):
                message.setdefault("headers", [])
                self._set_cookie(message, token, secure=scope.get("scheme") == "https")
            await send(message)

        await self.app(scope, receive, send_wrapper)

    def _set_cookie(self, message: HTTPSendMessage, token: str, secure: bool) -> None:
        headers = MutableScopeHeaders.from_message(message)
        cookie = Cookie(
            key=self.config.cookie_name,
            value=token,
            path="/",
            secure=secure,
            httponly=True,
            samesite="lax",
        )
        headers.add("set-cookie", cookie.to_header(header=""))
