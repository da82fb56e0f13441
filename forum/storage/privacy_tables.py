"""Piccolo tables of the privacy commitments: the request log, the personal-data access log,
policy documents and their acknowledgements, mail preferences and the mail outbox."""

from __future__ import annotations

from enum import StrEnum

from piccolo.columns import Boolean, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from forum.storage.tables import User


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
    watching = Boolean(default=True)
    digest = Boolean(default=False)  # notifications once a day instead of at once
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
