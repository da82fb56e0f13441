"""Security headers on every HTTP response, and a bound on the headers of a request."""

from __future__ import annotations

from litestar.datastructures import MutableScopeHeaders
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from forum.limits import MAX_HEAD_BYTES, MAX_HEADERS

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
    "object-src 'none'"
)


def security_headers(app: ASGIApp) -> ASGIApp:
    """Add CSP (no inline scripts), nosniff, referrer policy, frame denial, and HSTS on HTTPS."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableScopeHeaders.from_message(message)
                headers.setdefault("content-security-policy", CSP)
                headers.setdefault("x-content-type-options", "nosniff")
                headers.setdefault("referrer-policy", "same-origin")
                headers.setdefault("x-frame-options", "DENY")
                headers.setdefault("cross-origin-opener-policy", "same-origin")
                if scope.get("scheme") == "https":
                    headers.setdefault(
                        "strict-transport-security", "max-age=31536000; includeSubDomains"
                    )
            await send(message)

        await app(scope, receive, send_with_headers)

    return middleware


def bounded_headers(app: ASGIApp) -> ASGIApp:
    """Refuse (431) a request with more than MAX_HEADERS headers or MAX_HEAD_BYTES of them.

    ``forum run``'s server already refuses an oversized head; this holds under any server
    (uvicorn's httptools parser, for one, buffers heads of any size and number).
    """

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            headers = scope["headers"]
            size = sum(len(name) + len(value) + 4 for name, value in headers)
            if len(headers) > MAX_HEADERS or size > MAX_HEAD_BYTES:
                await _refuse_head(scope, send)
                return
        await app(scope, receive, send)

    return middleware


async def _refuse_head(scope: Scope, send: Send) -> None:
    if scope["type"] == "websocket":
        await send({"type": "websocket.close", "code": 1008})
        return
    body = (
        f"Request headers too large: at most {MAX_HEADERS} headers and "
        f"{MAX_HEAD_BYTES // 1024} KiB in all.\n"
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 431,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
