"""The admins' API: roles and the personal-data permission."""

from __future__ import annotations

import msgspec
from litestar import Request, post
from litestar.channels import ChannelsPlugin
from litestar.di import NamedDependency
from litestar.params import JSONBody

from forum.desk import roles
from forum.storage.tables import Role
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
