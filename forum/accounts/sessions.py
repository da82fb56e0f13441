"""Server-side sessions and API tokens: random secrets handed out, only their hashes kept."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from forum.accounts.members import Account
from forum.storage import db
from forum.storage.prepared import Prepared
from forum.storage.tables import AccountStatus, ApiToken, Session, User

SESSION_COOKIE = "forum_session"


def token_hash(token: str) -> str:
    """SHA-256 of a token: what the database stores instead of the token."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


async def start_session(user_id: int, days: int, ip: str = "", user_agent: str = "") -> str:
    """Create a brand-new session for a user and return its token (never reuse the old id)."""
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    async with db.write_transaction():
        await Session.insert(
            Session(
                token_hash=token_hash(token),
                user=user_id,
                created=now,
                expires=now + timedelta(days=days),
                ip=ip[:45],
                user_agent=user_agent[:300],
            )
        )
    return token


async def end_session(token: str) -> None:
    """Revoke one session: its cookie stops working at once."""
    async with db.write_transaction():
        await Session.delete().where(Session.token_hash == token_hash(token))


async def end_all_sessions(user_id: int) -> None:
    """Revoke every session of a user (suspension, deletion, password change)."""
    async with db.write_transaction():
        await Session.delete().where(Session.user == user_id)


async def issue_api_token(user_id: int, label: str = "") -> str:
    """Create a bearer token for API clients; only its hash is kept."""
    token = "fst_" + secrets.token_urlsafe(32)
    async with db.write_transaction():
        await ApiToken.insert(
            ApiToken(token_hash=token_hash(token), user=user_id, label=label[:100])
        )
    return token


_ACCOUNT_FIELDS = (
    "id",
    "username",
    "role",
    "can_view_personal_data",
    "status",
    "muted_until",
    "created",
)


def _account(row: dict, prefix: str) -> Account:
    return Account.from_row({name: row[f"{prefix}.{name}"] for name in _ACCOUNT_FIELDS})


# Built once (see forum.storage.prepared): these run on every signed-in request.
_SESSION_ACCOUNT = Prepared(
    lambda token_hash, now: (
        Session.select(
            *[getattr(Session.user, name).as_alias(f"user.{name}") for name in _ACCOUNT_FIELDS]
        )
        .where(
            Session.token_hash == token_hash,
            Session.expires > now,
            Session.user.status == AccountStatus.active.value,
        )
        .limit(1)
    )
)
_TOKEN_ACCOUNT = Prepared(
    lambda token_hash: (
        ApiToken.select(
            *[getattr(ApiToken.user, name).as_alias(f"user.{name}") for name in _ACCOUNT_FIELDS]
        )
        .where(
            ApiToken.token_hash == token_hash,
            ApiToken.user.status == AccountStatus.active.value,
        )
        .limit(1)
    )
)


async def account_for_session(token: str) -> Account | None:
    """The active account a session token belongs to, or None if unknown or expired."""
    row = await _SESSION_ACCOUNT.first(token_hash(token), datetime.now(UTC))
    return _account(row, "user") if row else None


async def account_for_api_token(token: str) -> Account | None:
    """The active account an API bearer token belongs to, or None."""
    row = await _TOKEN_ACCOUNT.first(token_hash(token))
    return _account(row, "user") if row else None


async def touch_last_seen(user_id: int) -> None:
    """Record that a member was active (called at most every few minutes per member)."""
    await User.update({User.last_seen: datetime.now(UTC)}).where(User.id == user_id)
