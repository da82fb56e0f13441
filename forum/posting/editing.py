"""Changing a post after the fact: its author edits it (moderated again) or withdraws it.

Both go out through the same after-commit publish as a new post
(``publishing.publish_change``): pages go stale, live readers and the queue hear of it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from litestar.channels import ChannelsPlugin

from forum.accounts.members import Account
from forum.errors import Forbidden
from forum.posting.checks import check_body, check_can_post
from forum.posting.drafts import kept_original, moderate_draft
from forum.posting.publishing import Submitted, publish_change
from forum.posting.storing import hold_if_pending, linked_html
from forum.storage import db
from forum.storage.tables import Post, PostRevision, PostStatus


async def edit_post(
    editor: Account | None,
    post: dict,
    body: object,
    *,
    max_chars: int,
    confirm_disclosure: bool = False,
    channels: ChannelsPlugin | None = None,
) -> Submitted:
    """Change one's own post; the earlier text is kept as a revision."""
    editor = check_can_post(editor)
    if post["author.id"] != editor.id:
        raise Forbidden("You can edit only your own posts.")
    if post["status"] == PostStatus.removed.value:
        raise Forbidden("This post was removed and can no longer be edited.")
    body = check_body(body, max_chars)
    space = {"id": post["space"], "slug": post["space.slug"], "kind": post["space.kind"]}
    decision = await moderate_draft(body, editor, space, confirm_disclosure)
    held_by_policy = decision.status == PostStatus.pending
    if post["status"] == PostStatus.pending.value and not held_by_policy:
        decision = replace(decision, status=PostStatus.pending)  # still in review
    now = datetime.now(UTC)
    html = await linked_html(decision.body)
    async with db.write_transaction():
        await PostRevision.insert(
            PostRevision(post=post["id"], body=post["body"], editor=editor.id, created=now)
        )
        await Post.update(
            {
                Post.body: decision.body,
                Post.html: html,
                Post.original: kept_original(decision, body),
                Post.edited: now,
            }
        ).where(Post.id == post["id"])
        await Post.set_status(post["id"], decision.status)
        item = await hold_if_pending(post["id"], editor, decision, body) if held_by_policy else None
    # Live rooms read a visible post afresh; a held one reaches the moderators' queue.
    event = {"type": "post", "id": post["id"]} if decision.status == PostStatus.visible else None
    await publish_change(channels, post["space.slug"], post["topic"], event, item)
    return Submitted(post["id"], post["topic"], decision.status.value, decision, item)


async def delete_own_post(
    author: Account | None, post: dict, channels: ChannelsPlugin | None = None
) -> None:
    """An author withdraws a post: hidden from everyone, kept for the record."""
    if author is None:
        raise Forbidden("Sign in first.")
    if post["author.id"] != author.id:
        raise Forbidden("You can delete only your own posts.")
    async with db.write_transaction():
        await Post.set_status(post["id"], PostStatus.removed)
    removed = {"type": "removed", "id": post["id"]}
    await publish_change(channels, post["space.slug"], post["topic"], removed)
