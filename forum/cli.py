"""The ``forum`` command: Litestar's CLI with the forum app preset."""

from __future__ import annotations

import os


def main() -> None:
    """Run Litestar's CLI against ``forum.app:create_app``."""
    os.environ.setdefault("LITESTAR_APP", "forum.app:create_app")
    from litestar.cli.main import litestar_group

    litestar_group()
