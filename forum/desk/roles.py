"""Changing a member's role or personal-data permission: admins only, logged, sessions ended.

A role change is a change of access, so it is treated like a suspension for everything the
member has open: every browser session ends (they sign in again and get a fresh session id)
and their live connections are closed in every process (``presence.account_closed``).
"""

from __future__ import annotations

from dataclasses import dataclass

from litestar.channels import ChannelsPlugin

from forum.accounts import presence
from forum.accounts.members import Account
from forum.accounts.sessions import end_all_sessions
from forum.desk import modlog
from forum.errors import ForumError, Missing
from forum.storage import db
from forum.storage.tables import AccountStatus, Role, User


@dataclass(frozen=True)
class RoleChange:
    """What a member's access was and is now (``changed`` is False when nothing moved)."""

    user_id: int
    username: str
    role: str
    personal_data: bool
    changed: bool


def check_role(role: object) -> Role:
    """A role by name: member, moderator or admin."""
    try:
        return Role(str(role).strip().lower())
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise ForumError(f"Choose a role: one of {names}.") from None


async def target_by_name(username: str) -> int:
    """The id of a member who can be given a role (not deleted), by username."""
    row = await User.select(User.id, User.status).where(User.username == username.strip()).first()
    if row is None or row["status"] == AccountStatus.deleted.value:
        raise Missing("There is no such member.")
    return row["id"]


async def set_role(
    actor: Account | None,
    user_id: int,
    role: object,
    personal_data: bool | None = None,
    reason: str = "",
    channels: ChannelsPlugin | None = None,
) -> RoleChange:
    """Give a member a role (and grant or take personal-data access); ``actor`` None = CLI.

    Logged in the moderation log; then the member's sessions end and connections close.
    """
    new_role = check_role(role)
    if actor is not None and not actor.is_admin:
        raise ForumError("Only admins can change roles.")
    if actor is not None and actor.id == user_id:
        raise ForumError("You cannot change your own role; ask another admin.")
    async with db.write_transaction():
        row = (
            await User.select(User.id, User.username, User.role, User.can_view_personal_data)
            .where(User.id == user_id, User.status != AccountStatus.deleted.value)
            .first()
        )
        if row is None:
            raise Missing("There is no such member.")
        grant = bool(row["can_view_personal_data"]) if personal_data is None else personal_data
        changed = row["role"] != new_role.value or bool(row["can_view_personal_data"]) != grant
        if changed:
            values = {User.role: new_role.value, User.can_view_personal_data: grant}
            await User.update(values).where(User.id == user_id)
            await modlog.record(
                "role",
                actor=actor.id if actor else None,
                target=user_id,
                reason=(reason or "").strip()[:2000],
                details={
                    "from": {"role": row["role"], "personal_data": row["can_view_personal_data"]},
                    "to": {"role": new_role.value, "personal_data": grant},
                    "by": "admin" if actor else "command line",
                },
            )
    if changed:
        await end_all_sessions(user_id)
        await presence.account_closed(channels, user_id)
    return RoleChange(user_id, row["username"], new_role.value, grant, changed)
