"""``@username`` mentions: found in a post's text, linked in its HTML when the member exists."""

from __future__ import annotations

import re

from piccolo.columns.combination import WhereRaw

from forum.storage.tables import AccountStatus, User

MENTION_RE = re.compile(r"(?<![\w@/.+-])@([A-Za-z0-9][A-Za-z0-9_.-]{1,30}[A-Za-z0-9])")
"""A mention: ``@`` not glued to a word (an email address is no mention), then a username."""
_TAG_RE = re.compile(r"(<[^>]*>)")
_NO_LINKS_INSIDE = ("a", "code", "pre")
MAX_MENTIONS = 20
"""More names than this in one post are not notified (a mass mention is spam, not a call)."""


def names_in(text: str) -> list[str]:
    """The distinct names a text mentions, lower-cased, in order of first mention."""
    seen: dict[str, None] = {}
    for match in MENTION_RE.finditer(text):
        seen.setdefault(match.group(1).lower(), None)
    return list(seen)[:MAX_MENTIONS]


async def known_members(names: list[str]) -> dict[str, tuple[int, str]]:
    """Lower-cased name -> (id, username as chosen) of the active members among ``names``."""
    if not names:
        return {}
    marks = ", ".join("{}" for _ in names)  # placeholders only: the values are parameters
    rows = await User.select(User.id, User.username).where(
        User.status == AccountStatus.active.value,
        WhereRaw(f'lower("users"."username") IN ({marks})', *names),
    )
    return {row["username"].lower(): (row["id"], row["username"]) for row in rows}


def link(html: str, members: dict[str, tuple[int, str]]) -> str:
    """The HTML with each mention of a known member turned into a link to their profile;
    unknown names, and mentions inside links and code, stay as they were."""
    if not members:
        return html
    parts = _TAG_RE.split(html)
    inside: list[str] = []
    for index, part in enumerate(parts):
        if index % 2:  # a tag
            name = part.strip("</>").split()[0].lower() if part.strip("</>") else ""
            if name in _NO_LINKS_INSIDE:
                if part.startswith("</"):
                    if name in inside:
                        inside.remove(name)
                elif not part.endswith("/>"):
                    inside.append(name)
            continue
        if not inside and "@" in part:
            parts[index] = MENTION_RE.sub(lambda m: _anchor(m, members), part)
    return "".join(parts)


def _anchor(match: re.Match[str], members: dict[str, tuple[int, str]]) -> str:
    found = members.get(match.group(1).lower())
    if found is None:
        return match.group(0)
    name = found[1]  # matched USERNAME_RE: letters, digits and _.- only, nothing to escape
    return f'<a class="mention" href="/u/{name}">@{match.group(1)}</a>'
