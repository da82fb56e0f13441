"""POST over NNTP: a news article becomes a topic or a reply through the same posting flow.

The content policy answers exactly as on the web: blocked → 441 with the reasons,
personal information → 441 with the findings unless the article carries
``X-Confirm-Disclosure: yes``, held → 240 but not shown until a moderator approves it.
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import TYPE_CHECKING

from forum.accounts.members import account_by_id
from forum.errors import Blocked, DisclosureRequired, ForumError, RateLimited
from forum.limits import wait_text
from forum.nntp import store
from forum.nntp.articles import message_id, post_id_from
from forum.nntp.protocol import MAX_COMMAND_BYTES, CommandError, Reply
from forum.posting import submitting
from forum.reading import queries
from forum.storage.tables import PostStatus

if TYPE_CHECKING:
    from forum.nntp.session import Session

CONFIRM_HEADER = "X-Confirm-Disclosure"
_MSGID_RE = re.compile(r"<[^<>\s]+>")


def refuse(text: str) -> CommandError:
    """441: the article was not posted, with a sentence saying why."""
    return CommandError(441, text)


def _unflow(text: str, delsp: bool) -> str:
    """Undo RFC 3676 format=flowed (Thunderbird's default): soft line breaks end in a space."""
    out: list[str] = []
    joining = False
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        soft = line.endswith(" ") and line != "-- "
        if soft and delsp:
            line = line[:-1]
        if joining:
            out[-1] += line
        else:
            out.append(line)
        joining = soft
    return "\n".join(out)


def body_of(message: EmailMessage) -> str:
    """The plain-text body of an article, decoded; 441 for anything but one text/plain part."""
    if message.is_multipart() or message.get_content_type() != "text/plain":
        raise refuse("Send plain text only: attachments and HTML are not accepted")
    payload = message.get_payload(decode=True)
    if not isinstance(payload, bytes):
        raise refuse("The article has no readable body")
    charset = (message.get_content_charset() or "utf-8").lower()
    if charset in ("us-ascii", "ascii"):
        charset = "utf-8"  # a superset: newsreaders often label 8-bit text as ASCII
    try:
        text = payload.decode(charset)
    except (LookupError, UnicodeDecodeError) as exc:
        raise refuse(f"The body is not valid {charset[:40]} text") from exc
    text = text.replace("\r\n", "\n")
    params = message.get_params() or []
    flowed = any(k.lower() == "format" and str(v).lower() == "flowed" for k, v in params)
    if flowed:
        delsp = any(k.lower() == "delsp" and str(v).lower() == "yes" for k, v in params)
        text = _unflow(text, delsp)
    return text


def _summary(prefix: str, items: list[str], suffix: str) -> str:
    """One reply line: as many items as fit between a prefix and a suffix."""
    budget = MAX_COMMAND_BYTES - 10 - len(prefix.encode()) - len(suffix.encode())
    shown: list[str] = []
    for item in items:
        if len("; ".join([*shown, item]).encode()) > budget:
            shown.append("…")
            break
        shown.append(item.rstrip(". "))
    return f"{prefix}{'; '.join(shown)}. {suffix}"


def disclosure_reply(exc: DisclosureRequired) -> CommandError:
    """441 naming each finding (type, text, offsets) and the header that confirms disclosure."""
    items = [
        f'{f.get("type", "personal information")} "{f.get("text", "")}" '
        f"at {f.get('start')}-{f.get('end')}"
        for f in exc.findings
    ]
    return refuse(
        _summary(
            "Personal information found, nothing was posted: ",
            items,
            f"Edit it out, or resend with the header '{CONFIRM_HEADER}: yes' to publish it.",
        )
    )


def blocked_reply(exc: Blocked) -> CommandError:
    """441 with the policy's reasons."""
    items = [str(r.get("message") or r.get("clause") or r.get("category") or r)
             for r in exc.reasons]  # fmt: skip
    return refuse(_summary(f"{exc} ", items, "Nothing was posted."))


async def _parent(session: Session, references: str, group_id: int) -> dict | None:
    """The post a reply answers: the last of its References that we serve, else None."""
    ids = _MSGID_RE.findall(references)
    if not ids:
        return None
    for ref in reversed(ids):
        post_id = post_id_from(ref, session.domain)
        row = await store.article_by_post(post_id) if post_id else None
        if row is not None:
            if row["space"] != group_id:
                raise refuse(f"The article you reply to is in {row['space.slug']}; post there")
            return row
    raise refuse(
        "None of the articles in References is available here (removed or unknown); "
        "drop the References header to start a new thread"
    )


async def receive(session: Session, data: bytes) -> Reply:
    """Parse a posted article and submit it as a topic or reply."""
    account = await account_by_id(session.account.id) if session.account else None
    if account is None:
        raise refuse("Your account can no longer post")
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
        groups = [g.strip() for g in str(message.get("Newsgroups", "")).split(",") if g.strip()]
        subject = str(message.get("Subject", ""))
        references = str(message.get("References", ""))
        confirm = str(message.get(CONFIRM_HEADER, "")).strip().lower() in ("yes", "true", "1")
    except Exception as exc:  # the email package raises a zoo of errors on broken headers
        raise refuse("The article's headers could not be read") from exc
    if not groups:
        raise refuse("Say where to post: the Newsgroups header is missing")
    if len(groups) > 1:
        raise refuse("Post to one news group at a time; cross-posting is not supported")
    group = await store.find_group(groups[0])
    if group is None:
        raise refuse(f"There is no news group named {groups[0][:80]}")
    body = body_of(message)
    parent = await _parent(session, references, group.id)
    limits = {"max_chars": session.settings.max_body_chars, "confirm_disclosure": confirm}
    try:
        if parent is None:
            space = await queries.space_by_slug(group.slug)
            submitted = await submitting.submit_topic(
                account, space or {}, subject, body, channels=session.channels, **limits
            )
        else:
            topic = await queries.topic_by_id(parent["topic"], account)
            if topic is None:
                raise refuse("The thread you reply to is no longer available")
            parent_id = None if parent["is_start"] else parent["id"]
            submitted = await submitting.submit_reply(
                account, topic, body, parent_id=parent_id, channels=session.channels, **limits
            )
    except DisclosureRequired as exc:
        raise disclosure_reply(exc) from exc
    except Blocked as exc:
        raise blocked_reply(exc) from exc
    except RateLimited as exc:  # the posting limit every web and chat post counts against too
        raise refuse(f"You are posting too fast; {wait_text(exc.retry_after)}") from exc
    except ForumError as exc:
        raise refuse(str(exc)) from exc
    msgid = message_id(submitted.post_id, session.domain)
    if submitted.status == PostStatus.pending.value:
        return Reply(240, f"{msgid} received and held for review; it appears once approved")
    if masked := submitted.decision.masked:
        # The poster learns what readers get instead of their words, and under which clause.
        words = [f'"{m["text"]}" ({m["label"]}, policy: {m["title"]})' for m in masked]
        prefix = f"{msgid} posted to {group.slug} with words masked: "
        return Reply(240, _summary(prefix, words, "Edit it on the web to reword it."))
    return Reply(240, f"{msgid} posted to {group.slug}")
