"""Piccolo tables of the forum: accounts, spaces, topics, posts and their history (the desk's
and the privacy tables are in ``desk_tables`` and ``privacy_tables``).

Schema changes go through Piccolo migrations in ``forum/storage/migrations`` — never
``create_table`` at start-up.
"""

from __future__ import annotations

from enum import StrEnum

from piccolo.columns import (
    JSON,
    Boolean,
    ForeignKey,
    Integer,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from forum.storage.locking import row_lock


class Role(StrEnum):
    """What a member may do; personal-data access is a separate flag."""

    member = "member"
    moderator = "moderator"
    admin = "admin"


class AccountStatus(StrEnum):
    """Lifecycle of an account."""

    active = "active"
    unconfirmed = "unconfirmed"  # signed up, the mailed link not yet opened: cannot sign in
    suspended = "suspended"
    deleted = "deleted"


class SpaceKind(StrEnum):
    """The four kinds of public space."""

    forum = "forum"
    board = "board"
    newsgroup = "newsgroup"
    chat = "chat"


class Posters(StrEnum):
    """Who may post a kind of thing in a space: any signed-in member, or staff only."""

    members = "members"
    staff = "staff"


class PostStatus(StrEnum):
    """Who can see a post: everyone, its author and moderators, or moderators only."""

    visible = "visible"
    pending = "pending"
    removed = "removed"


class User(Table, tablename="users"):
    """A member account. ``email``, ``full_name`` and IPs are personal data."""

    username = Varchar(length=32, unique=True, index=True)
    email = Varchar(length=254, null=True, default=None, unique=True)
    full_name = Varchar(length=100, default="")
    password_hash = Text(default="")
    role = Varchar(length=16, choices=Role, default=Role.member)
    can_view_personal_data = Boolean(default=False)
    status = Varchar(length=16, choices=AccountStatus, default=AccountStatus.active)
    muted_until = Timestamptz(null=True, default=None)
    suspended_until = Timestamptz(null=True, default=None)
    bio = Text(default="")
    terms_accepted_at = Timestamptz(null=True, default=None)
    created = Timestamptz(default=TimestamptzNow())
    last_seen = Timestamptz(null=True, default=None)

    @classmethod
    async def deleted_among(cls, users: set[int]) -> set[int]:
        """Which of these accounts are deleted. Called inside a write transaction by what
        stores something for members it read earlier (a notification, a mail): the rows are
        read under a share lock, so a deletion in progress (which locks the row first,
        ``forum.privacy.erasure``) is waited for, and one that starts later waits for this
        transaction and clears what it stored."""
        if not users:
            return set()
        query = cls.select(cls.id, cls.status).where(cls.id.is_in(sorted(users)))
        rows = await row_lock(query, "SHARE")
        return {r["id"] for r in rows if r["status"] == AccountStatus.deleted.value}


class Session(Table, tablename="sessions"):
    """A server-side browser session; the cookie holds a random token, the row its hash."""

    token_hash = Varchar(length=64, unique=True, index=True)
    user = ForeignKey(User, index=True)
    created = Timestamptz(default=TimestamptzNow())
    expires = Timestamptz()
    ip = Varchar(length=45, default="")
    user_agent = Varchar(length=300, default="")


class ApiToken(Table, tablename="api_tokens"):
    """A bearer token for API clients and bots; only the hash is kept."""

    token_hash = Varchar(length=64, unique=True, index=True)
    user = ForeignKey(User, index=True)
    label = Varchar(length=100, default="")
    created = Timestamptz(default=TimestamptzNow())
    last_used = Timestamptz(null=True, default=None)


class SignInLink(Table, tablename="sign_in_links"):
    """A one-time sign-in link sent by mail; only the hash of its token is kept."""

    token_hash = Varchar(length=64, unique=True, index=True)
    user = ForeignKey(User, index=True)
    created = Timestamptz(default=TimestamptzNow())
    expires = Timestamptz()
    used = Timestamptz(null=True, default=None)


class Space(Table, tablename="spaces"):
    """A forum, message board, news group or chat room. News groups use dotted slugs."""

    slug = Varchar(length=64, unique=True, index=True)
    title = Varchar(length=120)
    description = Text(default="")
    kind = Varchar(length=16, choices=SpaceKind, index=True)
    position = Integer(default=0)
    next_article = Integer(default=1)
    created = Timestamptz(default=TimestamptzNow())
    # Topics, board and chat messages / replies in topics: members, or staff only (news
    # from the people running the site).
    who_starts = Varchar(length=16, choices=Posters, default=Posters.members)
    who_replies = Varchar(length=16, choices=Posters, default=Posters.members)

    @classmethod
    async def take_article_number(cls, space_id: int) -> int:
        """The next article number of a news group (one atomic UPDATE … RETURNING)."""
        rows = (
            await cls.update({cls.next_article: cls.next_article + 1})
            .where(cls.id == space_id)
            .returning(cls.next_article)
        )
        return rows[0]["next_article"] - 1


class Topic(Table, tablename="topics"):
    """A titled thread in a forum or news group."""

    space = ForeignKey(Space, index=True)
    author = ForeignKey(User, index=True)
    title = Varchar(length=200)
    status = Varchar(length=16, choices=PostStatus, default=PostStatus.visible)
    locked = Boolean(default=False)
    pinned = Boolean(default=False)
    post_count = Integer(default=0)
    created = Timestamptz(default=TimestamptzNow())
    last_post_at = Timestamptz(default=TimestamptzNow(), index=True)


class Post(Table, tablename="posts"):
    """A post, reply, board message or chat message; ``body`` is what readers get (masked
    where the policy censors), ``original`` the author's own text when it was masked
    (``{"body", "title", "masked"}``; personal data: the author and moderators only)."""

    space = ForeignKey(Space, index=True)
    topic = ForeignKey(Topic, null=True, default=None, index=True)
    parent = ForeignKey("self", null=True, default=None)
    author = ForeignKey(User, index=True)
    body = Text()
    html = Text()
    status = Varchar(length=16, choices=PostStatus, default=PostStatus.visible, index=True)
    article_number = Integer(null=True, default=None)
    created = Timestamptz(default=TimestamptzNow())
    edited = Timestamptz(null=True, default=None)
    original = JSON(null=True, default=None)

    @classmethod
    async def set_status(
        cls, post_id: int, status: PostStatus, topic_id: int | None = None
    ) -> None:
        """Give a post its new status (in a write transaction). With ``topic_id``, the first
        post of a topic takes its topic along: a held or removed opening hides the topic."""
        await cls.update({cls.status: status.value}).where(cls.id == post_id)
        if topic_id is None:
            return
        first = await cls.select(cls.id).where(cls.topic == topic_id).order_by(cls.id).first()
        if first and first["id"] == post_id:
            await Topic.update({Topic.status: status.value}).where(Topic.id == topic_id)

    @classmethod
    async def erase(cls, post_ids: list[int]) -> None:
        """Blank and remove posts whose author deleted their account (the rows stay, so
        replies keep their place in a thread)."""
        await cls.update(
            {cls.body: "", cls.html: "", cls.original: None, cls.status: PostStatus.removed.value}
        ).where(cls.id.is_in(post_ids))


class PostRevision(Table, tablename="post_revisions"):
    """An earlier version of a post, kept when it is edited."""

    post = ForeignKey(Post, index=True)
    body = Text()
    editor = ForeignKey(User)
    created = Timestamptz(default=TimestamptzNow())


CONTENT_TABLES: list[type[Table]] = [
    User, Session, ApiToken, SignInLink, Space, Topic, Post, PostRevision
]  # fmt: skip
