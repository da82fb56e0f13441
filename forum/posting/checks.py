"""The validate step of posting: the checks every post passes.

``check_*`` raise a ``forum.errors.ForumError`` (or a subclass, each with its HTTP status)
with a sentence for the author; nothing here touches stored data except the shared
rate-limit counters.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

from forum import limits
from forum.accounts.members import Account
from forum.desk.moderating import NEW_ACCOUNT_AGE
from forum.errors import Forbidden, ForumError, Muted, RateLimited, TooLong

DISCLOSURE_MESSAGE = (
    "This looks like personal information. Whatever you post here becomes public: anyone "
    "can read it. Redact it, edit your post, or confirm that you want to post it anyway."
)

MAX_TITLE = 200


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = {ch for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t"}
    for ch in bad:
        text = text.replace(ch, "")
    return text


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


def check_can_post(author: Account | None) -> Account:
    """Only signed-in, unmuted members post."""
    if author is None:
        raise Forbidden("Sign in to post.")
    if author.is_muted:
        assert author.muted_until is not None
        until = author.muted_until.strftime("%Y-%m-%d %H:%M UTC")
        raise Muted(f"You are muted until {until} and cannot post until then.", author.muted_until)
    return author


def rate_rule(author: Account, chat: bool = False) -> limits.Rule:
    """The posting limit for this author: chat or posts, stricter for new accounts."""
    rules = limits.rules()
    is_new = datetime.now(UTC) - author.created < NEW_ACCOUNT_AGE
    if chat:
        return rules.chat_new if is_new else rules.chat
    return rules.posts_new if is_new else rules.posts


async def check_rate(author: Account, chat: bool = False) -> None:
    """Count one post (or chat message, whether sent over HTTP or a websocket) against the
    author's limit, shared by every process; over the limit raises RateLimited."""
    if limits.is_exempt():  # the demo seeding, say
        return
    rule = rate_rule(author, chat)
    key = f"{'chat' if chat else 'post'}:{author.id}"
    if (wait := await limits.limiter().hit(key, rule)) is not None:
        what = "messages" if chat else "posts"
        raise RateLimited(
            f"Slow down: at most {rule.limit} {what} every {rule.window} seconds; "
            f"{limits.wait_text(wait)}.",
            wait,
        )
