"""Who hears of a batch of new posts, and with which words: replies, mentions and watchers.

Everything here reads; ``fanout`` writes what it returns. A batch's posts are grouped so that
the watchers of a topic are read once per topic and the watchers of a space once per space,
however many posts arrived; a busy forum with a thousand watchers costs a few queries a batch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from forum.notifying import mentions
from forum.storage.desk_tables import Notification
from forum.storage.member_tables import Block, Watch, WatchLevel
from forum.storage.tables import AccountStatus, Post, PostStatus, User

WATCHING = WatchLevel.watching.value
ACTIVE = AccountStatus.active.value


@dataclass
class Note:
    """One notification text for a group of recipients."""

    kind: str
    message: str
    link: str
    actor: int
    post: int
    topic: int | None
    users: set[int] = field(default_factory=set)
    fresh: list[int] = field(default_factory=list)


async def published_posts(post_ids: list[int]) -> list[dict]:
    """The visible posts among these (in visible topics) not announced before, oldest first."""
    told_before = await Notification.select(Notification.post).where(
        Notification.post.is_in(post_ids), Notification.kind.is_in(["reply", "mention", "watching"])
    )  # a post approved after reports hid it was announced when it was first published
    done = {row["post"] for row in told_before}
    rows = await (
        Post.select(
            Post.id, Post.body, Post.topic, Post.space, Post.space.slug, Post.space.title,
            Post.author.id, Post.author.username, Post.topic.title, Post.topic.author,
            Post.topic.status, Post.parent.author, Post.parent.status,
        )
        .where(Post.id.is_in(post_ids), Post.status == PostStatus.visible.value)
        .order_by(Post.id)
    )  # fmt: skip
    return [
        row
        for row in rows
        if row["id"] not in done and (not row["topic"] or row["topic.status"] == "visible")
    ]


async def first_posts(topic_ids: Iterable[int]) -> dict[int, int]:
    """The opening post of each topic."""
    ids = sorted(set(topic_ids))
    if not ids:
        return {}
    marks = ", ".join("{}" for _ in ids)  # placeholders only: the ids are parameters
    rows = await Post.raw(
        f"SELECT topic, MIN(id) AS first FROM posts WHERE topic IN ({marks}) GROUP BY topic", *ids
    )
    return {row["topic"]: row["first"] for row in rows}


async def muted_pairs(posts: list[dict]) -> set[tuple[int, int]]:
    """(post, member) for every member who muted the topic of a post in the batch."""
    topics = {post["topic"] for post in posts if post["topic"]}
    if not topics:
        return set()
    rows = await Watch.select(Watch.user, Watch.topic).where(
        Watch.topic.is_in(sorted(topics)), Watch.level == WatchLevel.muted.value
    )
    muted: dict[int, set[int]] = {}
    for row in rows:
        muted.setdefault(row["topic"], set()).add(row["user"])
    return {(p["id"], user) for p in posts for user in muted.get(p["topic"], ())}


def _where(post: dict) -> str:
    return f"“{post['topic.title']}”" if post["topic"] else post["space.title"]


async def personal_notes(post: dict, firsts: dict[int, int], silent: set) -> list[Note]:
    """A mention and a reply: one note each for the people concerned (a mention wins)."""
    actor, name, link = post["author.id"], post["author.username"], f"/p/{post['id']}"
    notes = []
    found = await mentions.known_members(mentions.names_in(post["body"]))
    mentioned = {member_id for member_id, _ in found.values()} - {actor}
    if mentioned:
        message = f"{name} mentioned you in {_where(post)}"
        notes.append(Note("mention", message, link, actor, post["id"], post["topic"], mentioned))
    replied_to = None
    if post["parent.author"] and post["parent.status"] == PostStatus.visible.value:
        replied_to = post["parent.author"]
    elif post["topic"] and firsts.get(post["topic"]) != post["id"]:
        replied_to = post["topic.author"]
    if replied_to in (None, actor) or replied_to in mentioned:
        return notes
    if (post["id"], replied_to) not in silent:  # muting a topic silences replies in it too
        message = f"{name} replied to your post in {_where(post)}"
        notes.append(Note("reply", message, link, actor, post["id"], post["topic"], {replied_to}))
    return notes


def _latest_for(users: set[int], posts: list[dict], skip: set[tuple[int, int]]) -> dict:
    """Per post: the watchers who hear of it (the latest by someone else, not skipped)."""
    chosen: dict[int, set[int]] = {}
    for user in users:
        for post in reversed(posts):
            if post["author.id"] != user and (post["id"], user) not in skip:
                chosen.setdefault(post["id"], set()).add(user)
                break
    return chosen


async def _watchers(where: object) -> set[int]:
    rows = await Watch.select(Watch.user).where(
        where, Watch.level == WATCHING, Watch.user.status == ACTIVE
    )
    return {row["user"] for row in rows}


def _watch_note(post: dict, users: set[int], firsts: dict[int, int], per_space: bool) -> Note:
    if post["topic"] is None:
        what = f"New message in {post['space.title']}"
    elif firsts.get(post["topic"]) == post["id"]:
        what = f"New topic {_where(post)} in {post['space.title']}"
    else:
        what = f"New post in {_where(post)}"
    per_space = per_space or post["topic"] is None
    link = f"/s/{post['space.slug']}" if per_space else f"/t/{post['topic']}/unread"
    topic = None if per_space else post["topic"]
    message = f"{what} by {post['author.username']}"
    return Note("watching", message, link, post["author.id"], post["id"], topic, users)


async def watch_notes(posts: list[dict], firsts: dict[int, int], skip: set) -> list[Note]:
    """Watchers of a topic get one unread notice per topic, watchers of a space one per space
    (for the latest post in the batch written by someone else), until they read it."""
    notes = []
    by_topic: dict[int, list[dict]] = {}
    by_space: dict[int, list[dict]] = {}
    for post in posts:
        if post["topic"]:
            by_topic.setdefault(post["topic"], []).append(post)
        by_space.setdefault(post["space"], []).append(post)
    skip = set(skip)
    for topic_id, topic_posts in by_topic.items():
        users = await _watchers(Watch.topic == topic_id)
        for post_id, chosen in _latest_for(users, topic_posts, skip).items():
            post = next(p for p in topic_posts if p["id"] == post_id)
            notes.append(_watch_note(post, chosen, firsts, per_space=False))
        skip |= {(p["id"], user) for p in topic_posts for user in users}
    for space_id, space_posts in by_space.items():
        users = await _watchers(Watch.space == space_id)
        for post_id, chosen in _latest_for(users, space_posts, skip).items():
            post = next(p for p in space_posts if p["id"] == post_id)
            notes.append(_watch_note(post, chosen, firsts, per_space=True))
    return notes


async def allowed(note: Note, checked_active: bool) -> None:
    """Drop the actor, members who block the actor and (unless checked) closed accounts."""
    note.users.discard(note.actor)
    blockers = await Block.select(Block.blocker).where(Block.blocked == note.actor)
    note.users -= {row["blocker"] for row in blockers}
    if note.users and not checked_active:
        rows = await User.select(User.id).where(
            User.id.is_in(sorted(note.users)), User.status == ACTIVE
        )
        note.users = {row["id"] for row in rows}


async def unread_watch_notes(note: Note) -> set[int]:
    """Members who still have an unread watch notice of this topic (or space)."""
    if note.topic:
        where = (Notification.topic == note.topic) & (Notification.kind == "watching")
    else:
        where = (Notification.link == note.link) & (Notification.kind == "watching")
    rows = await Notification.select(Notification.user).where(where, Notification.read_at.is_null())
    return {row["user"] for row in rows}
