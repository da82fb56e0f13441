"""Watchers of a batch of new posts: who hears of which post, and who gets a new row.

A watcher of a topic gets one unread notice per topic, a watcher of a space one per space
(for the latest post in the batch written by someone else), until they read it; while it is
unread, later posts reach their open tabs but write no second row. The watchers of all the
batch's topics are one query and of its spaces another, and which of them have no unread
notice yet is answered by the database (an anti-join), so that the thousand members who
already have one are not read back. Ids are read through ``CAST``: SQLite would otherwise
hand every value of an INTEGER column to Piccolo's Python converter, one call per value.
"""

from __future__ import annotations

from collections.abc import Callable

from forum.notifying.recipients import ACTIVE, WATCHING, Note, where_posted
from forum.storage.member_tables import Watch


def _latest_for(users: set[int], posts: list[dict], skipped: Callable[[dict, int], bool]) -> dict:
    """Per post: the watchers who hear of it (the latest by someone else, not skipped)."""
    chosen: dict[int, set[int]] = {}
    for user in users:
        for post in reversed(posts):
            if post["author.id"] != user and not skipped(post, user):
                chosen.setdefault(post["id"], set()).add(user)
                break
    return chosen


def _marks(values: list) -> str:
    return ", ".join("{}" for _ in values)  # placeholders only: the values are parameters


def _grouped(rows: list[dict]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for row in rows:
        found.setdefault(row["target"], set()).add(row["user"])
    return found


async def _watchers(column: str, ids: list[int]) -> dict[int, set[int]]:
    """Per topic (or space, by ``column``) among ``ids``: its active watchers, one query."""
    if not ids:
        return {}
    rows = await Watch.raw(
        f'SELECT CAST(w."user" AS INTEGER) AS "user", CAST(w.{column} AS INTEGER) AS target '
        'FROM watches w JOIN users u ON u.id = w."user" '
        f"WHERE w.{column} IN ({_marks(ids)}) AND w.level = {{}} AND u.status = {{}}",
        *ids,
        WATCHING,
        ACTIVE,
    )
    return _grouped(rows)


def _watch_note(post: dict, users: set[int], firsts: dict[int, int], per_space: bool) -> Note:
    if post["topic"] is None:
        what = f"New message in {post['space.title']}"
    elif firsts.get(post["topic"]) == post["id"]:
        what = f"New topic {where_posted(post)} in {post['space.title']}"
    else:
        what = f"New post in {where_posted(post)}"
    per_space = per_space or post["topic"] is None
    link = f"/s/{post['space.slug']}" if per_space else f"/t/{post['topic']}/unread"
    topic = None if per_space else post["topic"]
    message = f"{what} by {post['author.username']}"
    note = Note("watching", message, link, post["author.id"], post["id"], topic, users)
    if per_space:
        note.space = post["space"]
    return note


async def watch_notes(posts: list[dict], firsts: dict[int, int], skip: set) -> list[Note]:
    """The watchers' notes of a batch: per topic, then per space for the members who do not
    watch the post's topic; ``skip`` holds (post, member) pairs told otherwise already."""
    notes = []
    by_topic: dict[int, list[dict]] = {}
    by_space: dict[int, list[dict]] = {}
    for post in posts:
        if post["topic"]:
            by_topic.setdefault(post["topic"], []).append(post)
        by_space.setdefault(post["space"], []).append(post)
    topic_watchers = await _watchers("topic", sorted(by_topic))
    space_watchers = await _watchers("space", sorted(by_space))

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


async def without_unread(notes: list[Note]) -> list[set[int]]:
    """For each watch note: its members who have no unread watch notice of its topic (or,
    for a space's note, with its link) yet, and so get a row. The database leaves out those
    who have one: one query for the topics' notes, one per space for the spaces' notes."""
    topics = sorted({note.topic for note in notes if note.topic})
    by_topic: dict[int, set[int]] = {}
    if topics:
        marks = _marks(topics)
        rows = await Watch.raw(
            f'SELECT CAST(w."user" AS INTEGER) AS "user", CAST(w.topic AS INTEGER) AS target '
            f"FROM watches w WHERE w.topic IN ({marks}) AND w.level = {{}} "
            f'AND (w."user", w.topic) NOT IN (SELECT n."user", n.topic FROM notifications n '
            f"WHERE n.topic IN ({marks}) AND n.kind = 'watching' AND n.read_at IS NULL "
            'AND n."user" IS NOT NULL)',
            *topics,
            WATCHING,
            *topics,
        )
        by_topic = _grouped(rows)
    by_link: dict[str, set[int]] = {}
    for space, link in sorted({(n.space, n.link) for n in notes if not n.topic and n.space}):
        rows = await Watch.raw(
            'SELECT CAST(w."user" AS INTEGER) AS "user", CAST(w.space AS INTEGER) AS target '
            "FROM watches w WHERE w.space = {} AND w.level = {} "
            'AND w."user" NOT IN (SELECT n."user" FROM notifications n WHERE n.link = {} '
            """AND n.kind = 'watching' AND n.read_at IS NULL AND n."user" IS NOT NULL)""",
            space,
            WATCHING,
            link,
        )
        by_link[link] = _grouped(rows).get(space, set())
    return [
        note.users
        & (by_topic.get(note.topic, set()) if note.topic else by_link.get(note.link, set()))
        for note in notes
    ]
