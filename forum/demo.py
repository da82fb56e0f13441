"""The demo community seeded on first start: spaces of every kind, posts, staff accounts."""

from __future__ import annotations

import secrets

from forum.accounts import create_account
from forum.posting import submit_message, submit_reply, submit_topic
from forum.queries import space_by_slug, topic_by_id
from forum.settings import Settings
from forum.tables import Role, Space, SpaceKind, User

SPACES = [
    ("general", "General discussion", "Anything about the community.", SpaceKind.forum),
    ("help", "Help and support", "Ask how things work; answer if you know.", SpaceKind.forum),
    ("wall", "The wall", "Short notes for everyone, newest first.", SpaceKind.board),
    ("market", "Swap and sell", "Offer and look for things; keep contact details private.", SpaceKind.board),
    ("community.announce", "Announcements", "News from the people running the site.", SpaceKind.newsgroup),
    ("help.python", "Python help", "Questions and answers about Python.", SpaceKind.newsgroup),
    ("lobby", "Lobby", "Say hello; everyone is welcome.", SpaceKind.chat),
    ("python", "Python chat", "Live talk about Python.", SpaceKind.chat),
]  # fmt: skip


def _password() -> str:
    return secrets.token_urlsafe(12)


async def seed_demo(settings: Settings) -> dict[str, str] | None:
    """Create the demo community if the database has no accounts; return staff credentials."""
    if await User.exists():
        return None
    credentials = {"admin": _password(), "moderator": _password()}
    profile = settings.password_profile
    admin = await create_account(
        "admin", "admin@example.invalid", credentials["admin"],
        role=Role.admin, accept_terms=True, password_profile=profile,
        can_view_personal_data=True,
    )  # fmt: skip
    await create_account(
        "moderator", "moderator@example.invalid", credentials["moderator"],
        role=Role.moderator, accept_terms=True, password_profile=profile,
    )  # fmt: skip
    ada = await create_account(
        "ada", "ada@example.invalid", secrets.token_urlsafe(16),
        accept_terms=True, password_profile=profile,
    )  # fmt: skip
    for position, (slug, title, description, kind) in enumerate(SPACES):
        await Space.insert(
            Space(
                slug=slug, title=title, description=description, kind=kind.value, position=position
            )
        )
    limit = settings.max_body_chars
    general = await space_by_slug("general")
    welcome = await submit_topic(
        admin, general, "Welcome to the forum",
        "Hello and welcome! Read the **terms** before posting: whatever you post here is public.",
        max_chars=limit,
    )  # fmt: skip
    topic = await topic_by_id(welcome.topic_id or 0, None)
    assert topic is not None
    first = await submit_reply(
        ada, topic, "Glad to be here. Where do I ask questions?", max_chars=limit
    )
    await submit_reply(
        admin, topic, "In *Help and support*, or live in the Python chat.",
        parent_id=first.post_id, max_chars=limit,
    )  # fmt: skip
    await submit_topic(
        ada, await space_by_slug("help"), "How do I format code?",
        "Wrap it in backticks: `print('hello')`, or indent a block by four spaces.",
        max_chars=limit,
    )  # fmt: skip
    await submit_message(
        ada, await space_by_slug("wall"), "First note on the wall!", max_chars=limit
    )
    await submit_message(admin, await space_by_slug("wall"), "Be kind; moderators read everything.", max_chars=limit)  # fmt: skip
    await submit_topic(
        admin, await space_by_slug("community.announce"), "The news server is open",
        "Point your newsreader at this site to read the groups.", max_chars=limit,
    )  # fmt: skip
    await submit_topic(
        ada, await space_by_slug("help.python"), "List comprehension or loop?",
        "When is a comprehension clearer than a plain for loop?", max_chars=limit,
    )  # fmt: skip
    await submit_message(ada, await space_by_slug("lobby"), "Hi everyone!", max_chars=limit)
    await submit_message(admin, await space_by_slug("lobby"), "Welcome, Ada.", max_chars=limit)
    return credentials
