"""Writing posts: validate → moderate → store → publish.

Validation lives in ``forum.posting.checks``, the errors in ``forum.errors``; ``submit_*``
change data in one short transaction and publish only after it has committed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from litestar.channels import ChannelsPlugin

from forum import events, page_cache
from forum.accounts.members import Account
from forum.desk import modlog, notices, review
from forum.desk.moderating import Decision, decide
from forum.errors import Blocked, Conflict, DisclosureRequired, Forbidden, ForumError
from forum.notifying import fanout, mentions, watching
from forum.posting import pictures as pics
from forum.posting.checks import (
    DISCLOSURE_MESSAGE,
    check_body,
    check_can_post,
    check_open_for_replies,
    check_space_allows,
    check_title,
    counted_post,
)
from forum.rendering import render_markdown
from forum.storage import db
from forum.storage.member_tables import WatchLevel
from forum.storage.tables import Post, PostStatus, Space, SpaceKind, Topic
from moderation import Action


@dataclass(frozen=True)
class Submitted:
    """What was stored: ids and the status the post got."""

    post_id: int
    topic_id: int | None
    status: str
    decision: Decision
    review_item: int | None = None


async def moderate_draft(
    text: str,
    author: Account,
    space: dict,
    confirm_disclosure: bool,
    title: str | None = None,
) -> Decision:
    """The moderate step: what to store, or DisclosureRequired / Blocked (logged) to raise."""
    decision = decide(text, author, space["kind"], confirm_disclosure, title)
    if not decision.refused:
        return decision
    if decision.action == Action.WARN:
        raise DisclosureRequired(DISCLOSURE_MESSAGE, decision.findings_acting(Action.WARN))
    reasons = decision.reasons_acting(Action.BLOCK)
    first = reasons[0]
    async with db.write_transaction():
        await modlog.record(
            "block",
            target=author.id,
            category=first["category"],
            clause=first["clause"],
            reason=first["message"],
            content=f"{title}\n\n{text}" if title else text,
            details={"space": space["slug"], "reasons": reasons},
        )
    raise Blocked(f"This cannot be posted: {first['message']} Policy: {first['clause']}", reasons)


async def hold_if_pending(
    post_id: int, author: Account, decision: Decision, text: str
) -> int | None:
    """Inside the write transaction: a held post gets its review item, log row and notice."""
    if decision.status != PostStatus.pending:
        return None
    return await review.hold(post_id, author.id, decision, text)


def kept_original(decision: Decision, body: str, title: str | None = None) -> dict | None:
    """What ``Post.original`` keeps when the policy masked words: the author's own text and
    what was masked under which clause; None when the stored text is the author's."""
    masked = decision.masked
    if not masked:
        return None
    return {"body": body, "title": title, "masked": masked}


def masking_note(masked: list[dict]) -> str:
    """One sentence for the author about what was masked and why (chat, news server)."""
    if not masked:
        return ""
    words = "; ".join(f'"{m["text"]}" ({m["label"]}, policy: {m["title"]})' for m in masked)
    return f"Published with words masked: {words}. Edit your post to reword it."


async def linked_html(body: str) -> str:
    """The post's HTML, with mentions of existing members linked to their profiles."""
    html = render_markdown(body)
    names = mentions.names_in(body)
    return mentions.link(html, await mentions.known_members(names)) if names else html


async def _store(
    space: dict,
    author: Account,
    decision: Decision,
    held_text: str,
    topic_id: int | None = None,
    parent_id: int | None = None,
    original: dict | None = None,
    picture_ids: list[int] | None = None,
    html: str | None = None,
) -> tuple[Post, int | None]:
    """Inside the write transaction: the post (``html`` rendered before it, since writers
    wait for one another's transactions), and the review item when it is held."""
    article = None
    if space["kind"] == SpaceKind.newsgroup.value:
        article = await Space.take_article_number(space["id"])
    post = Post(
        space=space["id"],
        topic=topic_id,
        parent=parent_id,
        author=author.id,
        body=decision.body,
        html=html if html is not None else await linked_html(decision.body),
        status=decision.status.value,
        article_number=article,
        created=datetime.now(UTC),
        original=original,
    )
    await post.save()
    await pics.attach(picture_ids or [], author, post.id)
    return post, await hold_if_pending(post.id, author, decision, held_text)


