"""Mailings: which emails a member gets, one-click unsubscribe, and `notify()` for other modules.

Other parts of the forum (moderation notices, replies, mentions) call ``notify`` after their
transaction has committed; it respects the member's choices and never raises.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

from forum.mail import sender
from forum.mail.signing import BadToken, sign, unsign
from forum.storage import db
from forum.storage.privacy_tables import EmailPreference
from forum.storage.tables import AccountStatus, User

log = logging.getLogger("forum.mailings")

KINDS: dict[str, str] = {
    "replies": "Replies to my posts",
    "mentions": "Mentions of my username",
    "watching": "New posts in topics and spaces I watch",
    "digest": "Replies, mentions and watched posts once a day in one email, instead of at once",
    "moderation": "Moderation notices (why a post of mine was held or removed)",
    "newsletter": "The newsletter",
}
DEFAULTS: dict[str, bool] = {
    "replies": True,
    "mentions": True,
    "watching": True,
    "digest": False,
    "moderation": True,
    "newsletter": False,
}
DIGESTED = ("replies", "mentions", "watching")
"""The kinds a member can take as one daily digest instead of one mail each."""
_PURPOSE = "unsubscribe"
_READ_BATCH = 500


async def preferences(user_id: int) -> dict[str, bool]:
    """The member's choices (the defaults until they change something)."""
    row = await EmailPreference.select().where(EmailPreference.user == user_id).first()
    if row is None:
        return dict(DEFAULTS)
    return {kind: bool(row[kind]) for kind in KINDS}


async def set_preferences(user_id: int, choices: dict[str, bool]) -> None:
    """Store the member's choices for every kind (missing kinds keep their current value)."""
    async with db.write_transaction():
        row = await EmailPreference.select().where(EmailPreference.user == user_id).first()
        current = {kind: bool(row[kind]) for kind in KINDS} if row else dict(DEFAULTS)
        current.update({k: v for k, v in choices.items() if k in KINDS})
        values = {getattr(EmailPreference, k): v for k, v in current.items()}
        values[EmailPreference.updated] = datetime.now(UTC)
        if row is None:
            await EmailPreference.insert(
                EmailPreference(user=user_id, **current, updated=datetime.now(UTC))
            )
        else:
            await EmailPreference.update(values).where(EmailPreference.user == user_id)


def unsubscribe_token(user_id: int, kind: str) -> str:
    """A signed token that turns off one kind of email for one member (it never expires)."""
    return sign(sender.post_office().secret, _PURPOSE, {"u": user_id, "k": kind})


def read_unsubscribe_token(token: str) -> tuple[int, str]:
    """The member and kind a token is for; raises BadToken for forged or damaged tokens."""
    payload = unsign(sender.post_office().secret, _PURPOSE, token)
    user_id, kind = payload.get("u"), payload.get("k")
    if not isinstance(user_id, int) or kind not in KINDS:
        raise BadToken("This link is not valid.")
    return user_id, kind


def unsubscribe_url(site_url: str, user_id: int, kind: str) -> str:
    """The one-click unsubscribe address for a mail."""
    return f"{site_url}/unsubscribe?token={quote(unsubscribe_token(user_id, kind))}"


async def unsubscribe(token: str) -> tuple[int, str]:
    """Honour an unsubscribe link at once; raises BadToken (nothing changed) when forged."""
    user_id, kind = read_unsubscribe_token(token)
    if await User.exists().where(User.id == user_id, User.status != AccountStatus.deleted.value):
        # Turning the digest off must not turn on separate mails: it stops what it carried.
        off = DIGESTED if kind == "digest" else ()
        await set_preferences(user_id, {kind: False, **dict.fromkeys(off, False)})
    return user_id, kind


