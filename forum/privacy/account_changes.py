"""A member changing their own details: profile, email (confirmed from the new address)."""

from __future__ import annotations

import hashlib
import logging
import unicodedata
from datetime import UTC, datetime
from urllib.parse import quote

from piccolo.query import WhereRaw

from forum.accounts.members import check_email
from forum.accounts.passwords import verify_password
from forum.errors import AccountError
from forum.mail import sender
from forum.mail.signing import BadToken, sign, unsign
from forum.storage import db
from forum.storage.tables import AccountStatus, User

log = logging.getLogger("forum.account_changes")
MAX_FULL_NAME = 100
MAX_BIO = 2000
EMAIL_LINK_HOURS = 48
_PURPOSE = "email-change"


def _has_controls(text: str, allow_newlines: bool) -> bool:
    allowed = "\n\t" if allow_newlines else ""
    return any(unicodedata.category(ch) == "Cc" and ch not in allowed for ch in text)


def check_profile(full_name: object, bio: object) -> tuple[str, str]:
    """A cleaned (full name, bio); raises AccountError with a sentence for the member."""
    if not isinstance(full_name, str) or not isinstance(bio, str):
        raise AccountError("The profile form was incomplete; please send it again.")
    full_name = " ".join(full_name.split())
    bio = bio.replace("\r\n", "\n").strip()
    if len(full_name) > MAX_FULL_NAME:
        raise AccountError(f"Your name can be at most {MAX_FULL_NAME} characters.", "full_name")
    if len(bio) > MAX_BIO:
        raise AccountError(f"The biography can be at most {MAX_BIO:,} characters.", "bio")
    if _has_controls(full_name, False) or _has_controls(bio, True):
        raise AccountError("Your name and biography can hold only printable text.", "full_name")
    return full_name, bio


async def update_profile(user_id: int, full_name: object, bio: object) -> None:
    """Save a member's name (private) and biography (public)."""
    name, text = check_profile(full_name, bio)
    async with db.write_transaction():
        await User.update({User.full_name: name, User.bio: text}).where(User.id == user_id)


async def check_password(user_id: int, password: object, profile: str) -> None:
    """Raise AccountError unless ``password`` is the member's current password."""
    row = await User.select(User.password_hash).where(User.id == user_id).first()
    if not isinstance(password, str) or not password:
        raise AccountError("Enter your current password to confirm.", "password")
    if row is None or not await verify_password(row["password_hash"], password, profile):
        raise AccountError("That is not your current password.", "password")


def _fingerprint(email: str | None) -> str:
    return hashlib.sha256((email or "").lower().encode()).hexdigest()[:16]


async def _email_taken(email: str, user_id: int) -> bool:
    return await User.exists().where(
        WhereRaw("lower(email) = {}", email.lower()), User.id != user_id
    )


async def request_email_change(
    user_id: int, new_email: object, password: object, profile: str, site_url: str
) -> str:
    """Mail a confirmation link to the new address; nothing changes until it is used."""
    if not isinstance(new_email, str):
        raise AccountError("Enter the new email address.", "email")
    email = check_email(new_email)
    await check_password(user_id, password, profile)
    row = await User.select(User.email).where(User.id == user_id).first()
    current = row["email"] if row else None
    if current and current.lower() == email.lower():
        raise AccountError("That is already your email address.", "email")
    if await _email_taken(email, user_id):
        raise AccountError("Another account uses that email address.", "email")
    token = sign(
        sender.post_office().secret,
        _PURPOSE,
        {"u": user_id, "e": email, "o": _fingerprint(current)},
    )
    link = f"{site_url}/account/email/confirm?token={quote(token)}"
    office = sender.post_office()
    await sender.send(
        sender.Mail(
            to=email,
            subject=f"Confirm your new email address on {office.site_name}",
            body=(
                f"Someone (we hope you) asked to use this address for an account on "
                f"{office.site_name}.\n\nTo confirm, open this link within {EMAIL_LINK_HOURS} "
                f"hours and press the button:\n{link}\n\nIf it was not you, ignore this mail; "
                "nothing changes unless the link is used.\n"
            ),
            kind="account",
            user_id=user_id,
        )
    )
    return email


def read_email_token(token: str) -> tuple[int, str, str]:
    """(member id, new address, fingerprint of the old one); raises BadToken."""
    payload = unsign(sender.post_office().secret, _PURPOSE, token, max_age=EMAIL_LINK_HOURS * 3600)
    user_id, email, old = payload.get("u"), payload.get("e"), payload.get("o")
    if not isinstance(user_id, int) or not isinstance(email, str) or not isinstance(old, str):
        raise BadToken("This link is not valid.")
    return user_id, email, old


async def confirm_email_change(token: str) -> str:
    """Apply a confirmed change of address; raises BadToken or AccountError (nothing changed)."""
    user_id, email, old = read_email_token(token)
    async with db.write_transaction():
        row = (
            await User.select(User.email)
            .where(User.id == user_id, User.status == AccountStatus.active.value)
            .first()
        )
        if row is None:
            raise BadToken("This link belongs to an account that no longer exists.")
        if row["email"] and row["email"].lower() == email.lower():
            return email  # already confirmed: opening the link twice is harmless
        if _fingerprint(row["email"]) != old:
            raise BadToken("This link is out of date: the address was changed since.")
        if await _email_taken(email, user_id):
            raise AccountError("Another account uses that email address now.", "email")
        await User.update({User.email: email}).where(User.id == user_id)
        previous = row["email"]
    if previous:
        await _tell_old_address(user_id, previous)
    return email


async def _tell_old_address(user_id: int, previous: str) -> None:
    office = sender.post_office()
    try:
        await sender.send(
            sender.Mail(
                to=previous,
                subject=f"Your email address on {office.site_name} was changed",
                body=(
                    f"The email address of your {office.site_name} account was changed on "
                    f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC. If you did not do this, "
                    "sign in and change your password, or contact the site's staff.\n"
                ),
                kind="account",
                user_id=user_id,
            )
        )
    except sender.MailError:
        log.warning("could not tell member %s's old address about the change", user_id)
