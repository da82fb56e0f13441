"""Notifications by mail, as each member chose: at once, in a daily digest, or not at all.

Everything goes through ``forum.mail.mailings.notify`` (the member's choices, the outbox or
SMTP, one-click unsubscribe). Called after the notifications' transaction has committed.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

from forum.mail import mailings, sender
from forum.notifying.recipients import Note
from forum.storage import db
from forum.storage.desk_tables import Notification
from forum.storage.privacy_tables import EmailPreference

MAIL_KIND = {"reply": "replies", "mention": "mentions", "watching": "watching"}
"""Which email choice governs each kind of notification."""
DIGEST_EVERY = timedelta(days=1)
SUBJECTS = {
    "reply": "A reply to your post",
    "mention": "You were mentioned",
    "watching": "New posts where you watch",
}


async def _digest_members(users: list[int]) -> set[int]:
    if not users:
        return set()
    rows = await EmailPreference.select(EmailPreference.user).where(
        EmailPreference.user.is_in(users), EmailPreference.digest.eq(True)
    )
    return {row["user"] for row in rows}


async def mail_at_once(notes: list[Note]) -> None:
    """Mail the new recipients of these notes who take their kind at once (``notify_each``
    checks each one's choice): the choices of a whole batch are read together, the mails go
    out together, and which notifications were mailed is written in one transaction."""
    notes = [note for note in notes if MAIL_KIND.get(note.kind) and note.fresh]
    if not notes:
        return
    try:
        site = sender.post_office().site_url
    except RuntimeError:  # no mail set up (a command seeding the demo): nothing to mail
        return
    digest = await _digest_members(sorted({user for note in notes for user in note.fresh}))
    notices = [
        mailings.Notice(
            [user for user in note.fresh if user not in digest],
            MAIL_KIND[note.kind],
            SUBJECTS[note.kind],
            f"{note.message}\n\n{site}{note.link}",
        )
        for note in notes
    ]
    mailed = await mailings.notify_each(notices)
    done = [(note, users) for note, users in zip(notes, mailed, strict=True) if users]
    if done:
        now = datetime.now(UTC)
        async with db.write_transaction():
            for note, users in done:
                await Notification.update({Notification.mailed_at: now}).where(
                    Notification.post == note.post,
                    Notification.kind == note.kind,
                    Notification.user.is_in(users),
                )


async def send_digests(now: datetime | None = None) -> int:
    """Mail each digest member whose oldest unmailed notification is a day old one mail with
    all their unread ones; returns how many digests went out."""
    now = now or datetime.now(UTC)
    members = await EmailPreference.select(EmailPreference.user).where(
        EmailPreference.digest.eq(True)
    )
    rows = await Notification.select(
        Notification.id, Notification.user, Notification.kind, Notification.message,
        Notification.link, Notification.created,
    ).where(
        Notification.user.is_in([m["user"] for m in members] or [0]),
        Notification.kind.is_in(list(MAIL_KIND)),
        Notification.mailed_at.is_null(),
        Notification.read_at.is_null(),
    ).order_by(Notification.id)  # fmt: skip
    pending: dict[int, list[dict]] = defaultdict(list)
    for row in rows:
        pending[row["user"]].append(row)
    site = sender.post_office().site_url
    sent = 0
    for user, items in pending.items():
        if now - min(item["created"] for item in items) < DIGEST_EVERY:
            continue
        choices = await mailings.preferences(user)
        wanted = [item for item in items if choices[MAIL_KIND[item["kind"]]]]
        if wanted:
            lines = [f"- {item['message']}\n  {site}{item['link']}" for item in wanted]
            subject = f"{len(wanted)} new notification{'s' if len(wanted) > 1 else ''}"
            body = "Since your last digest:\n\n" + "\n".join(lines)
            sent += await mailings.notify(user, "digest", subject, body)
        async with db.write_transaction():
            await Notification.update({Notification.mailed_at: now}).where(
                Notification.id.is_in([item["id"] for item in items])
            )
    return sent
