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
    space: int | None = None
    """The space of a watchers' notice for a whole space (its ``topic`` is None)."""
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


def where_posted(post: dict) -> str:
    """The topic's title in quotes, or the space's name for a message."""
    return f"“{post['topic.title']}”" if post["topic"] else post["space.title"]


async def personal_notes(post: dict, firsts: dict[int, int], silent: set) -> list[Note]:
    """A mention and a reply: one note each for the people concerned (a mention wins)."""
    actor, name, link = post["author.id"], post["author.username"], f"/p/{post['id']}"
    notes = []
    found = await mentions.known_members(mentions.names_in(post["body"]))
    mentioned = {member_id for member_id, _ in found.values()} - {actor}
    if mentioned:
        message = f"{name} mentioned you in {where_posted(post)}"
        notes.append(Note("mention", message, link, actor, post["id"], post["topic"], mentioned))
    replied_to = None
    if post["parent.author"] and post["parent.status"] == PostStatus.visible.value:
        replied_to = post["parent.author"]
    elif post["topic"] and firsts.get(post["topic"]) != post["id"]:
        replied_to = post["topic.author"]
    if replied_to in (None, actor) or replied_to in mentioned:
        return notes
    if (post["id"], replied_to) not in silent:  # muting a topic silences replies in it too
        message = f"{name} replied to your post in {where_posted(post)}"
        notes.append(Note("reply", message, link, actor, post["id"], post["topic"], {replied_to}))
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
