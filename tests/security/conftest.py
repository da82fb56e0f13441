"""Security suite helpers: the eight roles, a record of server errors, an HTML safety check."""

from __future__ import annotations

import logging
from html.parser import HTMLParser

from forum.desk import sanctions
from forum.storage.tables import Role

# The roles of every matrix. "owner" is the author of the post or item in question;
# "pdstaff" is a member with the personal-data permission and no moderation role;
# "muted" and "suspended" are members a moderator restricted (suspended after signing in,
# so they still hold the cookie and token they had).
ROLES = ("visitor", "member", "muted", "suspended", "pdstaff", "moderator", "admin", "owner")


async def make_people(make_member) -> dict:
    """One account per role (plus "other", a third member), with the sanctions applied."""
    people = {
        "member": await make_member("member"),
        "owner": await make_member("owner"),
        "other": await make_member("other"),
        "muted": await make_member("muted"),
        "suspended": await make_member("suspended"),
        "pdstaff": await make_member("pdstaff", personal_data=True),
        "moderator": await make_member("moderator", role=Role.moderator),
        "admin": await make_member("admin", role=Role.admin),
    }
    moderator = people["moderator"].account
    await sanctions.restrict(
        sanctions.MUTE, moderator, people["muted"].account.id, 24, "security matrix"
    )
    return people


async def suspend(people: dict) -> None:
    """Suspend the "suspended" member (after their client signed in)."""
    moderator = people["moderator"].account
    await sanctions.restrict(
        sanctions.SUSPEND, moderator, people["suspended"].account.id, 24, "security matrix"
    )


def describe(records: list[logging.LogRecord]) -> str:
    """Server error records as text for an assertion message."""
    lines = []
    for record in records:
        lines.append(f"{record.name}: {record.getMessage()}")
        if record.exc_text or record.exc_info:
            lines.append(logging.Formatter().formatException(record.exc_info))  # type: ignore[arg-type]
    return "\n".join(lines)


_URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"}
_ACTIVE_TAGS = {"iframe", "object", "embed", "base", "frame", "frameset", "applet"}


class _SafetyCheck(HTMLParser):
    """Collects what would run script in a browser: script elements other than our own
    static files, event-handler attributes, javascript:/vbscript: URLs, active embeds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script":
            src = values.get("src") or ""
            if not (src.startswith("/static/") and len(attrs) <= 3):
                self.problems.append(f"<script {attrs}>")
            self._in_script = True
        if tag in _ACTIVE_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in _URL_ATTRIBUTES and value and _is_script_url(value):
                self.problems.append(f"<{tag} {name}={value[:60]!r}>")
            if name == "style" and value and ("expression(" in value or "url(" in value):
                self.problems.append(f"<{tag} style={value[:60]!r}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self._in_script = False

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.problems.append(f"inline script {data.strip()[:60]!r}")


def _is_script_url(value: str) -> bool:
    # Browsers drop whitespace and control characters inside the scheme.
    squeezed = "".join(ch for ch in value if ch > " " and ch != "\x7f").lower()
    return squeezed.startswith(("javascript:", "vbscript:", "data:text/html", "livescript:"))


def unsafe_parts(html: str) -> list[str]:
    """What in this HTML would run script in a browser (empty when it is safe)."""
    check = _SafetyCheck()
    check.feed(html)
    check.close()
    return check.problems
