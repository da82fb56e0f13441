"""Everything the forum holds about a member, as one JSON document they can download.

Each part is one function in ``EXPORTERS``; a module that adds a table about members adds
its part with ``exporter`` (the export and the deletion registries should name the same
tables).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from forum.images import files
from forum.images.attaching import found_in
from forum.mail import mailings
from forum.storage.desk_tables import ModerationLog, Notification, Report
from forum.storage.image_tables import Image
from forum.storage.member_tables import Block, ReadPosition, Watch
from forum.storage.privacy_tables import AccessLog, PolicyAcknowledgement, RequestLog
from forum.storage.tables import ApiToken, Post, PostRevision, Session, Topic, User

Exporter = Callable[[int], Awaitable[Any]]
EXPORTERS: list[tuple[str, Exporter]] = []
FORMAT = "forum-member-export/1"


def exporter(name: str) -> Callable[[Exporter], Exporter]:
    """Register a part of the export under ``name``."""

    def register(function: Exporter) -> Exporter:
        EXPORTERS.append((name, function))
        return function

    return register


@exporter("profile")
async def _profile(user_id: int) -> dict[str, Any]:
    return (
        await User.select(
            User.id,
            User.username,
            User.email,
            User.full_name,
            User.bio,
            User.role,
            User.status,
            User.created,
            User.last_seen,
            User.terms_accepted_at,
        )
        .where(User.id == user_id)
        .first()
    )


@exporter("topics")
async def _topics(user_id: int) -> list[dict[str, Any]]:
    return (
        await Topic.select(
            Topic.id, Topic.space.slug.as_alias("space"), Topic.title, Topic.status, Topic.created
        )
        .where(Topic.author == user_id)
        .order_by(Topic.id)
    )


async def _posts_where(user_id: int, in_topics: bool) -> list[dict[str, Any]]:
    query = Post.select(
        Post.id,
        Post.space.slug.as_alias("space"),
        Post.topic,
        Post.parent,
        Post.body,
        Post.status,
        Post.created,
        Post.edited,
        Post.original,  # the author's own words where the policy masked some
    ).where(Post.author == user_id)
    query = query.where(Post.topic.is_not_null() if in_topics else Post.topic.is_null())
    rows = await query.order_by(Post.id)
    for row in rows:
        if isinstance(row["original"], str):
            row["original"] = json.loads(row["original"])
    return rows


@exporter("posts")
async def _posts(user_id: int) -> list[dict[str, Any]]:
    return await _posts_where(user_id, in_topics=True)


@exporter("messages")
async def _messages(user_id: int) -> list[dict[str, Any]]:
    return await _posts_where(user_id, in_topics=False)


@exporter("revisions")
async def _revisions(user_id: int) -> list[dict[str, Any]]:
    return (
        await PostRevision.select(PostRevision.post, PostRevision.body, PostRevision.created)
        .where(PostRevision.editor == user_id)
        .order_by(PostRevision.id)
    )


@exporter("sessions")
async def _sessions(user_id: int) -> list[dict[str, Any]]:
    return (
        await Session.select(Session.created, Session.expires, Session.ip, Session.user_agent)
        .where(Session.user == user_id)
        .order_by(Session.id)
    )


@exporter("api_tokens")
async def _tokens(user_id: int) -> list[dict[str, Any]]:
    return await ApiToken.select(ApiToken.label, ApiToken.created, ApiToken.last_used).where(
        ApiToken.user == user_id
    )


@exporter("requests")
async def _requests(user_id: int) -> list[dict[str, Any]]:
    return (
        await RequestLog.select(
            RequestLog.created,
            RequestLog.method,
            RequestLog.path,
            RequestLog.status,
            RequestLog.ip,
            RequestLog.user_agent,
        )
        .where(RequestLog.user == user_id)
        .order_by(RequestLog.id)
    )


@exporter("consents")
async def _consents(user_id: int) -> dict[str, Any]:
    acknowledged = await PolicyAcknowledgement.select(
        PolicyAcknowledgement.document.kind.as_alias("policy"),
        PolicyAcknowledgement.document.version.as_alias("version"),
        PolicyAcknowledgement.created.as_alias("acknowledged_at"),
    ).where(PolicyAcknowledgement.user == user_id)
    terms = await User.select(User.terms_accepted_at).where(User.id == user_id).first()
    return {
        "terms_accepted_at": terms["terms_accepted_at"] if terms else None,
        "policy_acknowledgements": acknowledged,
    }


@exporter("email_preferences")
async def _email_preferences(user_id: int) -> dict[str, bool]:
    return await mailings.preferences(user_id)


@exporter("personal_data_views")
async def _views(user_id: int) -> list[dict[str, Any]]:
    """When staff looked at this member's personal data, and why (not who: staff privacy)."""
    return await AccessLog.select(AccessLog.created, AccessLog.what, AccessLog.reason).where(
        AccessLog.subject == user_id
    )


