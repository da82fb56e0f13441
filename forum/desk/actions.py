"""What moderators do to posts: approve, remove, restore, redact. Idempotent; each change is logged.

Every function changes data in one transaction, appends to the moderation log, notifies the
author (and reporters), and publishes only after the commit.
"""

from __future__ import annotations

from datetime import UTC, datetime

from litestar.channels import ChannelsPlugin

from forum import events, page_cache
from forum.accounts.members import Account
from forum.desk import modlog, notices
from forum.desk.moderating import current_policy
from forum.errors import ForumError, Missing
from forum.notifying import fanout
from forum.reading.queries import post_by_id
from forum.rendering import render_markdown
from forum.storage import db
from forum.storage.desk_tables import Report, ReviewItem, ReviewStatus
from forum.storage.tables import Post, PostRevision, PostStatus, Space, SpaceKind
from moderation import Context, moderate, redact
from moderation.verdict import OFFENSIVE_CONTENT, PERSONAL_INFORMATION


async def load_post(post_id: int) -> dict:
    """A post whatever its status, or Missing."""
    found = await post_by_id(post_id)
    if found is None:
        raise Missing(f"There is no post {post_id}.")
    return found


def check_removal(category: object, reason: object) -> tuple[str, str]:
    """A removal needs a policy clause (category) and a reason in words."""
    names = [c.name for c in current_policy().categories]
    if not isinstance(category, str) or category not in names:
        raise ForumError("Choose the policy clause the post breaks: " + ", ".join(names) + ".")
    if not isinstance(reason, str) or not reason.strip():
        raise ForumError("Write the reason for the removal; the author will read it.")
    if len(reason) > 2000:
        raise ForumError("Keep the reason under 2,000 characters.")
    return category, reason.strip()


async def _tell_reporters(post_id: int, outcome: str, message: str) -> None:
    """Reporters learn what came of their report (none of the big forums does this)."""
    open_reports = await Report.select(Report.id, Report.reporter).where(
        Report.post == post_id, Report.outcome == ""
    )
    if not open_reports:
        return
    await Report.update({Report.outcome: outcome}).where(
        Report.post == post_id, Report.outcome == ""
    )
    for reporter in {r["reporter"] for r in open_reports}:
        await notices.add(reporter, f"report_{outcome}", message, f"/p/{post_id}")


async def _after(channels: ChannelsPlugin | None, post: dict, items: list[int], event: str) -> None:
    await page_cache.invalidate_post(post)
    await notices.deliver(channels)
    for item in items:
        await events.publish(channels, events.QUEUE_CHANNEL, {"type": "resolved", "id": item})
    await events.publish(
        channels, events.space_channel(post["space.slug"]), {"type": event, "id": post["id"]}
    )


def offensive_title(category: str) -> str | None:
    """The clause's title when the policy files ``category`` under offensive content."""
    try:
        found = current_policy().category(category)
    except KeyError:
        return None
    return found.title if found.group == OFFENSIVE_CONTENT else None


def has_personal_data(findings: list[dict]) -> bool:
    """Whether any finding belongs to a personal-information clause (what redacting masks)."""
    names = {c.name for c in current_policy().categories if c.group == PERSONAL_INFORMATION}
    return any(f.get("category") in names for f in findings)


async def held_for_offensive(post_id: int) -> str | None:
    """The title of the offensive-content clause an open review item of the post names (held
    by the policy or reported for it), or None: approving such a post must be confirmed."""
    rows = await ReviewItem.select(ReviewItem.category).where(
        ReviewItem.post == post_id, ReviewItem.status == ReviewStatus.open.value
    )
    titles = [offensive_title(row["category"]) for row in rows]
    return next((t for t in titles if t), None)


def check_approval(held_for: str | None, confirmed: bool, reason: object) -> str:
    """An approval's reason for the log (optional, at most 2,000 characters); a post held for
    offensive content is approved only when the moderator confirms they read it."""
    if reason is not None and not isinstance(reason, str):
        raise ForumError("The reason must be text.")
    reason = (reason or "").strip()
    if len(reason) > 2000:
        raise ForumError("Keep the reason under 2,000 characters.")
    if held_for is not None and not confirmed:
        raise ForumError(
            f"This post was held as {held_for.lower()}: approving publishes it to everyone. "
            "Confirm that you have read it and it is within the policy, then approve it again."
        )
    return reason


async def approve(
    moderator: Account,
    post_id: int,
    channels: ChannelsPlugin | None = None,
    *,
    confirmed: bool = False,
    reason: object = "",
) -> dict:
    """Publish a held or hidden post; reports against it are answered "no action". A post held
    for offensive content needs ``confirmed``; the optional reason goes to the log."""
    post = await load_post(post_id)
    if post["status"] == PostStatus.removed.value:
        raise ForumError("This post was removed; restore it instead of approving it.")
    held_for = await held_for_offensive(post_id)
    reason = check_approval(held_for, confirmed, reason)
    async with db.write_transaction():
        was_pending = post["status"] == PostStatus.pending.value
        if was_pending and post["space.kind"] == SpaceKind.newsgroup.value:
            # Never served while held: a fresh number makes newsreaders see it as new.
            number = await Space.take_article_number(post["space"])
            await Post.update({Post.article_number: number}).where(Post.id == post_id)
        await Post.set_status(post_id, PostStatus.visible, post["topic"])
        items = await ReviewItem.resolve(ReviewItem.post == post_id, moderator.id, "approved")
        await _tell_reporters(
            post_id,
            "dismissed",
            f"A moderator reviewed the post you reported (#{post_id}) and found it within the "
            "policy; it stays up.",
        )
        if was_pending or items:
            await modlog.record(
                "approve", actor=moderator.id, post=post_id, target=post["author.id"],
                reason=reason, details={"confirmed_over": held_for} if held_for else None,
            )  # fmt: skip
        if was_pending:
            await notices.add(
                post["author.id"], "approved", "A moderator approved your post; it is now public.",
                f"/p/{post_id}",
            )  # fmt: skip
    await _after(channels, post, items, "post")
    if was_pending:  # a held post's mentions, reply and watchers are told once it is public
        await fanout.post_published(post_id, channels)
    return await load_post(post_id)


