"""Sign-up that tells a visitor nothing about other people's addresses, and sign-in links.

Every sign-up with a free username gets the same answer ("check your mail"): a new address
gets an unconfirmed account and a link to confirm it; an address that already has an account
gets a mail to its owner saying someone tried, with a one-time sign-in link. Only the owner
of the mailbox learns which it was. A sign-in link is mailed the same way on request.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from datetime import UTC, datetime
from urllib.parse import quote

from piccolo.query import WhereRaw

from forum import limits
from forum.accounts.links import LINK_MINUTES, issue_link
from forum.accounts.members import (
    Account,
    EmailTaken,
    account_by_id,
    check_email,
    create_account,
)
from forum.errors import AccountError
from forum.mail import sender
from forum.mail.signing import BadToken, sign, unsign
from forum.storage import db
from forum.storage.tables import AccountStatus, User

log = logging.getLogger("forum.signup")
CONFIRM_HOURS = 48
MAILS_PER_ADDRESS = limits.Rule(3, 3600)  # no one can flood a mailbox through these forms
# Answers that must not tell whether an address has an account take at least this long, so
# that the few milliseconds between the two paths (one more write, one more query) drown.
ANSWER_FLOOR = 0.25
_PURPOSE = "signup"
CHECK_MAIL = (
    "Almost there: we sent a mail to {email}. Open the link in it to finish; it works for "
    f"{CONFIRM_HOURS} hours. No mail? Look in the spam folder, or sign up again."
)
LINK_SENT = (
    "If that matches an account, we have mailed it a sign-in link; it works once, within "
    f"{LINK_MINUTES} minutes."
)


async def sign_up(
    username: str, email: str, password: str, *, accept_terms: bool, profile: str, site_url: str
) -> str:
    """Sign a visitor up; returns the sentence to show, the same whether or not the address
    already has an account. Raises AccountError for the visitor's own mistakes only."""
    started = time.monotonic()
    try:
        account = await create_account(
            username,
            email,
            password,
            accept_terms=accept_terms,
            password_profile=profile,
            status=AccountStatus.unconfirmed,
        )
    except EmailTaken:
        await _tell_the_owner(check_email(email), site_url)
    else:
        await _send_confirmation(account, check_email(email), site_url)
    await _at_least(ANSWER_FLOOR, started)
    return CHECK_MAIL.format(email=check_email(email))


async def _at_least(seconds: float, started: float) -> None:
    """Wait until ``seconds`` have passed since ``started`` (a monotonic time)."""
    if (left := seconds - (time.monotonic() - started)) > 0:
        await asyncio.sleep(left)


async def _may_mail(address: str) -> bool:
    return await limits.limiter().hit(f"account-mail:{address.lower()}", MAILS_PER_ADDRESS) is None


def _fingerprint(email: str, created: datetime) -> str:
    """Which account a link was made for: ids of deleted unconfirmed accounts are reused."""
    text = f"{email.lower()}|{created.astimezone(UTC).isoformat()}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


async def _send_confirmation(account: Account, email: str, site_url: str) -> None:
    if not await _may_mail(email):
        return
    payload = {"u": account.id, "f": _fingerprint(email, account.created)}
    token = sign(sender.post_office().secret, _PURPOSE, payload)
    office = sender.post_office()
    body = (
        f"Someone (we hope you) signed up on {office.site_name} as {account.username} with "
        f"this address.\n\nTo finish, open this link within {CONFIRM_HOURS} hours and press "
        f"the button:\n{site_url}/signup/confirm?token={quote(token)}\n\n"
        "If it was not you, ignore this mail: the account is never opened.\n"
    )
    subject = f"Confirm your account on {office.site_name}"
    await sender.send(sender.Mail(email, subject, body, "account", account.id))


async def _tell_the_owner(email: str, site_url: str) -> None:
    row = (
        await User.select(User.id, User.username, User.status)
        .where(WhereRaw("lower(email) = {}", email.lower()))
        .first()
    )
    if row is None or not await _may_mail(email):
        return
    office = sender.post_office()
    body = (
        f"Someone (perhaps you) tried to sign up on {office.site_name} with this address. "
        f"It already has an account: {row['username']}.\n\n"
        f"Sign in at {site_url}/login"
    )
    if row["status"] == AccountStatus.active.value:
        token = await issue_link(row["id"])
        body += (
            f", or, if you forgot your password, open this link within {LINK_MINUTES} minutes "
            f"to sign in once (then choose a new password):\n"
            f"{site_url}/login/link/use?token={quote(token)}"
        )
    body += "\n\nIf it was not you, ignore this mail; nothing has changed.\n"
    subject = f"Someone tried to sign up with your address on {office.site_name}"
    await sender.send(sender.Mail(email, subject, body, "account", row["id"]))


def read_signup_token(token: str) -> tuple[int, str]:
    """The account a sign-up link is for and its fingerprint; raises BadToken."""
    payload = unsign(sender.post_office().secret, _PURPOSE, token, max_age=CONFIRM_HOURS * 3600)
    user_id, fingerprint = payload.get("u"), payload.get("f")
    if not isinstance(user_id, int) or not isinstance(fingerprint, str):
        raise BadToken("This link is not valid.")
    return user_id, fingerprint


async def confirm_signup(token: str) -> Account:
    """Open the account a sign-up link is for (twice is harmless); raises BadToken."""
    user_id, fingerprint = read_signup_token(token)
    gone = BadToken("This link belongs to an account that no longer exists.")
    async with db.write_transaction():
        row = await User.select(User.email, User.created).where(User.id == user_id).first()
        if row is None or _fingerprint(row["email"] or "", row["created"]) != fingerprint:
            raise gone
        await User.update({User.status: AccountStatus.active.value}).where(
            User.id == user_id, User.status == AccountStatus.unconfirmed.value
        )
    account = await account_by_id(user_id)
    if account is None:
        raise gone
    return account


async def send_sign_in_link(identifier: str, site_url: str) -> str:
    """Mail a one-time sign-in link to the account named by username or email, if any;
    returns the sentence to show, the same either way."""
    name = identifier.strip().lower()[:254]
    if not name:
        raise AccountError("Enter your username or email address.", "identifier")
    started = time.monotonic()
    try:
        await _mail_sign_in_link(name, site_url)
    finally:
        await _at_least(ANSWER_FLOOR, started)
    return LINK_SENT


async def _mail_sign_in_link(name: str, site_url: str) -> None:
    by = (
        WhereRaw("lower(email) = {}", name)
        if "@" in name
        else WhereRaw("lower(username) = {}", name)
    )
    row = (
        await User.select(User.id, User.username, User.email)
        .where(by, User.status == AccountStatus.active.value)
        .first()
    )
    if row is None or not row["email"] or not await _may_mail(row["email"]):
        return
    token = await issue_link(row["id"])
    office = sender.post_office()
    body = (
        f"Someone (we hope you) asked for a sign-in link for {row['username']} on "
        f"{office.site_name}. Open this link within {LINK_MINUTES} minutes to sign in once:\n"
        f"{site_url}/login/link/use?token={quote(token)}\n\n"
        "If it was not you, ignore this mail; your password still works as before.\n"
    )
    subject = f"Your sign-in link for {office.site_name}"
    await sender.send(sender.Mail(row["email"], subject, body, "account", row["id"]))
