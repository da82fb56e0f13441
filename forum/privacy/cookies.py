"""Every cookie the forum sets, with its purpose and lifetime (the cookie page is built
from this list, and a test fails if the site sets a cookie that is not on it).

All of them are essential: the forum sets no analytics, advertising or tracking cookies,
so nothing asks for consent and no banner covers the page: every page's footer says so in a
sentence, and the sign-in and sign-up forms name the cookie they set. A cookie that needs
consent (``essential=False``) would need a banner shown before it is set; a test fails if one
is added without it.
"""

from __future__ import annotations

from dataclasses import dataclass

from forum.accounts.sessions import SESSION_COOKIE

CSRF_COOKIE = "forum_csrf"
DEVICE_COOKIE = "forum_device"
DEVICE_DAYS = 365


@dataclass(frozen=True)
class CookieInfo:
    """What a cookie is for, when it is set, and how long it lives."""

    name: str
    purpose: str
    set_when: str
    lifetime: str
    essential: bool = True


def cookie_list(session_days: int) -> list[CookieInfo]:
    """The cookies this forum can set, in the order a visitor meets them."""
    return [
        CookieInfo(
            CSRF_COOKIE,
            "Protects forms against cross-site request forgery: a form is accepted only "
            "with the matching token. It holds a random value, nothing about you.",
            "When a page with a form is shown (sign in, sign up, posting). Reading sets none.",
            "Until you close the browser",
        ),
        CookieInfo(
            SESSION_COOKIE,
            "Keeps you signed in. It holds a random token; the server keeps only its hash "
            "and forgets it when you sign out or delete your account.",
            "When you sign in or create an account.",
            f"{session_days} days, or until you sign out",
        ),
        CookieInfo(
            DEVICE_COOKIE,
            "Remembers that this browser signed in to your account before, so that someone "
            "guessing your password elsewhere cannot lock you out. It holds your account "
            "number and a random value, signed; it is sent only to the sign-in page.",
            "When you sign in.",
            f"{DEVICE_DAYS} days",
        ),
    ]


def known_cookie_names() -> set[str]:
    """Names of every cookie the forum may set."""
    return {info.name for info in cookie_list(1)}