async def remove(
    moderator: Account,
    post_id: int,
    category: object,
    reason: object,
    channels: ChannelsPlugin | None = None,
) -> dict:
    """Hide a post from everyone (kept, with the reason, for the record); tell the author why."""
    category, reason = check_removal(category, reason)
    post = await load_post(post_id)
    clause = current_policy().category(category).clause
    async with db.write_transaction():
        items = await ReviewItem.resolve(ReviewItem.post == post_id, moderator.id, "removed")
        if post["status"] != PostStatus.removed.value:
            await Post.set_status(post_id, PostStatus.removed, post["topic"])
            await modlog.record(
                "remove", actor=moderator.id, post=post_id, target=post["author.id"],
                category=category, clause=clause, reason=reason, content=post["body"],
            )  # fmt: skip
            await notices.add(
                post["author.id"],
                "removed",
                f"A moderator removed your post. Policy: {clause} Reason: {reason}",
                f"/p/{post_id}",
            )
        await _tell_reporters(
            post_id,
            "upheld",
            f"Thank you: the post you reported (#{post_id}) was removed ({category}).",
        )
    await _after(channels, post, items, "removed")
    return await load_post(post_id)


async def restore(moderator: Account, post_id: int, channels: ChannelsPlugin | None = None) -> dict:
    """Undo a removal: the post is public again, and the log says who restored it."""
    post = await load_post(post_id)
    if post["status"] == PostStatus.removed.value:
        async with db.write_transaction():
            await Post.set_status(post_id, PostStatus.visible, post["topic"])
            await modlog.record(
                "restore", actor=moderator.id, post=post_id, target=post["author.id"]
            )
            await notices.add(
                post["author.id"], "restored", "A moderator restored your post.", f"/p/{post_id}"
            )
        await _after(channels, post, [], "post")
    return await load_post(post_id)


async def redact_and_approve(
    moderator: Account,
    post_id: int,
    channels: ChannelsPlugin | None = None,
    *,
    confirmed: bool = False,
) -> dict:
    """Mask the personal information in a post, keep the original as a revision, publish it
    (a post also held for offensive content only when ``confirmed``, as for approving)."""
    post = await load_post(post_id)
    check_approval(await held_for_offensive(post_id), confirmed, "")
    verdict = moderate(post["body"], Context(surface=post["space.kind"]), current_policy())
    if not verdict.pii:
        raise ForumError("There is no personal information in this post to redact.")
    redacted = redact(post["body"], verdict.pii)
    now = datetime.now(UTC)
    async with db.write_transaction():
        await PostRevision.insert(
            PostRevision(post=post_id, body=post["body"], editor=moderator.id, created=now)
        )
        await Post.update(
            {Post.body: redacted, Post.html: render_markdown(redacted), Post.edited: now}
        ).where(Post.id == post_id)
        await Post.set_status(post_id, PostStatus.visible, post["topic"])
        items = await ReviewItem.resolve(ReviewItem.post == post_id, moderator.id, "redacted")
        await _tell_reporters(
            post_id, "upheld", f"Thank you: personal information in post #{post_id} was removed."
        )
        await modlog.record(
            "redact", actor=moderator.id, post=post_id, target=post["author.id"],
            category=verdict.pii[0].category, reason="Personal information masked.",
            details={"types": sorted({f.type for f in verdict.pii})},
        )  # fmt: skip
        await notices.add(
            post["author.id"], "redacted",
            "A moderator masked personal information in your post and published it.",
            f"/p/{post_id}",
        )  # fmt: skip
    await _after(channels, post, items, "post")
    if post["status"] == PostStatus.pending.value:
        await fanout.post_published(post_id, channels)
    return await load_post(post_id)


async def dismiss_reports(
    moderator: Account, post_id: int, channels: ChannelsPlugin | None = None
) -> dict:
    """Reports were unfounded: a post hidden by reports comes back; reporters are told."""
    post = await load_post(post_id)
    async with db.write_transaction():
        held_by_policy = await ReviewItem.exists().where(
            ReviewItem.post == post_id,
            ReviewItem.status == ReviewStatus.open.value,
            ReviewItem.origin == "auto",
        )
        if held_by_policy:
            raise ForumError("The policy held this post: approve or remove it instead.")
        if post["status"] == PostStatus.pending.value:
            await Post.set_status(post_id, PostStatus.visible, post["topic"])
        items = await ReviewItem.resolve(ReviewItem.post == post_id, moderator.id, "dismissed")
        await _tell_reporters(
            post_id,
            "dismissed",
            f"A moderator reviewed the post you reported (#{post_id}) and took no action.",
        )
        if items:
            await modlog.record(
                "dismiss", actor=moderator.id, post=post_id, target=post["author.id"]
            )
    await _after(channels, post, items, "post")
    return await load_post(post_id)
