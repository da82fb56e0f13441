"""Checking a username and password, with failed attempts limited in every process.

What a sign-in does to the browser (a fresh session, its cookie) is the web's part:
``forum.web.signing_in``. NNTP's AUTHINFO checks credentials here too.
"""

from __future__ import annotations

from dataclasses import dataclass

from piccolo.query import WhereRaw

from forum import limits
from forum.accounts.members import Account
from forum.accounts.passwords import verify_password
from forum.storage.tables import AccountStatus, User

LOGIN_FAILED = "That username and password do not match an account."


class LoginThrottled(Exception):
    """Too many failed sign-ins from this address or for this username."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"Too many failed sign-in attempts; {limits.wait_text(retry_after)}.")
        self.retry_after = retry_after


@dataclass(frozen=True)
class KnownDevice:
    """A browser that signed in to ``user_id`` before (its signed cookie names ``device``)."""

    user_id: int
    device: str


async def check_credentials(
    username: str, password: str, profile: str, ip: str = "", device: KnownDevice | None = None
) -> Account | None:
    """The account for a username and password, or None (same work and answer either way).

    Failed attempts are counted per client address and per username, known or not, in
    every process; past the limit even the right password is refused until the window ends.
    A browser that signed in to this very account before (``device``) is counted on its
    own instead, so someone guessing elsewhere cannot lock the member out of it.
    """
    rules = limits.rules()
    row = (
        await User.select()
        .where(WhereRaw("lower(username) = {}", username.strip().lower()))
        .first()
    )
    if device is not None and row is not None and device.user_id == row["id"]:
        keys = [(f"login-device:{device.device[:64]}", rules.login)]
    else:
        keys = [
            (f"login-ip:{ip}", rules.login_ip),
            (f"login-user:{username.strip().lower()[:64]}", rules.login),
        ]
    for key, rule in keys:
        if (wait := await limits.limiter().peek(key, rule)) is not None:
            raise LoginThrottled(wait)
    account = await _verify(row, password, profile)
    if account is None:
        for key, rule in keys:
            await limits.limiter().hit(key, rule)
    return account


async def _verify(row: dict | None, password: str, profile: str) -> Account | None:
    stored = row["password_hash"] if row else ""
    if not await verify_password(stored, password, profile) or row is None:
        return None
    if row["status"] != AccountStatus.active.value:
        return None
    return Account.from_row(row)
