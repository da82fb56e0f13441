"""FORUM_SMTP_URL: mail goes out over a real SMTP conversation; a dead server is a clear
answer, never a half-done change."""

from __future__ import annotations

import asyncio
import dataclasses
import email
import email.policy
import socket
from collections.abc import AsyncIterator
from email.message import EmailMessage

import httpx
import pytest

from forum.settings import Settings
from forum.storage.privacy_tables import OutboxMail
from forum.storage.tables import User
from tests.conftest import PASSWORD, browser_login, form_post


async def _smtp_session(reader, writer, inbox: list[EmailMessage]) -> None:
    writer.write(b"220 test.invalid ESMTP\r\n")
    while line := await reader.readline():
        verb = line[:4].upper()
        if verb in (b"EHLO", b"HELO"):
            writer.write(b"250-test.invalid\r\n250 8BITMIME\r\n")
        elif verb == b"DATA":
            writer.write(b"354 end with .\r\n")
            await writer.drain()
            data = (await reader.readuntil(b"\r\n.\r\n"))[:-5].replace(b"\r\n..", b"\r\n.")
            inbox.append(email.message_from_bytes(data, policy=email.policy.default))
            writer.write(b"250 queued\r\n")
        elif verb == b"QUIT":
            writer.write(b"221 bye\r\n")
            await writer.drain()
            break
        else:  # MAIL, RCPT, RSET, NOOP
            writer.write(b"250 ok\r\n")
        await writer.drain()
    writer.close()


@pytest.fixture
async def smtp_inbox() -> AsyncIterator[tuple[int, list[EmailMessage]]]:
    """A minimal SMTP server on loopback; yields its port and the messages it received."""
    inbox: list[EmailMessage] = []
    server = await asyncio.start_server(lambda r, w: _smtp_session(r, w, inbox), "127.0.0.1", 0)
    async with server:
        yield server.sockets[0].getsockname()[1], inbox


@pytest.fixture
def settings(settings: Settings, smtp_inbox, request: pytest.FixtureRequest) -> Settings:
    """Mail goes to the test SMTP server (or, for ``dead``, to a port nobody listens on)."""
    port = smtp_inbox[0]
    if getattr(request, "param", "") == "dead":
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
    return dataclasses.replace(settings, smtp_url=f"smtp://127.0.0.1:{port}")


async def test_an_email_change_is_confirmed_through_real_smtp(
    client: httpx.AsyncClient, new_client, make_member, smtp_inbox
) -> None:
    _, inbox = smtp_inbox
    ada = await make_member("ada")
    await browser_login(client, "ada")
    asked = await form_post(
        client, "/account", "/account/email", {"email": "ada@new.test", "password": PASSWORD}
    )
    assert asked.status_code == 303
    assert await OutboxMail.count() == 0  # SMTP configured: the outbox is not used
    (confirmation,) = inbox
    assert confirmation["To"] == "ada@new.test" and "Confirm" in confirmation["Subject"]
    link = next(w for w in confirmation.get_content().split() if "/account/email/confirm" in w)
    other_device = new_client()  # the link works wherever it is opened
    path = link[link.index("/account/") :]
    page = await other_device.get(path)
    assert "ada@new.test" in page.text
    await form_post(other_device, path, "/account/email/confirm", {"token": path.split("=", 1)[1]})
    row = await User.select(User.email).where(User.id == ada.account.id).first()
    assert row["email"] == "ada@new.test"
    assert [m["To"] for m in inbox] == ["ada@new.test", "ada@example.test"]  # old one told


@pytest.mark.parametrize("settings", ["dead"], indirect=True)
async def test_a_dead_mail_server_is_explained_and_nothing_changes(
    client: httpx.AsyncClient, make_member
) -> None:
    ada = await make_member("ada")
    await browser_login(client, "ada")
    asked = await form_post(
        client, "/account", "/account/email", {"email": "ada@new.test", "password": PASSWORD}
    )
    assert asked.status_code == 503
    assert "could not send the email just now" in asked.text
    row = await User.select(User.email).where(User.id == ada.account.id).first()
    assert row["email"] == "ada@example.test"
