"""The store step of posting: the rows a post writes, inside one short write transaction.

Writers wait for one another's transactions (one SQLite writer at a time, see
``forum.storage.group_commit``), so what can be done before it is: the post's HTML is
rendered first (``linked_html``), and the rows go in through statements written once
(``forum.storage.prepared.PreparedInsert``) rather than built per post.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from forum.accounts.members import Account
from forum.desk import review
from forum.desk.moderating import Decision
from forum.notifying import mentions, watching
from forum.posting import pictures as pics
from forum.rendering import render_markdown
from forum.storage.member_tables import WatchLevel
from forum.storage.prepared import PreparedInsert
from forum.storage.tables import Post, PostStatus, Space, SpaceKind, Topic


@dataclass(frozen=True)
class Stored:
    """The post as written: what publishing it needs."""

    id: int
    body: str
    html: str
    created: datetime


_POST_ROW = PreparedInsert(
    Post, Post.space, Post.topic, Post.parent, Post.author, Post.body, Post.html, Post.status,
    Post.article_number, Post.created, Post.edited, Post.original,
)  # fmt: skip
_TOPIC_ROW = PreparedInsert(
    Topic, Topic.space, Topic.author, Topic.title, Topic.status, Topic.locked, Topic.pinned,
    Topic.post_count, Topic.created, Topic.last_post_at,
)  # fmt: skip


async def linked_html(body: str) -> str:
    """The post's HTML, with mentions of existing members linked to their profiles."""
    html = render_markdown(body)
    names = mentions.names_in(body)
    return mentions.link(html, await mentions.known_members(names)) if names else html


async def hold_if_pending(
    post_id: int, author: Account, decision: Decision, text: str
) -> int | None:
    """Inside the write transaction: a held post gets its review item, log row and notice."""
    if decision.status != PostStatus.pending:
        return None
    return await review.hold(post_id, author.id, decision, text)


async def store_post(
    space: dict,
    author: Account,
    decision: Decision,
    held_text: str,
    html: str,
    *,
    topic_id: int | None = None,
    parent_id: int | None = None,
    original: dict | None = None,
    picture_ids: list[int] | None = None,
) -> tuple[Stored, int | None]:
    """Inside the write transaction: the post (its ``html`` rendered before), its pictures,
    and the review item when it is held."""
    article = None
    if space["kind"] == SpaceKind.newsgroup.value:
        article = await Space.take_article_number(space["id"])
    created = datetime.now(UTC)
    [post_id] = await _POST_ROW.ids(
        (space["id"], topic_id, parent_id, author.id, decision.body, html,
         decision.status.value, article, created, None, original)
    )  # fmt: skip
    await pics.attach(picture_ids or [], author, post_id)
    item = await hold_if_pending(post_id, author, decision, held_text)
    return Stored(post_id, decision.body, html, created), item


async def store_topic(space: dict, author: Account, title: str, status: PostStatus) -> int:
    """Inside the write transaction: a new topic of one post; returns its id."""
    now = datetime.now(UTC)
    [topic_id] = await _TOPIC_ROW.ids(
        (space["id"], author.id, title, status.value, False, False, 1, now, now)
    )
    return topic_id


async def author_follows(author: Account, topic_id: int, post_id: int, *, new: bool) -> None:
    """Inside the write transaction: the author has read what they wrote, and watches a topic
    they started."""
    if new:
        await watching.put(author.id, WatchLevel.watching.value, topic_id=topic_id)
    await watching.mark_read(author.id, topic_id, post_id)


async def count_reply(topic_id: int) -> None:
    """Inside the write transaction: one more visible post in the topic, active now."""
    await Topic.raw(
        "UPDATE topics SET post_count = post_count + 1, last_post_at = {} WHERE id = {}",
        datetime.now(UTC),
        topic_id,
    )
