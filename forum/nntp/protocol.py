"""NNTP vocabulary: replies, command lines, article ranges, wildmats and dates (RFC 3977)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from fnmatch import fnmatchcase

MAX_COMMAND_BYTES = 512  # RFC 3977 §3.1, including the CRLF
MAX_ARTICLE_LINE_BYTES = 998  # RFC 5322 §2.1.1, excluding the CRLF
MAX_ARTICLE_NUMBER = 2**31 - 1


class CommandError(Exception):
    """A command the session cannot carry out; becomes the reply ``code text``."""

    def __init__(self, code: int, text: str) -> None:
        super().__init__(f"{code} {text}")
        self.code = code
        self.text = text


def syntax_error(text: str = "Syntax error in the command's arguments") -> CommandError:
    """The 501 answer to arguments that do not parse."""
    return CommandError(501, text)


@dataclass
class Reply:
    """A status line, optionally followed by a multi-line data block (dot-stuffed on the wire)."""

    code: int
    text: str
    lines: Iterable[str] | AsyncIterable[str] | None = None
    close: bool = False
    wants_article: bool = False

    @property
    def status(self) -> str:
        """The first line of the reply, cut to fit the command-line limit."""
        line = f"{self.code} {self.text}".replace("\r", " ").replace("\n", " ")
        encoded = line.encode()[: MAX_COMMAND_BYTES - 2]
        return encoded.decode(errors="ignore")


def split_command(line: str) -> tuple[str, list[str]]:
    """The upper-cased keyword and the arguments of a command line."""
    words = line.split()
    if not words:
        raise CommandError(500, "Empty command")
    return words[0].upper(), words[1:]


def parse_number(text: str) -> int:
    """An article number (1 to 2**31-1); 501 otherwise."""
    if not text.isdigit() or len(text) > 10:
        raise syntax_error(f"{text!r} is not an article number")
    number = int(text)
    if not 0 < number <= MAX_ARTICLE_NUMBER:
        raise syntax_error(f"{text!r} is not an article number")
    return number


def parse_range(text: str, high: int) -> tuple[int, int]:
    """``n``, ``n-`` or ``n-m`` → an inclusive (low, high) pair; ``n-`` ends at ``high``."""
    first, dash, last = text.partition("-")
    low = parse_number(first)
    if not dash:
        return low, low
    top = parse_number(last) if last else max(high, low)
    return low, top


def is_message_id(text: str) -> bool:
    """True for ``<…>`` arguments (RFC 3977 §3.6: 3 to 250 printable octets)."""
    return 3 <= len(text) <= 250 and text.startswith("<") and text.endswith(">")


def check_wildmat(patterns: str) -> str:
    """An RFC 3977 wildmat as given; 501 when it is not one."""
    parts = patterns.split(",")
    if any(not part or part == "!" for part in parts) or any(ch in patterns for ch in " \t"):
        raise syntax_error(f"{patterns!r} is not a wildmat")
    return patterns


def matches(patterns: str | None, name: str) -> bool:
    """Whether ``name`` matches a wildmat (the last matching pattern decides; ``!`` negates)."""
    if patterns is None:
        return True
    result = False
    for part in patterns.split(","):
        negated = part.startswith("!")
        pattern = part[1:] if negated else part
        if fnmatchcase(name, pattern.replace("[^", "[!")):
            result = not negated
    return result


DATE_RE = re.compile(r"^(\d{6}|\d{8})$")
TIME_RE = re.compile(r"^\d{6}$")


def parse_since(args: list[str]) -> datetime:
    """``date time [GMT]`` of NEWGROUPS/NEWNEWS → an aware UTC datetime; 501 otherwise."""
    if len(args) not in (2, 3) or (len(args) == 3 and args[2].upper() != "GMT"):
        raise syntax_error("Expected: yyyymmdd hhmmss [GMT]")
    date, time = args[0], args[1]
    if not DATE_RE.match(date) or not TIME_RE.match(time):
        raise syntax_error("Expected: yyyymmdd hhmmss [GMT]")
    if len(date) == 6:  # RFC 3977 §7.3.2: two-digit years nearest the current year
        year = int(date[:2])
        now = datetime.now(UTC).year
        century = now - now % 100
        year += century if century + year <= now + 50 else century - 100
        date = f"{year:04d}{date[2:]}"
    try:
        return datetime.strptime(date + time, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError as exc:
        raise syntax_error("That date or time does not exist") from exc
