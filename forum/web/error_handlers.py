"""Every error becomes a clear 4xx for a person: JSON ``{"detail"}`` for the API, else a page."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import quote

from litestar import MediaType, Request, Response
from litestar.exceptions import (
    HTTPException,
    NotAuthorizedException,
    SerializationException,
    ValidationException,
)
from litestar.response import Redirect, Template

from forum.errors import ForumError, RateLimited

log = logging.getLogger("forum.errors")

_TITLES = {
    400: "That did not work",
    401: "Please sign in",
    403: "Not allowed",
    404: "Not found",
    405: "Not allowed",
    413: "Too large",
    429: "Slow down",
}


MACHINE_PATHS = ("/api/", "/metrics", "/healthz", "/feeds/", "/schema")


def _wants_json(request: Request) -> bool:
    """API clients, scrapers and feed readers get JSON errors; browsers get pages."""
    if request.url.path.startswith(MACHINE_PATHS):
        return True
    return "application/json" in request.headers.get("accept", "").split(",")[0]


def _respond(request: Request, status: int, detail: str, extra: Any = None) -> Response:
    if _wants_json(request):
        # status_code too: the shape the OpenAPI document promises (Litestar's error schema).
        body: dict[str, Any] = {"detail": detail, "status_code": status}
        if isinstance(extra, dict):
            body.update(extra)
        elif extra:
            body["extra"] = extra
        return Response(body, status_code=status, media_type=MediaType.JSON)
    return Template(
        "error.html",
        context={"status": status, "title": _TITLES.get(status, "Error"), "detail": detail},
        status_code=status,
    )


def _validation_detail(exc: ValidationException) -> tuple[str, Any]:
    problems = exc.extra if isinstance(exc.extra, list) else []
    parts = []
    for problem in problems:
        if isinstance(problem, dict):
            key = problem.get("key")
            message = str(problem.get("message", "")).rstrip(".")
            parts.append(f"{key}: {message}" if key else message)
    if not parts:
        return (str(exc.detail) or "The request could not be read."), None
    return "Please check the request — " + "; ".join(parts) + ".", problems


def on_http_exception(request: Request, exc: HTTPException) -> Response:
    """4xx from Litestar or our handlers, worded for a person."""
    if isinstance(exc, ValidationException):
        detail, extra = _validation_detail(exc)
        return _respond(request, 400, detail, extra)
    if (
        isinstance(exc, NotAuthorizedException)
        and not _wants_json(request)
        and request.method == "GET"
    ):
        return Redirect(f"/login?next={quote(request.url.path)}", status_code=303)
    if isinstance(exc.__cause__, SerializationException):
        detail = f"The request body is not valid JSON ({str(exc.detail).rstrip('.')})."
        return _respond(request, 400, detail)
    status = exc.status_code
    if status >= 500:
        log.error("HTTP %s on %s: %s", status, request.url.path, exc.detail)
    response = _respond(
        request, status, str(exc.detail), exc.extra if _wants_json(request) else None
    )
    for name, value in (exc.headers or {}).items():
        response.headers[name] = value
    return response


def on_forum_error(request: Request, exc: ForumError) -> Response:
    """A request the domain refused (forum.errors), with its status and sentence."""
    response = _respond(request, exc.status_code, str(exc), getattr(exc, "extra", None))
    if isinstance(exc, RateLimited):
        response.headers["Retry-After"] = str(max(1, round(exc.retry_after)))
    return response


def on_unexpected(request: Request, exc: Exception) -> Response:
    """A bug: log it, tell the person nothing was saved, never leak internals."""
    if isinstance(exc, RecursionError) and "deserializing" in str(exc):
        # msgspec decoding a request body nested thousands deep: the client's input, not a bug.
        return _respond(request, 400, "The request body is nested too deeply to read.")
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return _respond(request, 500, "Something went wrong on our side; nothing was changed.")


EXCEPTION_HANDLERS = {
    HTTPException: on_http_exception,
    ForumError: on_forum_error,
    Exception: on_unexpected,
}
