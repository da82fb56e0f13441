"""One-time sign-in links (sent by mail): the way in when a password is forgotten or the
account's sign-ins are throttled by someone guessing. A link works once, for a short while;
only the hash of its token is stored."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

from forum.accounts.members import ACCOUNT_COLUMNS, Account
from forum.accounts.sessions import token_hash
from forum.storage import db
from forum.storage.tables import AccountStatus, SignInLink, User

LINK_MINUTES = 30


async def issue_link(user_id: int) -> str:
    """A new sign-in token for an account, valid for LINK_MINUTES (older unused ones stay)."""
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    async with db.write_transaction():
        await SignInLink.delete().where(SignInLink.expires < now)  # keep the table small
        await SignInLink.insert(
            SignInLink(
                token_hash=token_hash(token),
                user=user_id,
                created=now,
                expires=now + timedelta(minutes=LINK_MINUTES),
            )
        )
    return token


async def use_link(token: str) -> Account | None:
    """The active account a fresh, unused link is for, marking it used; else None."""
    if not token or len(token) > 200:
        return None
    now = datetime.now(UTC)
    async with db.write_transaction():
        used = (
            await SignInLink.update({SignInLink.used: now})
            .where(
                SignInLink.token_hash == token_hash(token),
                SignInLink.used.is_null(),
                SignInLink.expires > now,
            )
            .returning(SignInLink.user)
        )
        if not used:
            return None
        row = (
            await User.select(*ACCOUNT_COLUMNS)
            .where(User.id == used[0]["user"], User.status == AccountStatus.active.value)
            .first()
        )
    return Account.from_row(row) if row else None


async def link_is_fresh(token: str) -> bool:
    """Whether a link can still be used (for the page that asks to press the button)."""
    if not token or len(token) > 200:
        return False
    return await SignInLink.exists().where(
        SignInLink.token_hash == token_hash(token),
        SignInLink.used.is_null(),
        SignInLink.expires > datetime.now(UTC),
    )
