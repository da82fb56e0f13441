"""Posts as news articles: message-ids, headers, the plain-text body and overview lines.

``From`` carries the username only (``ada <ada@invalid>``): a member's email address is
personal data and never leaves the site.
"""

from __future__ import annotations

import quopri
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.header import Header
from email.utils import format_datetime, formataddr
from typing import Any

from forum.nntp.protocol import MAX_ARTICLE_LINE_BYTES

MESSAGE_ID_RE = re.compile(r"^<post-([1-9][0-9]{0,17})@([^<>@\s]+)>$")
_DOT_ATOM = re.compile(r"^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$")
OVERVIEW_FORMAT = [
    "Subject:",
    "From:",
    "Date:",
    "Message-ID:",
    "References:",
    "Bytes:",  # RFC 3977 §8.4.2 allows these names for :bytes and :lines; slrn needs them
    "Lines:",
    "Xref:full",
]


def message_id(post_id: int, domain: str) -> str:
    """The stable message-id of a post: ``<post-123@forum.example.org>``."""
    return f"<post-{post_id}@{domain}>"


def post_id_from(msgid: str, domain: str) -> int | None:
    """The post id in one of our message-ids, or None for anything else."""
    match = MESSAGE_ID_RE.match(msgid.strip())
    if match is None or match.group(2).lower() != domain:
        return None
    return int(match.group(1))


def _encoded(text: str) -> str:
    """A header value: ASCII as is, anything else as RFC 2047 encoded words on one line."""
    if text.isascii():
        return text
    return Header(text, "utf-8").encode(linesep="")


def from_header(name: str) -> str:
    """``name <name@invalid>``: attributed, never an address that reaches anyone."""
    local = name if _DOT_ATOM.match(name) else "member"
    return formataddr((_encoded(name), f"{local}@invalid"))


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _body_lines(body: str) -> tuple[list[str], str]:
    """The body as lines and its transfer encoding (quoted-printable only for over-long lines)."""
    lines = body.split("\n")
    if all(len(line.encode()) <= MAX_ARTICLE_LINE_BYTES for line in lines):
        return lines, "8bit"
    encoded = quopri.encodestring(body.encode()).decode("ascii")
    return encoded.split("\n"), "quoted-printable"


@dataclass(frozen=True)
class Article:
    """One visible post as a news article."""

    number: int
    post_id: int
    headers: list[tuple[str, str]]
    body: list[str]

    @property
    def message_id(self) -> str:
        """The article's message-id."""
        return self.header("Message-ID") or ""

    def header(self, name: str) -> str | None:
        """A header's value by case-insensitive name, or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None

    @property
    def head(self) -> list[str]:
        """The header lines."""
        return [f"{key}: {value}" for key, value in self.headers]

    @property
    def lines(self) -> list[str]:
        """The whole article: headers, an empty line, the body."""
        return [*self.head, "", *self.body]

    @property
    def size(self) -> int:
        """Octets of the whole article with CRLF line ends (the overview's :bytes)."""
        return sum(len(line.encode()) + 2 for line in self.lines)

    def field(self, name: str) -> str:
        """A header or metadata item (``:bytes``, ``:lines``) for OVER and HDR, on one line."""
        lowered = name.lower().lstrip(":")
        if lowered == "bytes":
            return str(self.size)
        if lowered == "lines":
            return str(len(self.body))
        value = self.header(name) or ""
        return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")

    def overview(self) -> str:
        """The article's line in OVER output, fields in OVERVIEW_FORMAT order."""
        fields = [self.field(name.removesuffix(":")) for name in OVERVIEW_FORMAT[:-1]]
        xref = self.field("Xref")
        return "\t".join([str(self.number), *fields, f"Xref: {xref}" if xref else ""])


def build_article(row: dict[str, Any], domain: str) -> Article:
    """Turn a post row from ``forum.nntp.store`` into an article."""
    group = row["space.slug"]
    title = row["topic.title"] or ""
    subject = title if row["is_start"] else f"Re: {title}"
    references = " ".join(message_id(ref, domain) for ref in row["references"])
    body, encoding = _body_lines(row["body"])
    headers = [
        ("Path", f"{domain}!not-for-mail"),
        ("From", from_header(row["author_name"])),
        ("Newsgroups", group),
        ("Subject", _encoded(subject)),
        ("Date", format_datetime(_utc(row["created"]), usegmt=True)),
        ("Message-ID", message_id(row["id"], domain)),
    ]
    if references:
        headers.append(("References", references))
    headers += [
        ("Xref", f"{domain} {group}:{row['article_number']}"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=utf-8"),
        ("Content-Transfer-Encoding", encoding),
    ]
    return Article(row["article_number"], row["id"], headers, body)
