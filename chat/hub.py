"""The rooms of this process: one channel subscription per room, fanned out to its sockets.

A message reaches a room like this: ``forum.posting`` stores it, commits, and publishes
one ``post`` event (with author, text and time) on ``space:{room}``. Every process with
sockets in that room holds exactly one subscription to the channel; it encodes the
``message`` frame once and queues that same frame on each of its sockets (see
``chat.connection``). Nobody reads the database per socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import Counter, deque
from typing import Any

import msgspec
from litestar.channels import ChannelsPlugin, Subscriber

from chat import history
from chat.connection import Connection, send_message
from chat.presence import presence_frame
from chat.protocol import CLOSE_KICKED, encode
from forum import events

log = logging.getLogger("chat.hub")

ROOM_LINGER = 30.0  # keep a room's subscription this long after its last socket leaves
PRESENCE_DELAY = 0.3  # coalesce joins and leaves into one presence frame
RECENT_IDS = 2048
FANOUT_SLICE = 128  # sockets per slice; the loop runs database callbacks between slices


class Room:
    """One chat room as this process sees it."""

    def __init__(self, info: dict[str, Any]) -> None:
        self.info = info
        self.slug: str = info["slug"]
        self.channel = events.space_channel(self.slug)
        self.conns: set[Connection] = set()
        self.lock = asyncio.Lock()
        self.subscriber: Subscriber | None = None
        self.listener: asyncio.Task[None] | None = None
        self.linger: asyncio.Task[None] | None = None
        self.presence_due = False
        self.recent: deque[int] = deque(maxlen=RECENT_IDS)
        self.seen: set[int] = set()
        self.removed: set[int] = set()
        self.poll_floor = 0

    def remember(self, post_id: int) -> bool:
        """Note a delivered message id; False when it was delivered already."""
        if post_id in self.seen:
            return False
        if len(self.recent) == self.recent.maxlen:
            self.seen.discard(self.recent[0])
        self.recent.append(post_id)
        self.seen.add(post_id)
        return True

    def counts(self) -> dict[str, int]:
        """Sockets per member name ("" for visitors) in this process."""
        return dict(Counter(c.account.username if c.account else "" for c in self.conns))


class Rooms:
    """Joining, leaving and fan-out for every room of one app process."""

    def __init__(self, channels: ChannelsPlugin, presence: Any, poll: bool) -> None:
        self.channels = channels
        self.presence = presence
        self.poll = poll  # with Redis, a pub/sub outage can lose events: poll as a safety net
        self.rooms: dict[str, Room] = {}
        self.users: dict[int, set[Connection]] = {}
        self.tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Any) -> None:
        """Run a background job tied to the hub (cancelled on shutdown)."""
        task = asyncio.get_running_loop().create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def join(self, info: dict[str, Any], conn: Connection) -> Room:
        """Add a socket to a room, subscribing this process to the room if needed."""
        room = self.rooms.get(info["slug"])
        if room is None:
            room = self.rooms[info["slug"]] = Room(info)
        async with room.lock:
            if room.linger is not None:
                room.linger.cancel()
                room.linger = None
            if room.subscriber is None:
                if self.poll:
                    room.poll_floor = await history.latest_id(info)
                room.subscriber = await self.channels.subscribe([room.channel])
                room.listener = asyncio.create_task(self._listen(room, room.subscriber))
            room.conns.add(conn)
            if conn.user_id is not None:
                self.users.setdefault(conn.user_id, set()).add(conn)
        self.presence_changed(room)
        return room

    def leave(self, conn: Connection) -> None:
        """Remove a socket; an empty room is unsubscribed after ROOM_LINGER seconds."""
        room = self.rooms.get(conn.room)
        if room is None or conn not in room.conns:
            return
        room.conns.discard(conn)
        if conn.user_id is not None:
            mine = self.users.get(conn.user_id, set())
            mine.discard(conn)
            if not mine:
                self.users.pop(conn.user_id, None)
        if not room.conns and room.linger is None:
            room.linger = asyncio.get_running_loop().create_task(self._linger(room))
        self.presence_changed(room)

    async def _linger(self, room: Room) -> None:
        await asyncio.sleep(ROOM_LINGER)
        async with room.lock:
            room.linger = None
            if room.conns or room.subscriber is None:
                return
            subscriber, room.subscriber = room.subscriber, None
            listener, room.listener = room.listener, None
            await self.channels.unsubscribe(subscriber, [room.channel])
            if listener is not None:
                listener.cancel()

    async def _listen(self, room: Room, subscriber: Subscriber) -> None:
        async for raw in subscriber.iter_events():
            try:
                text = self.on_event(room, raw)
                if text is not None:
                    await self.broadcast_soon(room, text)
            except Exception:  # one bad event must not deafen the room
                log.exception("chat event on %s could not be handled", room.channel)

    def broadcast(self, room: Room, text: str) -> None:
        """Queue one encoded frame on every socket of the room in this process."""
        message = send_message(text)
        for conn in room.conns:
            conn.push(message)

    async def broadcast_soon(self, room: Room, text: str) -> None:
        """Like broadcast, in slices, letting database work in between (large rooms)."""
        message = send_message(text)
        conns = list(room.conns)
        for start in range(0, len(conns), FANOUT_SLICE):
            if start:
                await asyncio.sleep(0)
            for conn in conns[start : start + FANOUT_SLICE]:
                conn.push(message)

    def on_event(self, room: Room, raw: bytes) -> str | None:
        """An event from the room's channel: the frame to fan out, if any, or other action."""
        event = msgspec.json.decode(raw)
        kind = event.get("type") if isinstance(event, dict) else None
        if kind == "post" and "body" in event:
            if room.remember(event["id"]):
                return encode(history.frame_from_event(event))
        elif kind == "post":  # approved, restored or redacted: read it once, not per socket
            self.spawn(self.deliver(room, int(event["id"]), again=True))
        elif kind == "removed":
            room.removed.add(int(event["id"]))
            return encode({"type": "removed", "id": event["id"]})
        elif kind == "presence":
            return raw.decode()
        elif kind == "kicked":
            for conn in [c for c in room.conns if c.user_id == event.get("user")]:
                reason = "A moderator removed you from this room for a while."
                self.spawn(conn.close(CLOSE_KICKED, reason))
        return None

    async def deliver(self, room: Room, post_id: int, again: bool = False) -> None:
        """Read one public message from the database and send it to the room."""
        frame = await history.visible_message(room.info, post_id)
        if frame is not None and (room.remember(post_id) or again):
            room.removed.discard(post_id)
            self.broadcast(room, encode(frame))

    def presence_changed(self, room: Room) -> None:
        """Schedule one presence frame for a burst of joins and leaves."""
        if not room.presence_due:
            room.presence_due = True
            self.spawn(self._send_presence(room))

    async def _send_presence(self, room: Room) -> None:
        await asyncio.sleep(PRESENCE_DELAY)
        room.presence_due = False
        try:
            await self.presence.store(room.slug, room.counts())
            merged = await self.presence.merged(room.slug)
        except Exception as exc:  # presence is a nicety; the chat goes on without it
            log.warning("presence of %s not updated: %r", room.slug, exc)
            return
        await events.publish(self.channels, room.channel, presence_frame(room.slug, merged))

    async def catch_up(self) -> None:
        """Safety net after pub/sub outages: deliver what the database has and sockets lack."""
        for room in list(self.rooms.values()):
            if not room.conns:
                continue
            ids = await history.visible_since(room.info, room.poll_floor)
            for post_id in ids:
                if post_id not in room.seen:
                    await self.deliver(room, post_id)
            if ids:
                room.poll_floor = ids[-1]
            recent = list(room.recent)[-200:]
            room.removed &= set(recent)  # only recent ids can be announced twice
            for post_id in await history.hidden_among(recent):
                if post_id not in room.removed:
                    room.removed.add(post_id)
                    self.broadcast(room, encode({"type": "removed", "id": post_id}))

    async def refresh_presence(self) -> None:
        """Re-store this process's counts before they expire (Redis), and re-announce them."""
        for room in list(self.rooms.values()):
            if room.conns:
                self.presence_changed(room)

    async def stop(self) -> None:
        """Cancel every task of the hub (the channels plugin is already shut down)."""
        pending = list(self.tasks)
        for room in self.rooms.values():
            pending += [t for t in (room.listener, room.linger) if t is not None]
        for task in pending:
            task.cancel()
        for task in pending:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
