"""The errors a person reads: what could not be done, why, and the HTTP status that says so.

The domain packages raise them with a sentence for the person who asked; the edges turn
them into answers: ``forum.web.error_handlers`` into a page or JSON, chat into an error
frame, the news server into an NNTP reply. Every one is a ``ForumError``.
"""

from __future__ import annotations

from datetime import datetime


class ForumError(Exception):
    """A request that cannot be carried out as it is; ``str()`` explains why to the person."""

    status_code = 400


class Forbidden(ForumError):
    """The person may not do this here."""

    status_code = 403


class Missing(ForumError):
    """The space, topic, post or member does not exist (or is not visible to the person)."""

    status_code = 404


class Muted(Forbidden):
    """The member is muted: they read, but may not post until ``until``."""

    def __init__(self, message: str, until: datetime) -> None:
        super().__init__(message)
        self.until = until


class TooLong(ForumError):
    """The text is longer than the space takes."""


class Conflict(ForumError):
    """Someone else got there first: another moderator holds the item, say."""

    status_code = 409


class DuplicateReport(Conflict):
    """The member already reported this post."""


class RateLimited(ForumError):
    """Too much too quickly; ``retry_after`` says when to try again."""

    status_code = 429

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.extra = {"code": "rate_limited", "retry_after": round(retry_after)}


class DisclosureRequired(ForumError):
    """The text contains personal information: nothing is stored until the author decides.

    ``findings`` are dicts with ``type``, ``start``, ``end``, ``text`` and ``message``
    (offsets into the text the author sent), so a client can highlight them in place.
    """

    status_code = 422
    code = "disclosure_warning"

    def __init__(self, message: str, findings: list[dict]) -> None:
        super().__init__(message)
        self.findings = findings
        self.extra = {"code": self.code, "findings": findings}


class Blocked(ForumError):
    """The content policy refuses this text outright; ``reasons`` say which clause and why."""

    status_code = 422
    code = "blocked"

    def __init__(self, message: str, reasons: list[dict]) -> None:
        super().__init__(message)
        self.reasons = reasons
        self.extra = {"code": self.code, "reasons": reasons}


class AccountError(ForumError):
    """Input for an account that cannot be accepted; ``field`` names the form field."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field
