"""Signed tokens for links in mails (unsubscribe, email confirmation): HMAC-SHA256 with
the site's secret key, a different key per purpose, an optional lifetime.

A token is ``base64url(json payload) . base64url(signature)``; it is readable, so it must
never carry anything the recipient may not see.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from typing import Any


class BadToken(ValueError):
    """A token that was altered, made for another purpose, or has expired."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _key(secret: str, purpose: str) -> bytes:
    return hmac.new(secret.encode(), f"forum-token:{purpose}".encode(), hashlib.sha256).digest()


def sign(secret: str, purpose: str, payload: dict[str, Any]) -> str:
    """A token carrying ``payload`` (plus the time it was made) for one purpose."""
    body = _b64(json.dumps({**payload, "t": int(time.time())}, separators=(",", ":")).encode())
    signature = hmac.new(_key(secret, purpose), body.encode(), hashlib.sha256).digest()
    return f"{body}.{_b64(signature)}"


def unsign(secret: str, purpose: str, token: str, max_age: int | None = None) -> dict[str, Any]:
    """The payload of a genuine, unexpired token; raises BadToken otherwise."""
    body, _, signature = (token or "").strip().partition(".")
    if not body or not signature or len(token) > 2000:
        raise BadToken("This link is incomplete.")
    expected = hmac.new(_key(secret, purpose), body.encode(), hashlib.sha256).digest()
    try:
        given = _unb64(signature)
    except (binascii.Error, ValueError) as exc:
        raise BadToken("This link is damaged.") from exc
    if not hmac.compare_digest(expected, given):
        raise BadToken("This link is not valid.")
    try:
        payload = json.loads(_unb64(body))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise BadToken("This link is damaged.") from exc
    if not isinstance(payload, dict):
        raise BadToken("This link is not valid.")
    if max_age is not None and time.time() - int(payload.get("t", 0)) > max_age:
        raise BadToken("This link has expired.")
    return payload
