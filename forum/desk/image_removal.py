"""Moderators removing one picture of a post: hidden from everyone but staff, kept for the
record, its perceptual hash blocked so the same (or a slightly altered) picture cannot come
back, the author told why — logged like any removal."""

from __future__ import annotations

from litestar.channels import ChannelsPlugin

from forum import page_cache
from forum.accounts.members import Account
from forum.desk import modlog, notices
from forum.desk.actions import check_removal, load_post
from forum.desk.moderating import current_policy
from forum.errors import Missing
from forum.storage import db
from forum.storage.image_tables import BlockedImageHash, Image, ImageStatus


def _image_id(raw: object) -> int:
    try:
        return int(str(raw))
    except ValueError:
        raise Missing("Choose the picture to remove.") from None


async def remove_image(
    moderator: Account,
    post_id: int,
    image_id: object,
    category: object,
    reason: object,
    channels: ChannelsPlugin | None = None,
) -> None:
    """Remove one picture of a post with a clause and a reason; block its hash."""
    category, reason = check_removal(category, reason)
    post = await load_post(post_id)
    image = (
        await Image.select()
        .where(
            Image.id == _image_id(image_id),
            Image.target_kind == "post",
            Image.target_id == post_id,
        )
        .first()
    )
    if image is None:
        raise Missing("That picture is not one of this post's.")
    if image["status"] == ImageStatus.removed.value:
        return
    clause = current_policy().category(category).clause
    async with db.write_transaction():
        await Image.update({Image.status: ImageStatus.removed.value}).where(Image.id == image["id"])
        await BlockedImageHash(phash=image["phash"], image=image["id"], reason=reason).save()
        await modlog.record(
            "remove_image", actor=moderator.id, post=post_id, target=image["owner"],
            category=category, clause=clause, reason=reason,
            content=f"image {image['sha256']}.{image['format']} ({image['alt']})",
            details={"image": image["id"], "phash": image["phash"]},
        )  # fmt: skip
        await notices.add(
            image["owner"],
            "removed",
            f"A moderator removed a picture from your post. Policy: {clause} Reason: {reason}",
            f"/p/{post_id}",
        )
    await page_cache.invalidate_post(post)
    await notices.deliver(channels)