@exporter("reports")
async def _reports(user_id: int) -> list[dict[str, Any]]:
    """Reports the member made, and what came of them."""
    return (
        await Report.select(
            Report.post, Report.category, Report.note, Report.created, Report.outcome
        )
        .where(Report.reporter == user_id)
        .order_by(Report.id)
    )


@exporter("notifications")
async def _notifications(user_id: int) -> list[dict[str, Any]]:
    return (
        await Notification.select(
            Notification.kind,
            Notification.message,
            Notification.link,
            Notification.created,
            Notification.read_at,
        )
        .where(Notification.user == user_id)
        .order_by(Notification.id)
    )


@exporter("watches")
async def _watches(user_id: int) -> list[dict[str, Any]]:
    """Topics and spaces the member watches or muted."""
    return (
        await Watch.select(
            Watch.topic, Watch.topic.title, Watch.space.slug, Watch.level, Watch.created
        )
        .where(Watch.user == user_id)
        .order_by(Watch.id)
    )


@exporter("read_positions")
async def _read_positions(user_id: int) -> list[dict[str, Any]]:
    """How far the member read each topic, and when."""
    return (
        await ReadPosition.select(
            ReadPosition.topic, ReadPosition.last_read_post, ReadPosition.read_at
        )
        .where(ReadPosition.user == user_id)
        .order_by(ReadPosition.id)
    )


@exporter("blocked_members")
async def _blocks(user_id: int) -> list[dict[str, Any]]:
    """The members this member blocks."""
    return (
        await Block.select(Block.blocked.username, Block.created)
        .where(Block.blocker == user_id)
        .order_by(Block.id)
    )


@exporter("moderation_of_your_content")
async def _moderation(user_id: int) -> list[dict[str, Any]]:
    """What moderation did about the member's content (not which moderator: staff privacy)."""
    return (
        await ModerationLog.select(
            ModerationLog.created,
            ModerationLog.action,
            ModerationLog.post,
            ModerationLog.category,
            ModerationLog.clause,
            ModerationLog.reason,
            ModerationLog.content,
        )
        .where(ModerationLog.target == user_id)
        .order_by(ModerationLog.id)
    )


@exporter("images")
async def _images(user_id: int) -> list[dict[str, Any]]:
    """The member's pictures as re-encoded (base64), where they are attached, what was removed."""
    rows = await Image.select().where(Image.owner == user_id).order_by(Image.id)
    return [
        {
            "id": r["id"], "format": r["format"], "width": r["width"], "height": r["height"],
            "alt": r["alt"], "status": r["status"], "attached_to": r["target_kind"],
            "target_id": r["target_id"], "created": r["created"],
            "removed_from_upload": found_in(r), "sha256": r["sha256"],
            "data_base64": files.encoded(r["sha256"], r["format"]),
        }
        for r in rows
    ]  # fmt: skip


async def export_account(user_id: int) -> dict[str, Any]:
    """The member's data as a JSON-ready dict (datetimes are encoded by the response)."""
    data: dict[str, Any] = {"format": FORMAT, "exported_at": datetime.now(UTC)}
    for name, function in EXPORTERS:
        data[name] = await function(user_id)
    return data
