"""Is a request's Origin the site itself? Used for CSRF and before accepting websockets."""

from __future__ import annotations

from urllib.parse import urlsplit

from litestar.types import Scope

_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


def _host_port(netloc: str, scheme: str) -> tuple[str, int] | None:
    try:
        parts = urlsplit(f"//{netloc}")
        host = (parts.hostname or "").lower()
        port = parts.port or _DEFAULT_PORTS.get(scheme, 80)
    except ValueError:
        return None
    return (host, port) if host else None


def is_same_origin(scope: Scope, origin: str) -> bool:
    """True when ``origin`` names this site (its Host header) or an allowed origin."""
    allowed: tuple[str, ...] = scope["app"].state.get("allowed_origins", ())
    if origin.rstrip("/") in allowed:
        return True
    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    if parts.scheme not in ("http", "https"):
        return False
    theirs = _host_port(parts.netloc, parts.scheme)
    host_header = ""
    for name, value in scope.get("headers", []):
        if name == b"host":
            host_header = value.decode("latin-1")
            break
    scheme = "https" if scope.get("scheme") in ("https", "wss") else "http"
    ours = _host_port(host_header, scheme)
    if theirs is None or ours is None:
        return False
    return theirs == ours
