"""A process that stops right after a post still writes its notifications, and stops promptly."""

from __future__ import annotations

import time

import httpx

from forum.accounts.members import create_account
from forum.accounts.sessions import issue_api_token
from forum.storage.desk_tables import Notification
from forum.storage.tables import Space, SpaceKind
from tests.conftest import PASSWORD, Member, serve
from tests.forum.notifying.helpers import reply, topic


async def _member(name: str) -> Member:
    account = await create_account(
        name, f"{name}@example.test", PASSWORD, accept_terms=True, password_profile="fast"
    )
    return Member(account, PASSWORD, await issue_api_token(account.id, "test"))


async def test_notifications_queued_at_shutdown_are_written_before_the_process_stops(
    app,
) -> None:
    async with serve(app) as url, httpx.AsyncClient(base_url=url, timeout=30) as client:
        await Space.insert(Space(slug="general", title="General", kind=SpaceKind.forum))
        ann, bob = await _member("ann"), await _member("bob")
        started = await topic(client, ann)
        await reply(client, bob, started["topic_id"], "the last words before a restart")
        stopping = time.monotonic()
    took = time.monotonic() - stopping
    told = await Notification.select(Notification.kind).where(Notification.user == ann.account.id)
    assert [row["kind"] for row in told] == ["reply"]
    assert took < 5, f"stopping took {took:.1f} s"
