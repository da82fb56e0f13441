"""Piccolo tables of images: every uploaded picture (re-encoded, content-addressed on disk) and
the perceptual hashes of removed pictures that block their re-upload (``forum.images``)."""

from __future__ import annotations

from enum import StrEnum

from piccolo.columns import JSON, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.columns.defaults.timestamptz import TimestamptzNow
from piccolo.table import Table

from forum.storage.tables import User


class ImageStatus(StrEnum):
    """Staged: uploaded, not yet on a post (its owner alone sees it). Attached: seen as its
    post is. Removed: by a moderator, kept for the log but served to staff only."""

    staged = "staged"
    attached = "attached"
    removed = "removed"


class Image(Table, tablename="images"):
    """One uploaded picture on one target (a post today; a private message later).

    The file is named by ``sha256`` of the re-encoded bytes, so two rows may share a file;
    ``found`` lists the metadata removed from the upload (location, camera serial ...).
    """

    sha256 = Varchar(length=64, index=True)
    owner = ForeignKey(User, index=True)
    format = Varchar(length=8)
    size = Integer()
    width = Integer()
    height = Integer()
    phash = Varchar(length=16)
    status = Varchar(length=16, choices=ImageStatus, default=ImageStatus.staged)
    target_kind = Varchar(length=16, null=True, default=None)
    target_id = Integer(null=True, default=None)
    alt = Varchar(length=300, default="")
    found = JSON(null=True, default=None)
    created = Timestamptz(default=TimestamptzNow())


class BlockedImageHash(Table, tablename="blocked_image_hashes"):
    """The perceptual hash of a removed image: uploads within the distance in the settings
    (``image_hash_distance``) are refused."""

    phash = Varchar(length=16, index=True)
    image = ForeignKey(Image, null=True, default=None)
    reason = Text(default="")
    created = Timestamptz(default=TimestamptzNow())


IMAGE_TABLES: list[type[Table]] = [Image, BlockedImageHash]
