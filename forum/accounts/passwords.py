"""Password hashing with argon2id and the rules a new password must meet."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from litestar.concurrency import sync_to_thread

MIN_LENGTH = 10
MAX_LENGTH = 200
# A few of the most common passwords; length and the username check catch most of the rest.
_COMMON = frozenset(
    [
        "password",
        "password1",
        "password123",
        "1234567890",
        "12345678910",
        "qwertyuiop",
        "qwerty1234",
        "iloveyou123",
        "letmein123",
        "welcome123",
        "abc1234567",
        "changeme123",
        "administrator",
        "0123456789",
        "1111111111",
        "aaaaaaaaaa",
        "passw0rd123",
        "football123",
        "monkey1234",
    ]
)


@cache
def _hasher(profile: str) -> PasswordHasher:
    # "fast" exists for the test suite only: same algorithm, far less memory and time.
    if profile == "fast":
        return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    return PasswordHasher()


def password_problem(password: str, username: str = "") -> str | None:
    """Say in a sentence why ``password`` is too weak, or None when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return f"Choose a password of at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"Choose a password of at most {MAX_LENGTH} characters."
    if password.lower() in _COMMON or len(set(password)) < 4:
        return "That password is too easy to guess; choose another."
    if username and username.lower() in password.lower():
        return "Your password must not contain your username."
    return None


async def hash_password(password: str, profile: str = "default") -> str:
    """Hash a password with argon2id off the event loop."""
    return await sync_to_thread(_hasher(profile).hash, password)


async def verify_password(stored_hash: str, password: str, profile: str = "default") -> bool:
    """Check a password against its stored hash (constant work whether or not it matches)."""
    if not stored_hash:
        # Spend the same effort so unknown users cannot be told apart by timing.
        await hash_password(password, profile)
        return False
    try:
        return await sync_to_thread(_hasher(profile).verify, stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False
