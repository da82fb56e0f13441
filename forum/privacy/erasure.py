"""Deleting an account: remove personal data, anonymise what must be kept.

Each table's part is one small function in ``ANONYMISERS``; they all run in one write
transaction, in list order, and the account's live connections are closed after commit.
A module that adds a table holding personal data adds its function with ``anonymiser``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from litestar.channels import ChannelsPlugin
from piccolo.columns.combination import Or

from forum import events, page_cache
from forum.accounts import presence
from forum.accounts.members import DELETED_NAME
from forum.desk import modlog
from forum.events import QUEUE_CHANNEL
from forum.images import files
from forum.storage import db
from forum.storage.desk_tables import Notification, Report, ReviewItem
from forum.storage.image_tables import Image
from forum.storage.locking import row_lock
from forum.storage.member_tables import Block, ReadPosition, Watch
from forum.storage.privacy_tables import (
    AccessLog,
    EmailPreference,
    OutboxMail,
    PolicyAcknowledgement,
    RequestLog,
)
from forum.storage.tables import (
    AccountStatus,
    ApiToken,
    Post,
    PostRevision,
    PostStatus,
    Role,
    Session,
    SignInLink,
    Topic,
    User,
)

DELETED_TOPIC = "(deleted)"


class AccountGone(LookupError):
    """The account does not exist or was already deleted."""


@dataclass
class Erasure:
    """What is known about the account being deleted, shared by every anonymiser.

    ``keep_post_ids``: posts whose text must stay (e.g. under moderation for legal
    process); an anonymiser that runs before "posts" may add to it.
    """

    user_id: int
    username: str
    email: str | None
    ips: set[str]
    keep_post_ids: set[int] = field(default_factory=set)
    withdrawn_post_ids: set[int] = field(default_factory=set)
    kept_posts: int = 0
    withdrawn_posts: int = 0
    after_commit: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    image_files: set[tuple[str, str]] = field(default_factory=set)  # deleted after the commit


Anonymiser = Callable[[Erasure], Awaitable[None]]
ANONYMISERS: list[tuple[str, Anonymiser]] = []


def anonymiser(name: str, before: str | None = None) -> Callable[[Anonymiser], Anonymiser]:
    """Register a table's part of account deletion (optionally before another part)."""

    def register(function: Anonymiser) -> Anonymiser:
        names = [n for n, _ in ANONYMISERS]
        position = names.index(before) if before in names else len(ANONYMISERS)
        ANONYMISERS.insert(position, (name, function))
        return function

    return register


def _chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


async def post_fates(user_id: int) -> tuple[set[int], set[int], set[int]]:
    """(posts kept because others replied, posts withdrawn, topics kept) for a member."""
    mine = await Post.select(Post.id, Post.topic).where(Post.author == user_id)
    ids = [row["id"] for row in mine]
    own = set(ids)
    topics = sorted({row["topic"] for row in mine if row["topic"] is not None})
    replied: set[int] = set()
    for chunk in _chunks(ids):
        rows = await Post.select(Post.parent).where(
            Post.parent.is_in(chunk), Post.author != user_id
        )
        replied.update(row["parent"] for row in rows)
    lively: set[int] = set()
    for chunk in _chunks(topics):
        rows = await Post.select(Post.topic).where(Post.topic.is_in(chunk), Post.author != user_id)
        lively.update(row["topic"] for row in rows)
    own_topics = {row["id"] for row in await Topic.select(Topic.id).where(Topic.author == user_id)}
    if own_topics & lively:
        firsts = await Post.select(Post.id, Post.topic).where(
            Post.topic.is_in(sorted(own_topics & lively)), Post.parent.is_null()
        )
        first_of: dict[int, int] = {}
        for row in firsts:
            first_of[row["topic"]] = min(row["id"], first_of.get(row["topic"], row["id"]))
        replied.update(pid for pid in first_of.values() if pid in own)
    kept = replied & own
    return kept, own - kept, own_topics & lively


@anonymiser("posts")
async def _posts(erasure: Erasure) -> None:
    kept, withdrawn, kept_topics = await post_fates(erasure.user_id)
    withdrawn -= erasure.keep_post_ids
    for chunk in _chunks(sorted(withdrawn)):
        await Post.erase(chunk)
    touched = sorted((kept | withdrawn) - erasure.keep_post_ids)
    for chunk in _chunks(touched):
        await PostRevision.delete().where(PostRevision.post.is_in(chunk))
    await PostRevision.delete().where(PostRevision.editor == erasure.user_id)
    # Kept posts stay as readers saw them (masked); the author's own words were never public.
    mine = Post.author == erasure.user_id
    if erasure.keep_post_ids:
        mine = mine & Post.id.not_in(sorted(erasure.keep_post_ids))
    await Post.update({Post.original: None}).where(mine)
    gone = Topic.author == erasure.user_id
    if kept_topics:
        gone = gone & Topic.id.not_in(sorted(kept_topics))
    await Topic.update({Topic.status: PostStatus.removed.value, Topic.title: DELETED_TOPIC}).where(
        gone
    )
    erasure.kept_posts, erasure.withdrawn_posts = len(kept), len(withdrawn)
    erasure.withdrawn_post_ids = withdrawn


