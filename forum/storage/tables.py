"""Piccolo tables of the forum: accounts, spaces, topics, posts and their history.

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


class Role(StrEnum):
    """What a member may do; personal-data access is a separate flag."""

    member = "member"
    moderator = "moderator"
    admin = "admin"


class AccountStatus(StrEnum):
    """Lifecycle of an account."""

    active = "active"
    suspended = "suspended"
    deleted = "deleted"


class SpaceKind(StrEnum):
    """The four kinds of public space."""

    forum = "forum"
    board = "board"
    newsgroup = "newsgroup"
    chat = "chat"


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


class Space(Table, tablename="spaces"):
    """A forum, message board, news group or chat room. News groups use dotted slugs."""

    slug = Varchar(length=64, unique=True, index=True)
    title = Varchar(length=120)
    description = Text(default="")
    kind = Varchar(length=16, choices=SpaceKind, index=True)
    position = Integer(default=0)
    next_article = Integer(default=1)
    created = Timestamptz(default=TimestamptzNow())


class Topic(Table, tablename="topics"):
    """A titled thread in a forum or news group."""

    space = ForeignKey(Space, index=True)
    author = ForeignKey(User, index=True)
    title = Varchar(length=200)
    status = Varchar(length=16, choices=PostStatus, default=PostStatus.visible)
    locked = Boolean(default=False)
    post_count = Integer(default=0)
    created = Timestamptz(default=TimestamptzNow())
    last_post_at = Timestamptz(default=TimestamptzNow(), index=True)


class Post(Table, tablename="posts"):
    """A post, reply, board message or chat message; ``body`` is the author's source."""

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


class PostRevision(Table, tablename="post_revisions"):
    """An earlier version of a post, kept when it is edited."""

    post = ForeignKey(Post, index=True)
    body = Text()
    editor = ForeignKey(User)
    created = Timestamptz(default=TimestamptzNow())


class ReviewStatus(StrEnum):
    """A review item is open until a moderator resolves it."""

    open = "open"
    resolved = "resolved"


class ReviewItem(Table, tablename="review_items"):
    """One post waiting for a moderator: held automatically or reported by members."""

    post = ForeignKey(Post, index=True)
    origin = Varchar(length=16, default="auto")  # "auto" (held by the policy) or "report"
    status = Varchar(length=16, choices=ReviewStatus, default=ReviewStatus.open, index=True)
    category = Varchar(length=64, default="")
    findings = JSON(default="[]")
    claimed_by = ForeignKey(User, null=True, default=None)
    claimed_at = Timestamptz(null=True, default=None)
    created = Timestamptz(default=TimestamptzNow())
    resolved_at = Timestamptz(null=True, default=None)
    resolved_by = ForeignKey(User, null=True, default=None)
    resolution = Varchar(length=32, default="")


class Report(Table, tablename="reports"):
    """A member's report of a post under one policy category (one per member per post)."""

    post = ForeignKey(Post, index=True)
    reporter = ForeignKey(User, index=True)
    category = Varchar(length=64)
    note = Text(default="")
    created = Timestamptz(default=TimestamptzNow())
    outcome = Varchar(length=32, default="")


class ModerationLog(Table, tablename="moderation_log"):
    """Append-only record of automatic holds and blocks and of every moderator action.

    Rows name people by id only, so anonymising an account leaves them intact; database
    triggers refuse UPDATE and DELETE.
    """

    created = Timestamptz(default=TimestamptzNow(), index=True)
    actor = ForeignKey(User, null=True, default=None)  # None: the automatic policy
    action = Varchar(length=32, index=True)
    post = ForeignKey(Post, null=True, default=None, index=True)
    target = ForeignKey(User, null=True, default=None, index=True)
    category = Varchar(length=64, default="")
    clause = Text(default="")
    reason = Text(default="")
    content = Text(default="")
    details = JSON(default="{}")


