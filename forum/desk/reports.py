"""Members report posts under a policy category; enough distinct reports hide a post."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from litestar.channels import ChannelsPlugin
from piccolo.query import WhereRaw

from forum import events, limits, page_cache
from forum.accounts.members import Account
from forum.desk import modlog, notices
from forum.desk.moderating import current_policy
from forum.errors import DuplicateReport, Forbidden, ForumError, Missing, RateLimited
from forum.storage import db
from forum.storage.desk_tables import Report, ReviewItem
from forum.storage.tables import Post, PostStatus

MAX_NOTE = 1000


@dataclass(frozen=True)
class Reported:
    """The outcome of a report: its id, the review item, and whether the post is now hidden."""

    report_id: int
    review_item: int
    hidden: bool


def check_report(reporter: Account | None, post: dict, category: object, note: object) -> str:
    """Validate a report; returns the cleaned note or raises with a sentence for the member."""
    if reporter is None:
        raise Forbidden("Sign in to report a post.")
    if post["author.id"] == reporter.id:
        raise ForumError("You cannot report your own post; edit or delete it instead.")
    if post["status"] == PostStatus.removed.value:
        raise ForumError("This post has already been removed.")
    names = [c.name for c in current_policy().reportable_categories]
    if not isinstance(category, str) or category not in names:
        raise ForumError("Choose what is wrong with the post: one of " + ", ".join(names) + ".")
    if not isinstance(note, str):
        raise ForumError("The note must be text.")
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise ForumError(f"Keep the note under {MAX_NOTE} characters.")
    return note


async def submit_report(
    reporter: Account | None,
    post: dict,
    category: object,
    note: object = "",
    channels: ChannelsPlugin | None = None,
) -> Reported:
    """File a report; at the policy's threshold of distinct reporters the post is hidden."""
    note = check_report(reporter, post, category, note)
    assert reporter is not None and isinstance(category, str)
    rule = limits.rules().reports
    if (wait := await limits.limiter().hit(f"report:{reporter.id}", rule)) is not None:
        raise RateLimited(f"You have sent many reports recently; {limits.wait_text(wait)}.", wait)
    threshold = current_policy().report_threshold
    hidden = False
    async with db.write_transaction():
        if await Report.exists().where(Report.post == post["id"], Report.reporter == reporter.id):
            raise DuplicateReport("You have already reported this post; moderators will look.")
        report = Report(
            post=post["id"],
            reporter=reporter.id,
            category=category,
            note=note,
            created=datetime.now(UTC),
        )
        try:
            await report.save()
        except Exception as exc:  # the unique index won a race with a concurrent duplicate
            if "unique" in str(exc).lower():
                raise DuplicateReport("You have already reported this post.") from exc
            raise
        item = await ReviewItem.open_for(post["id"], "report", category, [])
        reporters = await Report.count().where(Report.post == post["id"], WhereRaw("outcome = ''"))
        current = await Post.select(Post.status).where(Post.id == post["id"]).first()
        if reporters >= threshold and current and current["status"] == PostStatus.visible.value:
            hidden = True
            await Post.set_status(post["id"], PostStatus.pending, post["topic"])
            await modlog.record(
                "hide_after_reports",
                post=post["id"],
                target=post["author.id"],
                category=category,
                clause=current_policy().category(category).clause,
                reason=f"{reporters} members reported this post.",
            )
            await notices.add(
                post["author.id"],
                "hidden",
                "Your post was hidden until a moderator reviews it, because several members "
                "reported it.",
                f"/p/{post['id']}",
            )
    if hidden:
        await page_cache.invalidate_post(post)
    await notices.deliver(channels)
    await events.publish(channels, events.QUEUE_CHANNEL, {"type": "item", "id": item})
    return Reported(report.id, item, hidden)


async def post_for_report(post_id: int) -> dict:
    """The post a report is about (only posts a visitor could see can be reported)."""
    from forum.reading.queries import post_by_id

    found = await post_by_id(post_id)
    if found is None or found["status"] != PostStatus.visible.value:
        raise Missing(f"There is no post {post_id} to report.")
    return found