@anonymiser("moderation")
async def _moderation(erasure: Erasure) -> None:
    """Review items of erased posts close (their findings quote the erased text); the member's
    report notes and notifications go. The append-only log names people by id only and keeps
    the content of held and removed posts for legal process, so it is left as it is."""
    closed: list[int] = []
    for chunk in _chunks(sorted(erasure.withdrawn_post_ids)):
        closed += await ReviewItem.resolve(ReviewItem.post.is_in(chunk), None, "author_deleted")
        await ReviewItem.update({ReviewItem.findings: []}).where(ReviewItem.post.is_in(chunk))
    if closed:
        await modlog.record(
            "author_deleted",
            target=erasure.user_id,
            reason="The author deleted their account; their unanswered posts were erased.",
            details={"review_items": closed},
        )
        erasure.after_commit += [(QUEUE_CHANNEL, {"type": "resolved", "id": i}) for i in closed]
    await Report.update({Report.note: ""}).where(Report.reporter == erasure.user_id)
    await Notification.delete().where(Notification.user == erasure.user_id)


@anonymiser("following")
async def _following(erasure: Erasure) -> None:
    """Watches, read positions and blocks go; so do blocks of this member by others, and
    notifications this member caused (they name them)."""
    await Watch.delete().where(Watch.user == erasure.user_id)
    await ReadPosition.delete().where(ReadPosition.user == erasure.user_id)
    await Block.delete().where(
        (Block.blocker == erasure.user_id) | (Block.blocked == erasure.user_id)
    )
    await Notification.delete().where(Notification.actor == erasure.user_id)


@anonymiser("sessions")
async def _sessions(erasure: Erasure) -> None:
    await Session.delete().where(Session.user == erasure.user_id)
    await ApiToken.delete().where(ApiToken.user == erasure.user_id)
    await SignInLink.delete().where(SignInLink.user == erasure.user_id)


@anonymiser("request_log")
async def _request_log(erasure: Erasure) -> None:
    await RequestLog.delete().where(RequestLog.user == erasure.user_id)
    if erasure.ips:  # the same addresses seen before signing in
        await RequestLog.update({RequestLog.ip: "", RequestLog.user_agent: ""}).where(
            RequestLog.user.is_null(), RequestLog.ip.is_in(sorted(erasure.ips))
        )


@anonymiser("access_log")
async def _access_log(erasure: Erasure) -> None:
    await AccessLog.update({AccessLog.subject: None, AccessLog.subject_label: DELETED_NAME}).where(
        AccessLog.subject == erasure.user_id
    )


@anonymiser("preferences")
async def _preferences(erasure: Erasure) -> None:
    await PolicyAcknowledgement.delete().where(PolicyAcknowledgement.user == erasure.user_id)
    await EmailPreference.delete().where(EmailPreference.user == erasure.user_id)
    where = OutboxMail.user == erasure.user_id
    if erasure.email:
        where = Or(where, OutboxMail.to_address == erasure.email)
    await OutboxMail.delete().where(where)


@anonymiser("users")
async def _user(erasure: Erasure) -> None:
    await User.update(
        {
            User.username: f"deleted-{erasure.user_id}",
            User.email: None,
            User.full_name: "",
            User.bio: "",
            User.password_hash: "",
            User.role: Role.member.value,
            User.can_view_personal_data: False,
            User.status: AccountStatus.deleted.value,
            User.muted_until: None,
            User.last_seen: None,
            User.terms_accepted_at: None,
        }
    ).where(User.id == erasure.user_id)


@anonymiser("images")
async def _images(erasure: Erasure) -> None:
    """The member's pictures go, rows and files (removed ones too: their hash stays blocked)."""
    rows = await Image.select(Image.sha256, Image.format).where(Image.owner == erasure.user_id)
    erasure.image_files |= {(r["sha256"], r["format"]) for r in rows}
    await Image.delete().where(Image.owner == erasure.user_id)


async def _delete_image_files(erasure: Erasure) -> None:
    """After the commit: each file no other member's row still names."""
    for sha256, fmt in erasure.image_files:
        if not await Image.exists().where(Image.sha256 == sha256, Image.format == fmt):
            files.delete(files.configured(), sha256, fmt)


async def delete_account(user_id: int, channels: ChannelsPlugin | None = None) -> Erasure:
    """Delete an account in one transaction, then close its sessions and live connections."""
    async with db.write_transaction():
        # The row is locked first: a mail being stored for this account meanwhile waits for
        # the deletion, or is stored before it and cleared by it (``User.deleted_among``).
        row = await row_lock(
            User.select(User.username, User.email).where(
                User.id == user_id, User.status != AccountStatus.deleted.value
            )
        ).first()
        if row is None:
            raise AccountGone("This account does not exist or was already deleted.")
        ips = {r["ip"] for r in await Session.select(Session.ip).where(Session.user == user_id)}
        ips |= {
            r["ip"]
            for r in await RequestLog.select(RequestLog.ip)
            .where(RequestLog.user == user_id)
            .distinct()
        }
        erasure = Erasure(user_id, row["username"], row["email"], {ip for ip in ips if ip})
        for _, function in ANONYMISERS:
            await function(erasure)
    await _delete_image_files(erasure)
    await page_cache.invalidate(page_cache.SITE)  # the name and posts may show on any page
    await presence.account_closed(channels, user_id)
    for channel, event in erasure.after_commit:
        await events.publish(channels, channel, event)
    return erasure
