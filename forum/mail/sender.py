"""Sending mail through a pluggable sender: SMTP when FORUM_SMTP_URL is set, otherwise a
local outbox (a table admins can read at /admin/outbox), so every flow works offline.
"""

from __future__ import annotations

import asyncio
import json
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Protocol
from urllib.parse import unquote, urlsplit

from forum.settings import Settings
from forum.storage import db
from forum.storage.prepared import PreparedInsert
from forum.storage.privacy_tables import OutboxMail
from forum.storage.tables import User

_OUTBOX_ROW = PreparedInsert(
    OutboxMail, OutboxMail.created, OutboxMail.user, OutboxMail.to_address, OutboxMail.kind,
    OutboxMail.subject, OutboxMail.body, OutboxMail.headers,
)  # fmt: skip
_SEND_BATCH = 50
"""Mails handed to the sender at once (SMTP: one connection each)."""


class MailError(RuntimeError):
    """The mail could not be handed to the sender; ``str()`` is a sentence for a person."""


@dataclass(frozen=True)
class Mail:
    """One plain-text mail to one address."""

    to: str
    subject: str
    body: str
    kind: str
    user_id: int | None = None
    headers: dict[str, str] = field(default_factory=dict)


class Mailer(Protocol):
    """Anything that can deliver a Mail (raises on failure)."""

    async def send(self, mail: Mail) -> None:
        """Deliver one mail."""
        ...


class OutboxMailer:
    """Keeps mails in the ``mail_outbox`` table instead of sending them."""

    async def send(self, mail: Mail) -> None:
        """Store the mail where admins (and tests) can read it."""
        await self.send_all([mail])

    async def send_all(self, mails: list[Mail]) -> None:
        """Store several mails in one transaction (all or none). A mail to an account that
        was deleted since its address was read is not kept: the deletion already cleared the
        outbox of that account, and the address must not come back."""
        now = datetime.now(UTC)
        async with db.write_transaction():
            erased = await User.deleted_among({m.user_id for m in mails if m.user_id is not None})
            rows = [
                (now, mail.user_id, mail.to, mail.kind[:32], mail.subject[:200], mail.body,
                 json.dumps(mail.headers))
                for mail in mails
                if mail.user_id not in erased
            ]  # fmt: skip
            if rows:
                await _OUTBOX_ROW.ids(*rows)


class SmtpMailer:
    """Sends through an SMTP server: ``smtp://[user:pass@]host[:port]`` (STARTTLS when
    offered) or ``smtps://…`` (TLS from the start)."""

    def __init__(self, url: str, sender: str, timeout: float = 20.0) -> None:
        parts = urlsplit(url)
        self.implicit_tls = parts.scheme == "smtps"
        self.host = parts.hostname or "localhost"
        self.port = parts.port or (465 if self.implicit_tls else 25)
        self.username = unquote(parts.username or "")
        self.password = unquote(parts.password or "")
        self.sender = sender
        self.timeout = timeout

    async def send(self, mail: Mail) -> None:
        """Deliver over SMTP in a worker thread (smtplib blocks)."""
        await asyncio.to_thread(self._send, build_message(mail, self.sender))

    def _send(self, message: EmailMessage) -> None:
        context = ssl.create_default_context()
        if self.implicit_tls:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                self.host, self.port, timeout=self.timeout, context=context
            )
        else:
            client = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        with client:
            client.ehlo()
            if not self.implicit_tls and client.has_extn("starttls"):
                client.starttls(context=context)
                client.ehlo()
            if self.username:
                client.login(self.username, self.password)
            client.send_message(message)


def build_message(mail: Mail, sender: str) -> EmailMessage:
    """The RFC 5322 message for a Mail."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip("> ") or None)
    for name, value in mail.headers.items():
        message[name] = value
    message.set_content(mail.body)
    return message


@dataclass
class _Post:
    mailer: Mailer
    sender: str
    site_url: str
    site_name: str
    secret: str


_post: _Post | None = None


def bind(settings: Settings) -> None:
    """Choose the sender for this process from the settings (called by create_app)."""
    global _post
    sender = settings.mail_from
    if "<" not in sender:
        sender = f"{settings.site_name} <{sender}>"
    mailer: Mailer = SmtpMailer(settings.smtp_url, sender) if settings.smtp_url else OutboxMailer()
    _post = _Post(
        mailer=mailer,
        sender=sender,
        site_url=settings.site_url,
        site_name=settings.site_name,
        secret=settings.secret_key,
    )


def post_office() -> _Post:
    """The bound sender and the site details mails need; fails loudly if unbound."""
    if _post is None:
        raise RuntimeError("forum.mail.sender.bind() has not been called")
    return _post


async def send(mail: Mail) -> None:
    """Deliver a mail through the configured sender; raises MailError when that fails."""
    try:
        await post_office().mailer.send(mail)
    except (smtplib.SMTPException, OSError) as exc:
        raise MailError("We could not send the email just now; please try again later.") from exc


async def send_many(mails: list[Mail]) -> list[Exception | None]:
    """Deliver several mails; per mail, None once sent, else its error (a MailError when the
    sender failed). The outbox stores them in one transaction; should that fail, each is
    tried alone, so that one bad mail fails alone as it would have been sent on its own."""
    if not mails:
        return []
    mailer = post_office().mailer
    if isinstance(mailer, OutboxMailer) and len(mails) > 1:
        try:
            await mailer.send_all(mails)
            return [None] * len(mails)
        except Exception:
            pass  # each mail is tried alone below, and keeps its own error
    results: list[Exception | None] = []
    for start in range(0, len(mails), _SEND_BATCH):
        chunk = mails[start : start + _SEND_BATCH]
        results += await asyncio.gather(*(_send_keeping_error(mail) for mail in chunk))
    return results


async def _send_keeping_error(mail: Mail) -> Exception | None:
    try:
        await send(mail)
    except Exception as exc:
        return exc
    return None
