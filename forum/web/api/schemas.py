"""Explicit input and output shapes of the JSON API (msgspec Structs)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec
from litestar.openapi import ResponseSpec


class SignupIn(msgspec.Struct):
    """A new account; ``accept_terms`` must be true."""

    username: str
    email: str
    password: str
    accept_terms: bool = False


class LoginIn(msgspec.Struct):
    """Credentials exchanged for a bearer token."""

    username: str
    password: str


class TokenOut(msgspec.Struct):
    """A bearer token for the ``Authorization: Bearer`` header."""

    token: str
    username: str


class SignupOut(msgspec.Struct):
    """A sign-up taken: the account opens from the link mailed to the address (the same
    answer whether or not the address already had an account)."""

    status: str
    detail: str


ImageIds = Annotated[
    list[Annotated[int, msgspec.Meta(ge=1, le=2**31 - 1)]], msgspec.Meta(max_length=50)
]
"""Ids of staged images (``POST /api/images``) that a post attaches."""


class TopicIn(msgspec.Struct):
    """A new topic in a forum or news group; ``images``: ids from ``POST /api/images``."""

    title: str
    body: str
    confirm_disclosure: bool = False
    images: ImageIds = []
    confirm_image_metadata: bool = False


class ReplyIn(msgspec.Struct):
    """A reply in a topic, optionally to one of its posts."""

    body: str
    parent_id: Annotated[int, msgspec.Meta(ge=1, le=2**31 - 1)] | None = None
    confirm_disclosure: bool = False
    images: ImageIds = []
    confirm_image_metadata: bool = False


class MessageIn(msgspec.Struct):
    """A message on a board."""

    body: str
    confirm_disclosure: bool = False
    images: ImageIds = []
    confirm_image_metadata: bool = False


class MaskedOut(msgspec.Struct):
    """A word the policy masked: where, what it is, and the clause (title and sentence)."""

    field: str
    text: str
    label: str
    category: str
    title: str
    clause: str


def masked_out(entries: list[dict]) -> list[MaskedOut]:
    """Shape what was masked for the API."""
    return [
        MaskedOut(**{k: str(e.get(k, "")) for k in MaskedOut.__struct_fields__}) for e in entries
    ]


class CreatedOut(msgspec.Struct):
    """What was stored: its id, its topic, whether it is visible or pending review, and how
    many more posts the posting limit allows in its current window."""

    id: int
    status: str
    topic_id: int | None = None
    posts_left: int | None = None
    masked: list[MaskedOut] = []


class SpaceOut(msgspec.Struct):
    """A public space."""

    slug: str
    title: str
    description: str
    kind: str


class TopicOut(msgspec.Struct):
    """A topic in a list."""

    id: int
    title: str
    author: str
    created: datetime
    last_post_at: datetime
    post_count: int
    locked: bool
    status: str


class PictureOut(msgspec.Struct):
    """A picture under a post: the full picture, its thumbnail, its size and alt text."""

    url: str
    thumbnail: str
    width: int
    height: int
    alt: str


class PostOut(msgspec.Struct):
    """A post or message as the viewer may see it."""

    id: int
    author: str
    body: str
    html: str
    created: datetime
    edited: datetime | None
    status: str
    topic_id: int | None = None
    parent_id: int | None = None
    depth: int = 0
    # The author's own text when the policy masked words of it: filled for the author and
    # moderators reading one post, never in lists.
    original: str | None = None
    masked: list[MaskedOut] = []
    images: list[PictureOut] = []


class SpaceDetailOut(msgspec.Struct):
    """A space with its first page of topics (forums, news groups) or messages."""

    space: SpaceOut
    topics: list[TopicOut] = []
    messages: list[PostOut] = []
    next_cursor: str | None = None


class TopicDetailOut(msgspec.Struct):
    """A topic with one page of its visible posts in thread order."""

    id: int
    space: str
    title: str
    author: str
    locked: bool
    status: str
    posts: list[PostOut]
    page: int
    pages: int


def pictures_out(pictures: list[dict] | None) -> list[PictureOut]:
    """Pictures (from ``images.attaching.for_targets``) as the API shows them."""
    fields = ("url", "thumbnail", "width", "height", "alt")
    return [PictureOut(**{k: p[k] for k in fields}) for p in pictures or []]


def post_out(row: dict, pictures: list[dict] | None = None) -> PostOut:
    """Shape a post row (and its pictures, from ``images.attaching.for_targets``) for the API."""
    return PostOut(
        images=pictures_out(pictures),
        id=row["id"],
        author=row["author_name"],
        body=row["body"],
        html=row["html"],
        created=row["created"],
        edited=row["edited"],
        status=row["status"],
        topic_id=row["topic"],
        parent_id=row["parent"],
        depth=row.get("depth", 0),
    )


def topic_out(row: dict) -> TopicOut:
    """Shape a topic row for the API."""
    return TopicOut(
        id=row["id"],
        title=row["title"],
        author=row["author_name"],
        created=row["created"],
        last_post_at=row["last_post_at"],
        post_count=row["post_count"],
        locked=bool(row["locked"]),
        status=row["status"],
    )


def space_out(row: dict) -> SpaceOut:
    """Shape a space row for the API."""
    return SpaceOut(
        slug=row["slug"], title=row["title"], description=row["description"], kind=row["kind"]
    )


class PasswordIn(msgspec.Struct):
    """The member's current password, to confirm a grave step."""

    password: str


class MeOut(msgspec.Struct):
    """The signed-in member's own account, personal fields included (it is their data)."""

    username: str
    email: str | None
    full_name: str
    bio: str
    role: str
    created: datetime
    email_choices: dict[str, bool]


class ErrorOut(msgspec.Struct):
    """Every API error: a sentence for a person, the status again, and per error more fields
    (``code``, ``findings``, ``reasons``, ``retry_after``, ``extra``) named in the README."""

    detail: str
    status_code: int


def _error(description: str) -> ResponseSpec:
    return ResponseSpec(data_container=ErrorOut, description=description)


API_ERRORS: dict[int, ResponseSpec] = {
    400: _error("The request could not be accepted as it is (the detail says why)."),
    401: _error("Sign in first: a bearer token or a session."),
    403: _error("Not allowed for your account, or a cross-site request."),
    404: _error("No such thing here."),
    413: _error("The request body is too large."),
    422: _error("The content policy warns (disclosure_warning) or refuses (blocked)."),
    429: _error("Too many requests; Retry-After says when to try again."),
}
"""Errors any API operation may answer, documented on every operation."""

ALREADY_REPORTED = {409: _error("You have already reported this post.")}
