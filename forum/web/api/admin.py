"""The admins' API: roles, the personal-data permission, who may post in a space."""

from __future__ import annotations

import msgspec
from litestar import Request, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.params import FromPath, JSONBody

from forum.desk import roles
from forum.desk.space_settings import set_posters
from forum.storage.tables import Posters, Role
from forum.web.guards import admin
from forum.web.request import Id, viewer


class RoleIn(msgspec.Struct):
    """The role to give; ``personal_data`` grants (true) or takes (false) that permission."""

    role: Role
    personal_data: bool | None = None
    reason: str = ""


class RoleOut(msgspec.Struct):
    """The member's access after the change; ``changed`` is false when it was already so."""

    id: int
    username: str
    role: Role
    personal_data: bool
    changed: bool


@post("/api/admin/users/{user_id:int}/role", guards=[admin], status_code=200, tags=["admin"])
async def set_role(
    request: Request, user_id: Id, data: JSONBody[RoleIn], channels: NamedDependency[ChannelsPlugin]
) -> RoleOut:
    """Change a member's role; their sessions end and live connections close at once."""
    done = await roles.set_role(
        viewer(request), user_id, data.role, data.personal_data, data.reason, channels
    )
    return RoleOut(done.user_id, done.username, Role(done.role), done.personal_data, done.changed)


class PostersIn(msgspec.Struct):
    """Who may start topics (and post board and chat messages) and who may reply."""

    who_starts: Posters | None = None
    who_replies: Posters | None = None
    reason: str = ""


class PostersOut(msgspec.Struct):
    """The space's settings after the change; ``changed`` is false when they were already so."""

    slug: str
    who_starts: Posters
    who_replies: Posters
    changed: bool


@post("/api/admin/spaces/{slug:str}/posting", guards=[admin], status_code=200, tags=["admin"])
async def set_space_posting(
    request: Request, slug: FromPath[str], data: JSONBody[PostersIn]
) -> PostersOut:
    """Let members, or staff only, start topics and reply in a space (logged)."""
    me = viewer(request)
    done = await set_posters(
        slug, data.who_starts, data.who_replies, me.id if me else None, data.reason
    )
    return PostersOut(done.slug, Posters(done.who_starts), Posters(done.who_replies), done.changed)
