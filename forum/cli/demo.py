"""The demo community seeded on first start: spaces of every kind, posts, staff accounts."""

from __future__ import annotations

import secrets

from forum import limits, page_cache
from forum.accounts.members import ACCOUNT_COLUMNS, Account, create_account
from forum.posting.submitting import submit_message, submit_reply, submit_topic
from forum.reading.queries import space_by_slug, topic_by_id
from forum.settings import Settings
from forum.storage.tables import Role, Space, SpaceKind, User

SPACES = [
    ("general", "General discussion", "Anything about the community.", SpaceKind.forum),
    ("help", "Help and support", "Ask how things work; answer if you know.", SpaceKind.forum),
    ("wall", "The wall", "Short notes for everyone, newest first.", SpaceKind.board),
    (
        "market",
        "Swap and sell",
        "Offer and look for things; keep contact details private.",
        SpaceKind.board,
    ),
    (
        "community.announce",
        "Announcements",
        "News from the people running the site.",
        SpaceKind.newsgroup,
    ),
    ("help.python", "Python help", "Questions and answers about Python.", SpaceKind.newsgroup),
    ("lobby", "Lobby", "Say hello; everyone is welcome.", SpaceKind.chat),
    ("python", "Python chat", "Live talk about Python.", SpaceKind.chat),
]


def _password() -> str:
    return secrets.token_urlsafe(12)


async def _account(
    settings: Settings, name: str, role: Role, credentials: dict[str, str]
) -> Account:
    """Create a demo account (noting its password), or reuse one the operator made."""
    existing = await User.select(*ACCOUNT_COLUMNS).where(User.username == name).first()
    if existing:
        return Account.from_row(existing)
    password = credentials[name] = _password()
    return await create_account(
        name,
        f"{name}@example.invalid",
        password,
        role=role,
        accept_terms=True,
        password_profile=settings.password_profile,
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
        return None
    credentials: dict[str, str] = {}
    admin = await _account(settings, "admin", Role.admin, credentials)
    await _account(settings, "moderator", Role.moderator, credentials)
    ada = await _account(settings, "ada", Role.member, {})
    for position, (slug, title, description, kind) in enumerate(SPACES):
        await Space.insert(
            Space(
                slug=slug, title=title, description=description, kind=kind.value, position=position
            )
        )
    await page_cache.invalidate(page_cache.SITE)  # new spaces show on every page's home
    limit = settings.max_body_chars
    general = await space_by_slug("general")
    welcome = await submit_topic(
        admin,
        general,
        "Welcome to the forum",
        "Hello and welcome! Read the **terms** before posting: whatever you post here is public.",
        max_chars=limit,
    )
    topic = await topic_by_id(welcome.topic_id or 0, None)
    assert topic is not None
    first = await submit_reply(
        ada, topic, "Glad to be here. Where do I ask questions?", max_chars=limit
    )
    await submit_reply(
        admin,
        topic,
        "In *Help and support*, or live in the Python chat.",
        parent_id=first.post_id,
        max_chars=limit,
    )
    await submit_topic(
        ada,
        await space_by_slug("help"),
        "How do I format code?",
        "Wrap it in backticks: `print('hello')`, or indent a block by four spaces.",
        max_chars=limit,
    )
    await submit_message(
        ada, await space_by_slug("wall"), "First note on the wall!", max_chars=limit
    )
    await submit_message(
        admin, await space_by_slug("wall"), "Be kind; moderators read everything.", max_chars=limit
    )
    await submit_topic(
        admin,
        await space_by_slug("community.announce"),
        "The news server is open",
        "Point your newsreader at this site to read the groups.",
        max_chars=limit,
    )
    await submit_topic(
        ada,
        await space_by_slug("help.python"),
        "List comprehension or loop?",
        "When is a comprehension clearer than a plain for loop?",
        max_chars=limit,
    )
    await submit_message(ada, await space_by_slug("lobby"), "Hi everyone!", max_chars=limit)
    await submit_message(admin, await space_by_slug("lobby"), "Welcome, Ada.", max_chars=limit)
    return credentials
