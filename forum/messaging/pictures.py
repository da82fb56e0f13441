"""Pictures in private messages: who may see them, what a message shows, and staff's view.

The posting path's ``posting.pictures.weigh`` does the image disclosure warning and the
policy's ``images`` category (on the ``private`` surface); this module only says that a
message's picture is for its conversation's current participants (``Sight.PRIVATE``: never
cached by anyone else) and hidden from everyone else, moderators and admins included. Staff
see a picture of a held or reported message only through ``reporting.staff_picture``, which
writes the personal-data access log first, like ``reporting.staff_view``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from forum.accounts.members import Account
from forum.images import attaching, visibility
from forum.images.visibility import Sight
from forum.storage.message_tables import Message, Participant
from forum.storage.tables import PostStatus

KIND = "message"


async def message_sight(message_id: int, viewer: Account | None) -> Sight:
    """PRIVATE to the conversation's current participants who may read the message (a held
    or removed one: its author only); HIDDEN to everyone else, staff included."""
    if viewer is None:
        return Sight.HIDDEN
    row = (
        await Message.select(Message.conversation, Message.author, Message.status)
        .where(Message.id == message_id)
        .first()
    )
    if row is None:
        return Sight.HIDDEN
    if row["status"] != PostStatus.visible.value and row["author"] != viewer.id:
        return Sight.HIDDEN
    present = await Participant.exists().where(
        Participant.conversation == row["conversation"],
        Participant.user == viewer.id,
        Participant.left_at.is_null(),
    )
    return Sight.PRIVATE if present else Sight.HIDDEN


visibility.register(KIND, message_sight)


async def attach(ids: list[int], author: Account, message_id: int) -> None:
    """Inside the message's write transaction: its pictures are attached to it."""
    await attaching.attach(ids, author.id, KIND, message_id)


async def of_messages(message_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """The pictures of these messages by message id (as pages and the API show them)."""
    return await attaching.for_targets(KIND, message_ids)
