"""The demo community seeded on first start, through the real posting path (moderation, the
queue, reports): every kind of space with threads, a busy board, chat history, one held post,
one report and a private conversation with the moderator. What it says is in ``demo_content``."""

from __future__ import annotations

import asyncio
import secrets

from forum import limits, page_cache
from forum.accounts.members import ACCOUNT_COLUMNS, Account, create_account
from forum.cli import demo_content as content
from forum.desk.reports import post_for_report, submit_report
from forum.messaging.checks import Caps
from forum.messaging.sending import send_message, start_conversation
from forum.posting.submitting import submit_message, submit_reply, submit_topic
from forum.reading.queries import space_by_slug, topic_by_id
from forum.settings import Settings
from forum.storage.tables import Posters, Role, Space, User


def _password() -> str:
    return secrets.token_urlsafe(12)


async def _account(
    settings: Settings, name: str, role: Role, credentials: dict[str, str] | None
) -> Account:
    """Create a demo account (noting its password in ``credentials``), or reuse one the
    operator made. Without ``credentials`` the random password is never shown: nobody can
    sign in with it, so the slow hash that protects guessable passwords buys nothing there
    and the cheap profile saves a tenth of a second per account (seconds on a busy machine).
    """
    existing = await User.select(*ACCOUNT_COLUMNS).where(User.username == name).first()
    if existing:
        return Account.from_row(existing)
    password = _password()
    if credentials is not None:
        credentials[name] = password
    return await create_account(
        name,
        f"{name}@example.invalid",
        password,
        role=role,
        accept_terms=True,
        password_profile=settings.password_profile if credentials is not None else "fast",
        can_view_personal_data=role == Role.admin,
    )


async def seed_demo(settings: Settings) -> dict[str, str] | None:
    """Create the demo community on a database without spaces; return new staff credentials.

    Outside the posting limits: with Redis they are shared and outlive the process, and
    tight FORUM_LIMIT_POSTS_NEW would otherwise stop the forum from starting at all.
    """
    with limits.exempt():
        return await _seed(settings)


async def _seed(settings: Settings) -> dict[str, str] | None:
    if await Space.exists():
        return None  # seeded before (or the operator made spaces): never again
    credentials: dict[str, str] = {}
    staff = {"admin": Role.admin, "moderator": Role.moderator}
    # Password hashing runs in threads: the two staff accounts are made side by side.
    accounts = await asyncio.gather(
        *(_account(settings, name, role, credentials) for name, role in staff.items())
    )
    people = dict(zip(staff, accounts, strict=True))
    for name in content.MEMBERS:
        people[name] = await _account(settings, name, Role.member, None)
    for position, (slug, title, description, kind) in enumerate(content.SPACES):
        who = Posters.staff if slug in content.STAFF_ONLY else Posters.members
        await Space.insert(
            Space(
                slug=slug,
                title=title,
                description=description,
                kind=kind.value,
                position=position,
                who_starts=who.value,
                who_replies=who.value,
            )
        )
    await page_cache.invalidate(page_cache.SITE)  # new spaces show on every page's home
    limit = settings.max_body_chars
    # The long topic fills a page and spills onto a second one, whatever FORUM_PAGE_SIZE is.
    long = ("general", content.LONG_TITLE, content.long_thread(settings.page_size + 5))
    threads = [(slug, *thread) for slug, ts in content.THREADS.items() for thread in ts]
    messages = [("wall", content.wall_notes()), ("market", content.MARKET), *content.CHAT.items()]
    # Each thread, board and room keeps its own order; they are posted side by side so that
    # their commits share the disk's flushes (storage.group_commit): seconds fewer at start-up.
    await asyncio.gather(
        *(_thread(people, slug, title, posts, limit) for slug, title, posts in [*threads, long]),
        *(_messages(people, slug, lines, limit) for slug, lines in messages),
    )
    await _queue_items(people, limit)
    await _conversation(people, limit)
    return credentials


async def _thread(
    people: dict[str, Account], slug: str, title: str, posts: list, limit: int
) -> None:
    """Start a topic and post its replies, each answering the post it names."""
    space = await space_by_slug(slug)
    (author, body, _), *replies = posts
    opened = await submit_topic(people[author], space, title, body, max_chars=limit)
    topic = await topic_by_id(opened.topic_id or 0, None)
    assert topic is not None
    ids = [opened.post_id]
    for author, body, parent in replies:
        parent_id = ids[parent] if parent else None
        reply = await submit_reply(
            people[author], topic, body, parent_id=parent_id, max_chars=limit
        )
        ids.append(reply.post_id)


async def _messages(
    people: dict[str, Account], slug: str, lines: list[tuple[str, str]], limit: int
) -> None:
    """Post a board's notes or a chat room's history, in order."""
    space = await space_by_slug(slug)
    for author, text in lines:
        await submit_message(people[author], space, text, max_chars=limit)


async def _queue_items(people: dict[str, Account], limit: int) -> None:
    """One post the policy holds and one a member reports: the moderators' queue is not empty."""
    author, slug, text = content.HELD
    held = await submit_message(people[author], await space_by_slug(slug), text, max_chars=limit)
    assert held.status == "pending", "the demo's spam example must be held for review"
    author, slug, text = content.REPORTED
    posted = await submit_message(people[author], await space_by_slug(slug), text, max_chars=limit)
    reporter, category, note = content.REPORT
    await submit_report(people[reporter], await post_for_report(posted.post_id), category, note)


async def _conversation(people: dict[str, Account], limit: int) -> None:
    """A member writes privately to the moderator, who answers: Messages is not empty."""
    author, to, title, lines = content.PRIVATE
    caps = Caps(max_chars=limit)
    (_, first), *rest = lines
    opened = await start_conversation(people[author], to, title, first, caps)
    for name, text in rest:
        await send_message(people[name], opened.conversation_id, text, caps)