class Notification(Table, tablename="notifications"):
    """A message to one member: their content was held, approved or removed; a report's outcome."""

    user = ForeignKey(User, index=True)
    kind = Varchar(length=32)
    message = Text()
    link = Varchar(length=200, default="")
    created = Timestamptz(default=TimestamptzNow())
    read_at = Timestamptz(null=True, default=None)


class RoomBan(Table, tablename="room_bans"):
    """A member removed from a chat room by a moderator: no rejoining until ``until``."""

    space = ForeignKey(Space, index=True)
    user = ForeignKey(User, index=True)
    until = Timestamptz()
    actor = ForeignKey(User, null=True, default=None)
    reason = Text(default="")
    created = Timestamptz(default=TimestamptzNow())


# --- Privacy: request log, personal-data access log, policy documents, mail. -------------


class RequestLog(Table, tablename="request_log"):
    """One HTTP request: for traffic figures and abuse handling, purged after the retention."""

    created = Timestamptz(default=TimestamptzNow(), index=True)
    day = Varchar(length=10, index=True)  # YYYY-MM-DD (UTC), for daily figures on any database
    method = Varchar(length=8)
    path = Varchar(length=300)  # never the query string: it can carry tokens
    status = Integer(default=0)
    ip = Varchar(length=45, default="")
    user_agent = Varchar(length=300, default="")
    browser = Varchar(length=20, default="")
    user = ForeignKey(User, null=True, default=None, index=True)


class AccessLog(Table, tablename="personal_data_access"):
    """Who looked at whose personal data, when, and why (one row per view)."""

    created = Timestamptz(default=TimestamptzNow(), index=True)
    viewer = ForeignKey(User, index=True)
    subject = ForeignKey(User, null=True, default=None, index=True)
    subject_label = Varchar(length=100, default="")
    what = Varchar(length=100)
    reason = Text()


class PolicyKind(StrEnum):
    """The documents the site publishes in versions."""

    terms = "terms"
    content = "content"
    privacy = "privacy"
    cookies = "cookies"


class PolicyDocument(Table, tablename="policy_documents"):
    """One version of a policy document (Markdown), in force from ``effective_at``."""

    kind = Varchar(length=16, choices=PolicyKind, index=True)
    version = Integer()
    title = Varchar(length=120)
    body = Text()
    summary = Text(default="")
    effective_at = Timestamptz(index=True)
    published_at = Timestamptz(default=TimestamptzNow())


class PolicyAcknowledgement(Table, tablename="policy_acknowledgements"):
    """A member saw and acknowledged a version of a policy document."""

    user = ForeignKey(User, index=True)
    document = ForeignKey(PolicyDocument, index=True)
    created = Timestamptz(default=TimestamptzNow())


class EmailPreference(Table, tablename="email_preferences"):
    """Which emails a member wants; no row means the defaults (newsletter off)."""

    user = ForeignKey(User, unique=True, index=True)
    replies = Boolean(default=True)
    mentions = Boolean(default=True)
    moderation = Boolean(default=True)
    newsletter = Boolean(default=False)
    updated = Timestamptz(default=TimestamptzNow())


class OutboxMail(Table, tablename="mail_outbox"):
    """A mail "sent" by the local outbox sender (no FORUM_SMTP_URL): readable by admins."""

    created = Timestamptz(default=TimestamptzNow(), index=True)
    user = ForeignKey(User, null=True, default=None, index=True)
    to_address = Varchar(length=254)
    kind = Varchar(length=32)
    subject = Varchar(length=200)
    body = Text()
    headers = Text(default="{}")


PRIVACY_TABLES: list[type[Table]] = [
    RequestLog,
    AccessLog,
    PolicyDocument,
    PolicyAcknowledgement,
    EmailPreference,
    OutboxMail,
]

FORUM_TABLES: list[type[Table]] = [
    User, Session, ApiToken, Space, Topic, Post, PostRevision,
    ReviewItem, Report, ModerationLog, Notification, RoomBan,
    *PRIVACY_TABLES,
]  # fmt: skip
