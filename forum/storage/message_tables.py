"""Piccolo tables of private messages: conversations, who takes part, and the messages.

Everything here is personal data of its participants: only they read it (staff see one
message only when it is held by the policy or reported, and every such view is logged).
A message is a row of its own so that other content (attachments) can hang on it later.
"""

from __future__ import annotations

from piccolo.columns import JSON, Boolean, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from forum.storage.tables import PostStatus, User


class Conversation(Table, tablename="conversations"):
    """A private conversation between two or more members."""

    title = Varchar(length=200)
    started_by = ForeignKey(User, null=True, default=None, index=True)
    created = Timestamptz(default=TimestamptzNow())
    last_message_at = Timestamptz(default=TimestamptzNow(), index=True)


class Participant(Table, tablename="conversation_participants"):
    """A member in a conversation: since when, until when (``left_at``), how far they have
    read (``last_read``, a message id) and which disclosure categories they confirmed here
    (``disclosed``: the private surface warns once per conversation)."""

    conversation = ForeignKey(Conversation, index=True)
    user = ForeignKey(User, index=True)
    joined = Timestamptz(default=TimestamptzNow())
    left_at = Timestamptz(null=True, default=None)
    last_read = Integer(default=0)
    disclosed = JSON(default="[]")


class Message(Table, tablename="private_messages"):
    """One private message. ``body`` is what participants read (masked where the policy
    censors), ``original`` the author's own text when it was masked; ``status`` as for posts
    (a held message waits for review, a removed one is kept for the record); ``reported``
    once a participant has reported it (then, and only then, staff may read it, logged)."""

    conversation = ForeignKey(Conversation, index=True)
    author = ForeignKey(User, index=True)
    body = Text()
    html = Text()
    status = Varchar(length=16, choices=PostStatus, default=PostStatus.visible)
    original = JSON(null=True, default=None)
    reported = Boolean(default=False)
    created = Timestamptz(default=TimestamptzNow())

    @classmethod
    async def erase_by(cls, author_id: int) -> int:
        """Blank the messages of a member who deleted their account (the rows stay, so the
        conversation keeps its order); returns how many."""
        rows = await cls.select(cls.id).where(cls.author == author_id)
        if rows:
            await cls.update(
                {
                    cls.body: "",
                    cls.html: "",
                    cls.original: None,
                    cls.status: PostStatus.removed.value,
                }
            ).where(cls.author == author_id)
        return len(rows)


MESSAGE_TABLES: list[type[Table]] = [Conversation, Participant, Message]
