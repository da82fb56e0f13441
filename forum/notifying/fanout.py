"""After a post is published: who hears of it (a reply, a mention, watchers), written in
batches off the posting path, then sent live and by mail.

Posting only drops the post's id into this process's queue after its commit; one task per
process works the queue in batches. All the new posts of one topic in a batch make one
watchers' query, and a watcher who still has an unread notice of that topic gets no second
row (the notice links to their first unread post): the cost of a busy topic with a thousand
watchers does not grow with its rate of posts, and never lands on the author's request.
A crash between the commit and the batch loses those notifications, never the post.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime

from litestar.channels import ChannelsPlugin

from forum import events
from forum.notifying import mailing, recipients, watchers
from forum.notifying.recipients import Note
from forum.storage import db
from forum.storage.desk_tables import Notification
from forum.storage.prepared import PreparedInsert
from forum.storage.tables import User

log = logging.getLogger("forum.notifying")
BATCH_WINDOW = 0.2
"""Seconds a batch gathers posts after its first one: long enough to coalesce a busy topic,
short enough for a live tab to hear of a reply at once."""
BATCH_MAX = 500
SHUTDOWN_GRACE = 10.0
"""Seconds a stopping process spends on the notifications still queued."""
_NOTIFICATION_ROW = PreparedInsert(
    Notification, Notification.user, Notification.kind, Notification.message, Notification.link,
    Notification.created, Notification.read_at, Notification.actor, Notification.post,
    Notification.topic, Notification.mailed_at,
)  # fmt: skip


_queue: asyncio.Queue[tuple[int, ChannelsPlugin | None] | None] | None = None


async def post_published(post_id: int, channels: ChannelsPlugin | None) -> None:
    """After the commit of a visible post: queue its notifications (sent now when no worker runs,
    as in the commands)."""
    if _queue is not None:
        _queue.put_nowait((post_id, channels))
        return
    await _deliver_quietly([(post_id, channels)])


@contextlib.asynccontextmanager
async def running() -> AsyncIterator[None]:
    """The process's worker for the app's lifetime; what is queued at shutdown is still sent."""
    global _queue
    queue: asyncio.Queue[tuple[int, ChannelsPlugin | None] | None] = asyncio.Queue()
    _queue = queue
    task = asyncio.create_task(_work(queue), name="forum-notify")
    try:
        yield
    finally:
        if _queue is queue:
            _queue = None
        # Let the worker finish what is queued instead of cancelling it in the middle of a
        # query: a cancelled asyncpg query can keep its pooled connection, and the pool's
        # close then waits for it for ever.
        queue.put_nowait(None)
        try:
            await asyncio.wait_for(asyncio.shield(task), SHUTDOWN_GRACE)
        except TimeoutError:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            log.warning("shutting down: %d queued notifications not delivered", queue.qsize())


async def _work(queue: asyncio.Queue[tuple[int, ChannelsPlugin | None] | None]) -> None:
    """Deliver queued posts in batches until the stop mark (None) is reached."""
    while True:
        first = await queue.get()
        if first is None:
            return
        batch = [first]
        await asyncio.sleep(BATCH_WINDOW)
        stopping = False
        while not queue.empty() and len(batch) < BATCH_MAX:
            item = queue.get_nowait()
            if item is None:
                stopping = True
                break
            batch.append(item)
        await _deliver_quietly(batch)
        if stopping:
            return


async def _deliver_quietly(batch: list[tuple[int, ChannelsPlugin | None]]) -> None:
    by_channels: dict[int, tuple[ChannelsPlugin | None, list[int]]] = {}
    for post_id, channels in batch:
        by_channels.setdefault(id(channels), (channels, []))[1].append(post_id)
    for channels, post_ids in by_channels.values():
        try:
            await deliver(post_ids, channels)
        except Exception:  # one bad batch must not stop the worker; the posts are saved
            log.exception("could not deliver notifications for posts %s", post_ids)


async def deliver(post_ids: list[int], channels: ChannelsPlugin | None) -> list[Note]:
    """Write the notifications of these posts in one transaction, then send them live and by
    mail; returns the notes (for tests and the bench)."""
    posts = await recipients.published_posts(post_ids)
    if not posts:
        return []
    firsts = await recipients.first_posts(p["topic"] for p in posts if p["topic"])
    silent = await recipients.muted_pairs(posts)
    notes: list[Note] = []
    for post in posts:
        notes.extend(await recipients.personal_notes(post, firsts, silent))
    told = {(note.post, user) for note in notes for user in note.users}
    personal = len(notes)
    notes.extend(await watchers.watch_notes(posts, firsts, told | silent))
    await recipients.allowed(notes, unchecked=personal)  # watchers were read as active
    notes = [note for note in notes if note.users]
    if not notes:
        return []
    # Read before the write transaction, which other writers wait for.
    watch = [note for note in notes if note.kind == "watching"]
    for note, fresh in zip(watch, await watchers.without_unread(watch), strict=True):
        note.fresh = sorted(fresh)
    for note in notes:
        if note.kind != "watching":
            note.fresh = sorted(note.users)
    now = datetime.now(UTC)
    rows = [
        (user, note.kind, note.message, note.link, now, None, note.actor, note.post, note.topic,
         None)
        for note in notes
        for user in note.fresh
    ]  # fmt: skip
    if rows:  # every note's rows in as few statements as the chunks allow
        async with db.write_transaction():
            # An account deleted since its recipients were read gets nothing.
            if erased := await User.deleted_among({row[0] for row in rows}):
                rows = [row for row in rows if row[0] not in erased]
            if rows:
                await _NOTIFICATION_ROW.ids(*rows)
    for note in notes:
        event = events.notify_event(
            sorted(note.users), note.fresh, note.kind, note.message, note.link
        )
        await events.publish(channels, events.NOTIFY_CHANNEL, event)
    await mailing.mail_at_once(notes)
    return notes
