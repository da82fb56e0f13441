"""The validate step of posting: the checks every post passes.

``check_*`` raise a ``forum.errors.ForumError`` (or a subclass, each with its HTTP status)
with a sentence for the author; nothing here touches stored data except the shared
rate-limit counters, which count stored posts only (``counted_post``).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime

from forum import limits
from forum.accounts.members import Account
from forum.desk.moderating import NEW_ACCOUNT_AGE
from forum.errors import Blocked, Conflict, Forbidden, ForumError, Muted, RateLimited, TooLong
from forum.storage.tables import Posters, PostStatus, Space

DISCLOSURE_MESSAGE = (
    "This looks like personal information. Whatever you post here becomes public: anyone "
    "can read it. Redact it, edit your post, or confirm that you want to post it anyway."
)

MAX_TITLE = 200


# Unicode's control characters (category Cc: U+0000-U+001F and U+007F-U+009F) but for newline
# and tab; one regular expression instead of a category look-up per character.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def check_body(body: object, max_chars: int, max_bytes: int | None = None) -> str:
    """A post body, cleaned of control characters; raises ForumError if empty, TooLong if
    over ``max_chars`` characters or (a chat frame's limit) ``max_bytes`` bytes of UTF-8."""
    if not isinstance(body, str):
        raise ForumError("The message must be text.")
    body = _clean(body).strip()
    if not body:
        raise ForumError("Write something before posting.")
    if len(body) > max_chars:
        raise TooLong(f"Posts can be at most {max_chars:,} characters; this one has {len(body):,}.")
    if max_bytes is not None and (size := len(body.encode("utf-8", "surrogatepass"))) > max_bytes:
        raise TooLong(
            f"Messages can be at most {max_bytes:,} bytes of text; this one has {size:,}."
        )
    return body


def check_title(title: object) -> str:
    """A topic title on one line; raises ForumError if empty or too long."""
    if not isinstance(title, str):
        raise ForumError("The title must be text.")
    title = " ".join(_clean(title).split())
    if len(title) < 3:
        raise ForumError("Give the topic a title of at least 3 characters.")
    if len(title) > MAX_TITLE:
        raise ForumError(f"Titles can be at most {MAX_TITLE} characters.")
    return title


def check_open_for_replies(topic: dict) -> None:
    """A held or removed topic takes no replies: nobody else can read it, and a reply would
    publish a conversation around a post the moderators have not let through."""
    if topic["status"] == PostStatus.pending.value:
        raise Conflict(
            "This topic is waiting for a moderator's review; replies open once it is published."
        )
    if topic["status"] == PostStatus.removed.value:
        raise Conflict("This topic was removed; it takes no replies.")


def check_can_post(author: Account | None) -> Account:
    """Only signed-in, unmuted members post."""
    if author is None:
        raise Forbidden("Sign in to post.")
    if author.is_muted:
        assert author.muted_until is not None
        until = author.muted_until.strftime("%Y-%m-%d %H:%M UTC")
        raise Muted(f"You are muted until {until} and cannot post until then.", author.muted_until)
    return author


async def check_space_allows(author: Account, space: dict, starting: bool) -> None:
    """Raise Forbidden when the space takes this kind of post from staff only.

    ``starting``: a topic, a board or chat message (``who_starts``); else a reply in a topic
    (``who_replies``). ``space`` has the space's ``id`` and ``slug``, and the setting itself
    when the caller read the space in this same request (``queries.space_by_slug``,
    ``topic_by_id``); without it (a chat room, kept for the socket's life) the setting is read
    from the database now. Either way a changed setting holds at once on every path (web, API,
    news server, chat).
    """
    name = "who_starts" if starting else "who_replies"
    if author.is_moderator:
        return
    if name in space:
        setting, slug = space[name], space["slug"]
    else:
        column = Space.who_starts if starting else Space.who_replies
        row = await Space.select(Space.slug, column).where(Space.id == space["id"]).first()
        if row is None:
            return
        setting, slug = row[name], row["slug"]
    if setting != Posters.staff.value:
        return
    what = "start topics or post messages" if starting else "reply"
    raise Forbidden(f"Only staff may {what} in {slug}; members can read it.")


def rate_rule(author: Account, chat: bool = False) -> limits.Rule:
    """The posting limit for this author: chat or posts, stricter for new accounts."""
    rules = limits.rules()
    is_new = datetime.now(UTC) - author.created < NEW_ACCOUNT_AGE
    if chat:
        return rules.chat_new if is_new else rules.chat
    return rules.posts_new if is_new else rules.posts


def _rate_key(author: Account, chat: bool) -> str:
    return f"{'chat' if chat else 'post'}:{author.id}"


def _refusal(rule: limits.Rule, wait: float, chat: bool) -> RateLimited:
    what = "messages" if chat else "posts"
    return RateLimited(
        f"Slow down: you may post at most {rule.limit} {what} every {rule.window} seconds "
        f"and have none left; {limits.wait_text(wait)}.",
        wait,
    )


async def check_rate(author: Account, chat: bool = False) -> None:
    """Count one event (a chat report or removal) against the author's limit, shared by
    every process; over the limit raises RateLimited."""
    if limits.is_exempt():  # the demo seeding, say
        return
    rule = rate_rule(author, chat)
    if (wait := await limits.limiter().hit(_rate_key(author, chat), rule)) is not None:
        raise _refusal(rule, wait, chat)


@dataclass(frozen=True)
class Allowance:
    """How many posts the author may still make before ``reset_in`` seconds have passed."""

    left: int
    limit: int
    window: int
    reset_in: float
    what: str = "posts"

    @property
    def sentence(self) -> str:
        """ "You can post 2 more times in the next 41 seconds." for the composer."""
        if self.left == 0:
            wait = limits.wait_text(self.reset_in)
            return f"You have used your {self.limit} {self.what} for now; {wait}."
        times = "once more" if self.left == 1 else f"{self.left} more times"
        seconds = max(1, round(self.reset_in))
        return (
            f"You can post {times} in the next {seconds} seconds "
            f"(at most {self.limit} every {self.window} seconds)."
        )


async def allowance(author: Account, chat: bool = False) -> Allowance | None:
    """What is left of the author's posting limit now (None when limits do not apply)."""
    if limits.is_exempt():
        return None
    rule = rate_rule(author, chat)
    left, reset_in = await limits.limiter().remaining(_rate_key(author, chat), rule)
    return Allowance(left, rule.limit, rule.window, reset_in, "messages" if chat else "posts")


@contextlib.asynccontextmanager
async def counted_post(author: Account, chat: bool = False) -> AsyncIterator[None]:
    """Count one post against the author's limit for the block that stores it.

    Only what is stored counts: when the block raises before storing (a disclosure warning,
    a check, a refused request) the post is given back. A blocked text stays counted: it is
    written to the moderation log, and the limit is what keeps a flood out of it.
    """
    if limits.is_exempt():  # the demo seeding, say
        yield
        return
    rule, key = rate_rule(author, chat), _rate_key(author, chat)
    wait = await limits.limiter().hit(key, rule)
    if wait is not None:
        await limits.limiter().give_back(key)
        raise _refusal(rule, wait, chat)
    try:
        yield
    except Blocked:
        raise
    except BaseException:
        await limits.limiter().give_back(key)
        raise
