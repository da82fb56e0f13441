"""How ``forum run`` starts uvicorn: request heads of bounded size, and the address it
listens on handed to the app so that links in mails point where the server is.

Litestar's ``run`` calls ``uvicorn.run`` in this process (one worker) or starts
``python -m uvicorn`` (``--workers``, ``--reload``); neither path takes extra server options,
so the limits go in through the one hook each path reads: the keyword arguments of
``uvicorn.run`` here, ``UVICORN_*`` variables for the child process.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterator
from typing import Any

from forum.limits import MAX_HEAD_BYTES

# uvicorn's default parser (httptools) buffers a request head of any size; h11 refuses one
# larger than MAX_HEAD_BYTES (16 KiB, h11's own default) with 400 before the app runs.
SERVER_OPTIONS: dict[str, Any] = {"http": "h11", "h11_max_incomplete_event_size": MAX_HEAD_BYTES}


def listen_url(host: str, port: int, tls: bool) -> str:
    """The base URL of a server listening on ``host``:``port``."""
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"{'https' if tls else 'http'}://{host}:{port}"


@contextlib.contextmanager
def bounded_server(host: str, port: int, tls: bool) -> Iterator[None]:
    """While ``forum run`` starts uvicorn: the head limit on either path, the listening
    address in ``FORUM_LISTEN_URL`` (read by the settings when FORUM_PUBLIC_URL is unset)."""
    import uvicorn

    os.environ["FORUM_LISTEN_URL"] = listen_url(host, port, tls)
    for name, value in SERVER_OPTIONS.items():  # the `python -m uvicorn` child reads these
        os.environ.setdefault(f"UVICORN_{name.upper()}", str(value))
    original = uvicorn.run
    uvicorn.run = functools.partial(original, **SERVER_OPTIONS)
    try:
        yield
    finally:
        uvicorn.run = original


def wrap_run(callback: Callable[..., Any]) -> Callable[..., Any]:
    """Litestar's ``run`` callback, started inside ``bounded_server``."""

    @functools.wraps(callback)
    def run(*args: Any, **kwargs: Any) -> Any:
        tls = bool(kwargs.get("ssl_certfile") or kwargs.get("create_self_signed_cert"))
        with bounded_server(kwargs.get("host") or "127.0.0.1", kwargs.get("port") or 8000, tls):
            return callback(*args, **kwargs)

    run.bounded = True  # type: ignore[attr-defined]  # on_cli_init may run twice
    return run
