"""Staged pictures nobody posted: their rows and files go after a day (hourly, in the
background), so an abandoned draft neither keeps a member's picture nor eats their quota."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from forum.images import files
from forum.storage import db
from forum.storage.image_tables import Image, ImageStatus

log = logging.getLogger("forum.images")
STAGED_FOR = timedelta(days=1)


async def sweep_staged(older_than: timedelta = STAGED_FOR) -> int:
    """Delete staged pictures older than ``older_than`` (files no other row names too)."""
    cutoff = datetime.now(UTC) - older_than
    stale = Image.status == ImageStatus.staged.value
    async with db.write_transaction():
        rows = await Image.select(Image.sha256, Image.format).where(stale, Image.created < cutoff)
        await Image.delete().where(stale, Image.created < cutoff)
    for sha256, fmt in {(r["sha256"], r["format"]) for r in rows}:
        if not await Image.exists().where(Image.sha256 == sha256, Image.format == fmt):
            files.delete(files.configured(), sha256, fmt)
    return len(rows)


async def sweep_periodically(every: float = 3600.0) -> None:
    """Sweep once an hour (a failure waits for the next hour)."""
    while True:
        await asyncio.sleep(every)
        try:
            await sweep_staged()
        except Exception:
            log.exception("could not sweep staged pictures")
