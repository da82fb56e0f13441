"""The one dispatcher of moderators' verbs: a verb and a post, from the queue or the post page.

Each verb is a function of one ``Ask``; the callers differ only in which verbs they offer
(the queue adds claiming an item, the post page offers restoring a removal).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from litestar.channels import ChannelsPlugin

from forum.accounts.members import Account
from forum.desk import actions, image_removal, message_review, sanctions
from forum.errors import ForumError


@dataclass(frozen=True)
class Ask:
    """A moderator's request about one post, with what some verbs need."""

    moderator: Account
    post_id: int
    reason: object = ""
    category: object = ""
    hours: object = None
    channels: ChannelsPlugin | None = None
    confirm: bool = False  # "I have read it": approving a post held for offensive content
    image_id: object = None  # which picture of the post (remove_image)
    message_id: int | None = None  # a private message's review item: post_id is 0


async def _approve(ask: Ask) -> None:
    await actions.approve(
        ask.moderator, ask.post_id, ask.channels, confirmed=ask.confirm, reason=ask.reason
    )


async def _remove(ask: Ask) -> None:
    await actions.remove(ask.moderator, ask.post_id, ask.category, ask.reason, ask.channels)


async def _remove_image(ask: Ask) -> None:
    await image_removal.remove_image(
        ask.moderator, ask.post_id, ask.image_id, ask.category, ask.reason, ask.channels
    )


async def _restore(ask: Ask) -> None:
    await actions.restore(ask.moderator, ask.post_id, ask.channels)


async def _redact(ask: Ask) -> None:
    await actions.redact_and_approve(
        ask.moderator, ask.post_id, ask.channels, confirmed=ask.confirm
    )


async def _dismiss(ask: Ask) -> None:
    await actions.dismiss_reports(ask.moderator, ask.post_id, ask.channels)


def _lock(locked: bool) -> Callable[[Ask], Awaitable[None]]:
    async def lock(ask: Ask) -> None:
        topic_id = (await actions.load_post(ask.post_id))["topic"]
        if topic_id is None:
            raise ForumError("Only topics can be locked; this post is not in a topic.")
        await sanctions.set_locked(ask.moderator, topic_id, locked, ask.channels)

    return lock


def _pin(pinned: bool) -> Callable[[Ask], Awaitable[None]]:
    async def pin(ask: Ask) -> None:
        topic_id = (await actions.load_post(ask.post_id))["topic"]
        if topic_id is None:
            raise ForumError("Only topics can be pinned; this post is not in a topic.")
        await sanctions.set_pinned(ask.moderator, topic_id, pinned, ask.channels)

    return pin


def _restrict(measure: sanctions.Measure) -> Callable[[Ask], Awaitable[None]]:
    async def restrict(ask: Ask) -> None:
        if ask.message_id is not None:
            author = (await message_review.load_message(ask.message_id))["author"]
            post_id = None
        else:
            author, post_id = (await actions.load_post(ask.post_id))["author.id"], ask.post_id
        await sanctions.restrict(
            measure, ask.moderator, author, ask.hours, ask.reason, ask.channels, post_id
        )

    return restrict


async def _approve_message(ask: Ask) -> None:
    assert ask.message_id is not None
    await message_review.approve(ask.moderator, ask.message_id, ask.channels)


async def _remove_message(ask: Ask) -> None:
    assert ask.message_id is not None
    await message_review.remove(
        ask.moderator, ask.message_id, ask.category, ask.reason, ask.channels
    )


async def _dismiss_message(ask: Ask) -> None:
    assert ask.message_id is not None
    await message_review.dismiss(ask.moderator, ask.message_id, ask.channels)


VERBS: dict[str, Callable[[Ask], Awaitable[None]]] = {
    "approve": _approve,
    "remove": _remove,
    "remove_image": _remove_image,
    "restore": _restore,
    "redact": _redact,
    "dismiss": _dismiss,
    "lock": _lock(True),
    "unlock": _lock(False),
    "pin": _pin(True),
    "unpin": _pin(False),
    "mute": _restrict(sanctions.MUTE),
    "suspend": _restrict(sanctions.SUSPEND),
}


MESSAGE_VERBS: dict[str, Callable[[Ask], Awaitable[None]]] = {
    "approve": _approve_message,
    "remove": _remove_message,
    "dismiss": _dismiss_message,
    "mute": _restrict(sanctions.MUTE),
    "suspend": _restrict(sanctions.SUSPEND),
}
"""The verbs on a private message (held or reported): it has no topic to lock or pin."""


def check_verb(verb: object, offered: Sequence[str]) -> str:
    """The verb, if it is one of those ``offered``; else a sentence listing them."""
    if not isinstance(verb, str) or verb not in offered:
        raise ForumError("Choose an action: " + ", ".join(offered) + ".")
    return verb


async def perform(ask: Ask, verb: object, offered: Sequence[str] = tuple(VERBS)) -> None:
    """Carry out the verb a moderator chose, among those ``offered``."""
    if ask.message_id is not None:
        offered = [v for v in offered if v in MESSAGE_VERBS]
        await MESSAGE_VERBS[check_verb(verb, offered)](ask)
        return
    await VERBS[check_verb(verb, offered)](ask)
