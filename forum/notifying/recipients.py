"""Who hears of a batch of new posts, and with which words: replies, mentions and watchers.

Everything here reads; ``fanout`` writes what it returns. A batch's posts are grouped so that
the watchers of a topic are read once per topic and the watchers of a space once per space,
however many posts arrived; a busy forum with a thousand watchers costs a few queries a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

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


def _latest_for(users: set[int], posts: list[dict], skipped: Callable[[dict, int], bool]) -> dict:
    """Per post: the watchers who hear of it (the latest by someone else, not skipped)."""
    chosen: dict[int, set[int]] = {}
    for user in users:
        for post in reversed(posts):
            if post["author.id"] != user and not skipped(post, user):
                chosen.setdefault(post["id"], set()).add(user)
                break
    return chosen


async def _watchers(column: Any, ids: list[int]) -> dict[int, set[int]]:
    """Per topic (or space) among ``ids``: its active watchers, read in one query."""
    found: dict[int, set[int]] = {}
    if not ids:
        return found
    name = column._meta.name
    rows = await Watch.select(Watch.user, column).where(
        column.is_in(ids), Watch.level == WATCHING, Watch.user.status == ACTIVE
    )
    for row in rows:
        found.setdefault(row[name], set()).add(row["user"])
    return found


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
    (for the latest post in the batch written by someone else), until they read it. The
    watchers of all the batch's topics are one query, and of all its spaces another."""
    notes = []
    by_topic: dict[int, list[dict]] = {}
    by_space: dict[int, list[dict]] = {}
    for post in posts:
        if post["topic"]:
            by_topic.setdefault(post["topic"], []).append(post)
        by_space.setdefault(post["space"], []).append(post)
    topic_watchers = await _watchers(Watch.topic, sorted(by_topic))
    space_watchers = await _watchers(Watch.space, sorted(by_space))

    def told_already(post: dict, user: int) -> bool:
        return (post["id"], user) in skip

    for topic_id, topic_posts in by_topic.items():
        users = topic_watchers.get(topic_id, set())
        for post_id, chosen in _latest_for(users, topic_posts, told_already).items():
            post = next(p for p in topic_posts if p["id"] == post_id)
            notes.append(_watch_note(post, chosen, firsts, per_space=False))

    def told_or_watching_topic(post: dict, user: int) -> bool:
        # A watcher of the post's topic heard of it there (or was meant to): not again here.
        watching_topic = post["topic"] and user in topic_watchers.get(post["topic"], ())
        return bool(watching_topic) or (post["id"], user) in skip

    for space_id, space_posts in by_space.items():
        users = space_watchers.get(space_id, set())
        for post_id, chosen in _latest_for(users, space_posts, told_or_watching_topic).items():
            post = next(p for p in space_posts if p["id"] == post_id)
            notes.append(_watch_note(post, chosen, firsts, per_space=True))
    return notes


async def allowed(notes: list[Note], unchecked: int) -> None:
    """Drop from each note its actor, members who block the actor and (from the first
    ``unchecked`` notes, whose users were not read as active members) closed accounts: one
    query for the blocks of every actor, one for the accounts."""
    actors = sorted({note.actor for note in notes})
    blockers: dict[int, set[int]] = {}
    if actors:
        rows = await Block.select(Block.blocker, Block.blocked).where(Block.blocked.is_in(actors))
        for row in rows:
            blockers.setdefault(row["blocked"], set()).add(row["blocker"])
    for note in notes:
        note.users.discard(note.actor)
        note.users -= blockers.get(note.actor, set())
    users = sorted(set().union(*(note.users for note in notes[:unchecked])))
    if users:
        rows = await User.select(User.id).where(User.id.is_in(users), User.status == ACTIVE)
        active = {row["id"] for row in rows}
        for note in notes[:unchecked]:
            note.users &= active


async def unread_watch_notes(notes: list[Note]) -> list[set[int]]:
    """For each watch note: the members who still have an unread watch notice of its topic
    (or, for a space's note, of its link); two queries for all the notes."""
    topics = sorted({note.topic for note in notes if note.topic})
    links = sorted({note.link for note in notes if not note.topic})
    by_topic: dict[int, set[int]] = {}
    by_link: dict[str, set[int]] = {}
    unread = (Notification.kind == "watching") & Notification.read_at.is_null()
    if topics:
        rows = await Notification.select(Notification.user, Notification.topic).where(
            Notification.topic.is_in(topics), unread
        )
        for row in rows:
            by_topic.setdefault(row["topic"], set()).add(row["user"])
    if links:
        rows = await Notification.select(Notification.user, Notification.link).where(
            Notification.link.is_in(links), unread
        )
        for row in rows:
            by_link.setdefault(row["link"], set()).add(row["user"])
    return [
        by_topic.get(note.topic, set()) if note.topic else by_link.get(note.link, set())
        for note in notes
    ]
