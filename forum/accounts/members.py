"""Accounts as the web layer sees them, and the rules for creating one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from piccolo.query import WhereRaw

from forum.accounts.passwords import hash_password, password_problem
from forum.errors import AccountError
from forum.storage import db
from forum.storage.tables import AccountStatus, Role, User

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{1,30}[A-Za-z0-9]$")
EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$")
DELETED_NAME = "deleted member"
UNCONFIRMED_HOURS = 48  # an unconfirmed sign-up keeps its username this long


class EmailTaken(AccountError):
    """The address belongs to another account (sign-up must not tell the visitor so)."""

    def __init__(self) -> None:
        super().__init__("An account with that email address already exists.", "email")


@dataclass(frozen=True)
class Account:
    """The signed-in member making a request (never carries the password hash)."""

    id: int
    username: str
    role: str
    can_view_personal_data: bool
    status: str
    muted_until: datetime | None
    created: datetime

    @property
    def is_moderator(self) -> bool:
        """Moderators and admins work the queue."""
        return self.role in (Role.moderator.value, Role.admin.value)

    @property
    def is_admin(self) -> bool:
        """Admins manage the site."""
        return self.role == Role.admin.value

    @property
    def is_muted(self) -> bool:
        """A muted member can read but not post until the mute ends."""
        return self.muted_until is not None and self.muted_until > datetime.now(UTC)

    @classmethod
    def from_row(cls, row: dict) -> Account:
        """Build from a users row (dict with the users columns)."""
        return cls(
            id=row["id"],
            username=row["username"],
            role=row["role"],
            can_view_personal_data=bool(row["can_view_personal_data"]),
            status=row["status"],
            muted_until=row["muted_until"],
            created=row["created"],
        )


ACCOUNT_COLUMNS = (
    User.id,
    User.username,
    User.role,
    User.can_view_personal_data,
    User.status,
    User.muted_until,
    User.created,
)


def check_username(username: str) -> str:
    """Return the username if it is acceptable, else raise AccountError."""
    if not USERNAME_RE.match(username):
        raise AccountError(
            "Usernames are 3 to 32 letters, digits, '.', '_' or '-', "
            "starting and ending with a letter or digit.",
            "username",
        )
    if username.lower().startswith("deleted"):
        raise AccountError("That username is reserved.", "username")
    return username


def check_email(email: str) -> str:
    """Return the normalised email if it looks deliverable, else raise AccountError."""
    email = email.strip()
    if len(email) > 254 or not EMAIL_RE.match(email):
        raise AccountError("Enter an email address like name@example.org.", "email")
    local, _, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


async def create_account(
    username: str,
    email: str,
    password: str,
    *,
    role: Role = Role.member,
    accept_terms: bool,
    password_profile: str = "default",
    can_view_personal_data: bool = False,
    status: AccountStatus = AccountStatus.active,
) -> Account:
    """Validate and create an account; raises AccountError with a readable message
    (EmailTaken when another account has the address)."""
    username = check_username(username.strip())
    email = check_email(email)
    if problem := password_problem(password, username):
        raise AccountError(problem, "password")
    if not accept_terms:
        raise AccountError("You must accept the terms to create an account.", "accept_terms")
    password_hash = await hash_password(password, password_profile)
    async with db.write_transaction():
        await _release_unconfirmed(username, email)
        if await User.exists().where(WhereRaw("lower(username) = {}", username.lower())):
            raise AccountError("That username is taken; choose another.", "username")
        if await User.exists().where(WhereRaw("lower(email) = {}", email.lower())):
            raise EmailTaken()
        now = datetime.now(UTC)
        row = User(
            username=username,
            email=email,
            password_hash=password_hash,
            role=Role(role).value,
            can_view_personal_data=can_view_personal_data,
            status=AccountStatus(status).value,
            terms_accepted_at=now,
            created=now,
        )
        await row.save()
    return Account.from_row(row.to_dict())


async def _release_unconfirmed(username: str, email: str) -> None:
    """Inside the sign-up transaction: an unconfirmed account gives up its address to a new
    sign-up (whoever opens the mailed link owns the address), and its username once stale."""
    unconfirmed = User.status == AccountStatus.unconfirmed.value
    await User.delete().where(unconfirmed, WhereRaw("lower(email) = {}", email.lower()))
    stale = datetime.now(UTC) - timedelta(hours=UNCONFIRMED_HOURS)
    await User.delete().where(
        unconfirmed, User.created < stale, WhereRaw("lower(username) = {}", username.lower())
    )


async def account_by_id(user_id: int) -> Account | None:
    """Load an active account, or None."""
    row = (
        await User.select(*ACCOUNT_COLUMNS)
        .where(User.id == user_id, User.status == AccountStatus.active.value)
        .first()
    )
    return Account.from_row(row) if row else None