def _mail(user_id: int, email: str, kind: str, subject: str, body: str) -> sender.Mail:
    """The mail itself: the body, the footer naming the choice, one-click unsubscribe."""
    office = sender.post_office()
    link = unsubscribe_url(office.site_url, user_id, kind)
    footer = (
        f'\n\n-- \nYou get this because you chose "{KINDS[kind]}" on {office.site_name}.\n'
        f"Stop these emails with one click: {link}\n"
        f"Choose which emails you get: {office.site_url}/account#email-choices\n"
    )
    headers = {
        "List-Unsubscribe": f"<{link}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return sender.Mail(email, subject, body + footer, kind, user_id, headers)


async def notify(user_id: int, kind: str, subject: str, body: str) -> bool:
    """Mail a member about something, if they chose to get this kind; True when sent.

    Call it after your transaction has committed. It never raises: a mail problem is
    logged, never turned into an error for whoever triggered the notice.
    """
    return user_id in await notify_many([user_id], kind, subject, body)


async def notify_many(users: list[int], kind: str, subject: str, body: str) -> list[int]:
    """``notify`` for many members at once: their addresses and choices are read in two
    queries, not two per member (a post in a topic a thousand members watch); returns who was
    mailed. Never raises."""
    return (await notify_each([Notice(users, kind, subject, body)]))[0]


@dataclass(frozen=True)
class Notice:
    """One mail of one kind for several members."""

    users: list[int]
    kind: str
    subject: str
    body: str


async def notify_each(notices: list[Notice]) -> list[list[int]]:
    """``notify_many`` for several notices (a batch of notifications): the addresses and
    choices of all their members are read in two queries per kind, and the mails are handed
    to the sender together (the outbox stores them in one transaction). Returns, per notice,
    who was mailed. Never raises."""
    for notice in notices:
        if notice.kind not in KINDS:
            raise ValueError(f"unknown notice kind {notice.kind!r}; one of {sorted(KINDS)}")
    wanting: dict[str, dict[int, str]] = {}
    for kind in dict.fromkeys(notice.kind for notice in notices):
        try:
            sender.post_office()  # unbound (a command seeding the demo): logged, nothing sent
            users = sorted({user for n in notices if n.kind == kind for user in n.users})
            wanting[kind] = dict(await _wanting(users, kind))
        except Exception:
            log.exception("could not read who takes %s notices", kind)
            wanting[kind] = {}
    mails: list[sender.Mail] = []
    owners: list[tuple[int, int]] = []  # (notice, member) of each mail
    for index, notice in enumerate(notices):
        emails = wanting[notice.kind]
        for user in notice.users:
            if user in emails:
                mails.append(_mail(user, emails[user], notice.kind, notice.subject, notice.body))
                owners.append((index, user))
    mailed: list[list[int]] = [[] for _ in notices]
    errors = await sender.send_many(mails)
    for (index, user), error in zip(owners, errors, strict=True):
        if error is None:
            mailed[index].append(user)
        else:
            log.error(
                "could not send a %s notice to member %s",
                notices[index].kind,
                user,
                exc_info=error,
            )
    return mailed


async def _wanting(users: list[int], kind: str) -> list[tuple[int, str]]:
    """(id, email) of the active members among ``users`` whose choice takes ``kind``."""
    found: list[tuple[int, str]] = []
    for start in range(0, len(users), _READ_BATCH):
        chunk = users[start : start + _READ_BATCH]
        rows = await User.select(User.id, User.email).where(
            User.id.is_in(chunk), User.status == AccountStatus.active.value
        )
        choices = await EmailPreference.select(
            EmailPreference.user, getattr(EmailPreference, kind)
        ).where(EmailPreference.user.is_in(chunk))
        chosen = {row["user"]: bool(row[kind]) for row in choices}
        found += [
            (row["id"], row["email"])
            for row in rows
            if row["email"] and chosen.get(row["id"], DEFAULTS[kind])
        ]
    return found


async def send_newsletter(subject: str, body: str) -> int:
    """Send the newsletter to every active member who opted in; returns how many got it."""
    rows = await EmailPreference.select(EmailPreference.user).where(
        EmailPreference.newsletter.eq(True)
    )
    sent = 0
    for row in rows:
        sent += await notify(row["user"], "newsletter", subject, body)
    return sent
