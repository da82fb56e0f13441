"""The ``forum`` command: Litestar's CLI with the forum app preset."""

from __future__ import annotations

import os


def main() -> None:
    """Run Litestar's CLI against ``forum.app:create_app``."""
    os.environ.setdefault("LITESTAR_APP", "forum.app:create_app")
    # Forwarding headers are judged by the app alone (FORUM_TRUST_PROXY, forum/web/proxy.py);
    # uvicorn would otherwise rewrite the client address for loopback peers on its own.
    os.environ["FORWARDED_ALLOW_IPS"] = ""
    from litestar.cli.main import litestar_group

    litestar_group()