async def publish_change(
    channels: ChannelsPlugin | None,
    space_slug: str,
    topic_id: int | None,
    event: dict[str, Any] | None,
    review_item: int | None = None,
) -> None:
    """After the commit, the one way a change to posts goes out: the cached pages of the space
    and topic go stale (even for a held post: its author sees it), notices are mailed, live
    readers of the space get ``event``, and a held post's review item reaches the queue."""
    scopes = [page_cache.space_scope(space_slug)]
    if topic_id is not None:
        scopes.append(page_cache.topic_scope(topic_id))
    await page_cache.invalidate(*scopes)
    await notices.deliver(channels)
    if event is not None:
        await events.publish(channels, events.space_channel(space_slug), event)
    if review_item is not None:
        await events.publish(channels, events.QUEUE_CHANNEL, {"type": "item", "id": review_item})


async def _published(
    channels: ChannelsPlugin | None,
    space: dict,
    author: Account,
    decision: Decision,
    post: Post,
    topic_id: int | None,
    item: int | None,
) -> Submitted:
    """After the commit: a new post goes out whole (author, text, time) when visible, so a
    chat room can fan it out without reading it back once per socket."""
    event = None
    if decision.status == PostStatus.visible:
        event = events.post_event(
            post_id=post.id,
            topic_id=topic_id,
            space_slug=space["slug"],
            author=author.username,
            body=post.body,
            html=post.html,
            created=post.created,
        )
    await publish_change(channels, space["slug"], topic_id, event, item)
    if event is not None and space["kind"] != SpaceKind.chat.value:
        # Chat is read live in the room; its messages notify nobody (no per-message fan-out).
        await fanout.post_published(post.id, channels)
    return Submitted(post.id, topic_id, decision.status.value, decision, item)


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
        now = datetime.now(UTC)
        async with db.write_transaction():
            topic = Topic(
                space=space["id"],
                author=author.id,
                title=decision.title or title,
                status=decision.status.value,
                post_count=1,
                created=now,
                last_post_at=now,
            )
            await topic.save()
            original = kept_original(decision, body, title)
            held = f"{title}\n\n{body}"
            post, item = await _store(
                space, author, decision, held, topic.id, None, original, picture_ids, html
            )
            # Authors watch their own topics, and have read what they wrote.
            await watching.put(author.id, WatchLevel.watching.value, topic_id=topic.id)
            await watching.mark_read(author.id, topic.id, post.id)
    return await _published(channels, space, author, decision, post, topic.id, item)


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
        parent = await Post.select(Post.topic, Post.status).where(Post.id == parent_id).first()
        if parent is None or parent["topic"] != topic["id"]:
            raise ForumError("The post you are replying to is not in this topic.")
        if parent["status"] != PostStatus.visible.value:
            raise Conflict(
                "The post you are replying to is not published (it is waiting for review or "
                "was removed); reply to the topic instead."
            )
    async with counted_post(author):
        decision = await moderate_draft(body, author, space, confirm_disclosure)
        decision, picture_ids = await pics.weigh(pictures, author, space["kind"], decision)
        html = await linked_html(decision.body)
        async with db.write_transaction():
            original = kept_original(decision, body)
            post, item = await _store(
                space, author, decision, body, topic["id"], parent_id, original, picture_ids, html
            )
            if decision.status == PostStatus.visible:
                await Topic.update(
                    {Topic.post_count: Topic.post_count + 1, Topic.last_post_at: datetime.now(UTC)}
                ).where(Topic.id == topic["id"])
                await watching.mark_read(author.id, topic["id"], post.id)
    return await _published(channels, space, author, decision, post, topic["id"], item)


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
            original = kept_original(decision, body)
            post, item = await _store(
                space, author, decision, body, original=original, picture_ids=picture_ids, html=html
            )
    return await _published(channels, space, author, decision, post, None, item)
