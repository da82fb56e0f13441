"""Piccolo tables of what a member keeps for themselves: watched and muted topics and spaces,
how far they have read each topic, and the members they block. All of it is personal data
(exported and erased with the account: ``forum.privacy``)."""

from __future__ import annotations

from enum import StrEnum

from piccolo.columns import ForeignKey, Integer, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from forum.storage.tables import Space, Topic, User


class WatchLevel(StrEnum):
    """Watching: every new post is a notification. Muted: nothing, not even unread counts."""

    watching = "watching"
    muted = "muted"


class Watch(Table, tablename="watches"):
    """A member watching or muting one topic or one space (exactly one of the two is set)."""

    user = ForeignKey(User, index=True)
    topic = ForeignKey(Topic, null=True, default=None)
    space = ForeignKey(Space, null=True, default=None)
    level = Varchar(length=16, choices=WatchLevel, default=WatchLevel.watching)
    created = Timestamptz(default=TimestamptzNow())


class ReadPosition(Table, tablename="read_positions"):
    """How far a member has read a topic: the newest post they were shown, and when."""

    user = ForeignKey(User, index=True)
    topic = ForeignKey(Topic)
    last_read_post = Integer(default=0)
    read_at = Timestamptz(default=TimestamptzNow())


class Block(Table, tablename="blocks"):
    """A member who does not want to see or hear from another (posts collapsed, no
    notifications); moderation notices are never blocked."""

    blocker = ForeignKey(User, index=True)
    blocked = ForeignKey(User, index=True)
    created = Timestamptz(default=TimestamptzNow())


MEMBER_TABLES: list[type[Table]] = [Watch, ReadPosition, Block]
