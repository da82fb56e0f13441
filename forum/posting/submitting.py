"""Writing posts: validate → moderate → store → publish.

Each ``submit_*`` reads as those four steps: the checks (``forum.posting.checks``, errors in
``forum.errors``), the policy's decision (``drafts``), the rows written in one short
transaction (``storing``), and, only after the commit, publishing (``publishing``).
"""

from __future__ import annotations

from litestar.channels import ChannelsPlugin

from forum.accounts.members import Account
from forum.errors import Conflict, Forbidden, ForumError
from forum.posting import pictures as pics
from forum.posting.checks import (
    check_body,
    check_can_post,
    check_open_for_replies,
    check_space_allows,
    check_title,
    counted_post,
)
from forum.posting.drafts import kept_original, moderate_draft
from forum.posting.publishing import Submitted, publish_post
from forum.posting.storing import author_follows, count_reply, linked_html, store_post, store_topic
from forum.storage import db
from forum.storage.tables import Post, PostStatus, SpaceKind

__all__ = ["Submitted", "submit_message", "submit_reply", "submit_topic"]


async def submit_topic(
    author: Account | None,
    space: dict,
    title: object,
    body: object,
    *,
    max_chars: int,
    confirm_disclosure: bool = False,
    channels: ChannelsPlugin | None = None,
    pictures: pics.Pictures = pics.NONE,
) -> Submitted:
    """Start a topic in a forum or news group."""
    author = check_can_post(author)
    if space["kind"] not in (SpaceKind.forum.value, SpaceKind.newsgroup.value):
        raise ForumError("Topics can be started only in forums and news groups.")
    await check_space_allows(author, space, starting=True)
    title = check_title(title)
    body = check_body(body, max_chars)
    async with counted_post(author):
        decision = await moderate_draft(body, author, space, confirm_disclosure, title)
        decision, picture_ids = await pics.weigh(pictures, author, space["kind"], decision)
        html = await linked_html(decision.body)
        async with db.write_transaction():
            topic_id = await store_topic(space, author, decision.title or title, decision.status)
            post, item = await store_post(
                space, author, decision, f"{title}\n\n{body}", html, topic_id=topic_id,
                original=kept_original(decision, body, title), picture_ids=picture_ids,
            )  # fmt: skip
            await author_follows(author, topic_id, post.id, new=True)
    return await publish_post(channels, space, author, decision, post, topic_id, item)


async def submit_reply(
    author: Account | None,
    topic: dict,
    body: object,
    *,
    parent_id: int | None = None,
    max_chars: int,
    confirm_disclosure: bool = False,
    channels: ChannelsPlugin | None = None,
    pictures: pics.Pictures = pics.NONE,
) -> Submitted:
    """Reply in a topic, optionally to one of its posts."""
    author = check_can_post(author)
    check_open_for_replies(topic)
    if topic["locked"] and not author.is_moderator:
        raise Forbidden("This topic is locked; no new replies are accepted.")
    space = {"id": topic["space"], "slug": topic["space.slug"], "kind": topic["space.kind"]}
    if "space.who_replies" in topic:  # read with the topic, in this request
        space["who_replies"] = topic["space.who_replies"]
    await check_space_allows(author, space, starting=False)
    body = check_body(body, max_chars)
    if parent_id is not None:
        await _check_parent(topic["id"], parent_id)
    async with counted_post(author):
        decision = await moderate_draft(body, author, space, confirm_disclosure)
        decision, picture_ids = await pics.weigh(pictures, author, space["kind"], decision)
        html = await linked_html(decision.body)
        async with db.write_transaction():
            post, item = await store_post(
                space, author, decision, body, html, topic_id=topic["id"], parent_id=parent_id,
                original=kept_original(decision, body), picture_ids=picture_ids,
            )  # fmt: skip
            if decision.status == PostStatus.visible:
                await count_reply(topic["id"])
                await author_follows(author, topic["id"], post.id, new=False)
    return await publish_post(channels, space, author, decision, post, topic["id"], item)


async def _check_parent(topic_id: int, parent_id: int) -> None:
    """A reply to a post answers a published post of the same topic."""
    parent = await Post.select(Post.topic, Post.status).where(Post.id == parent_id).first()
    if parent is None or parent["topic"] != topic_id:
        raise ForumError("The post you are replying to is not in this topic.")
    if parent["status"] != PostStatus.visible.value:
        raise Conflict(
            "The post you are replying to is not published (it is waiting for review or "
            "was removed); reply to the topic instead."
        )


async def submit_message(
    author: Account | None,
    space: dict,
    body: object,
    *,
    max_chars: int,
    max_bytes: int | None = None,
    confirm_disclosure: bool = False,
    channels: ChannelsPlugin | None = None,
    pictures: pics.Pictures = pics.NONE,
) -> Submitted:
    """Post a message on a board (chat rooms use the same path through the chat module)."""
    author = check_can_post(author)
    if space["kind"] not in (SpaceKind.board.value, SpaceKind.chat.value):
        raise ForumError("Messages are posted on boards and in chat rooms; start a topic here.")
    await check_space_allows(author, space, starting=True)
    body = check_body(body, max_chars, max_bytes)
    async with counted_post(author, chat=space["kind"] == SpaceKind.chat.value):
        decision = await moderate_draft(body, author, space, confirm_disclosure)
        decision, picture_ids = await pics.weigh(pictures, author, space["kind"], decision)
        html = await linked_html(decision.body)
        async with db.write_transaction():
            post, item = await store_post(
                space, author, decision, body, html,
                original=kept_original(decision, body), picture_ids=picture_ids,
            )  # fmt: skip
    return await publish_post(channels, space, author, decision, post, None, item)
