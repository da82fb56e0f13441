"""What a person typed into the search box, read into terms both databases understand.

The text is never handed to FTS5 or to ``to_tsquery`` as query syntax: it is read here into
words, "quoted phrases", ``-exclusions`` and ``or`` between neighbours, and each backend's
query is written from those terms with every word quoted (FTS5) or passed as a parameter
(PostgreSQL). Nothing a person types can be a column filter, a NEAR group or a syntax error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from piccolo.columns.combination import WhereRaw

from forum.accounts.members import Account
from forum.errors import Forbidden, ForumError, Missing
from forum.storage.tables import AccountStatus, Space, SpaceKind, User

MAX_QUERY_CHARS = 200
MAX_TERMS = 12

# PostgreSQL's English stop words (tsearch_data/english.stop): its parser drops them from
# queries, so SQLite drops them too — and a search for "the" would match nearly every post.
_STOP_TEXT = (
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his "
    "himself she her hers herself it its itself they them their theirs themselves what which "
    "who whom this that these those am is are was were be been being have has had having do "
    "does did doing a an the and but if or because as until while of at by for with about "
    "against between into through during before after above below to from up down in out on "
    "off over under again further then once here there when where why how all any both each "
    "few more most other some such no nor not only own same so than too very s t can will "
    "just don should now"
)
STOP_WORDS = frozenset(_STOP_TEXT.split())

_TOKEN = re.compile(r'(-?)"([^"]*)("?)|(\S+)')
_WORD = re.compile(r"\w+")


STATUSES = ("visible", "held", "removed")
SORTS = ("relevance", "newest")


@dataclass(frozen=True)
class Filters:
    """Narrowing a search: ids already resolved, dates as aware datetimes."""

    space_id: int | None = None
    author_id: int | None = None
    kind: str | None = None
    after: datetime | None = None
    before: datetime | None = None
    status: str = "visible"
    sort: str = "relevance"


def check_status(status: str, viewer: Account | None) -> None:
    """Only moderators may search held or removed posts."""
    if status != "visible" and (viewer is None or not viewer.is_moderator):
        raise Forbidden("Only moderators can search held or removed posts.")


class BadQuery(ForumError):
    """The search text cannot be searched for as it is."""


@dataclass(frozen=True)
class Term:
    """A word or a phrase (words in order), to include or to leave out."""

    words: tuple[str, ...]
    exclude: bool = False


@dataclass(frozen=True)
class Query:
    """Groups that must all match (AND); each group is satisfied by any of its terms (OR)."""

    groups: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]

    def fts5(self) -> str:
        """The FTS5 MATCH expression: every word in double quotes, so none is syntax."""
        wanted = " AND ".join(
            "(" + " OR ".join(_quoted(term) for term in group) + ")" for group in self.groups
        )
        if not self.excluded:
            return wanted
        return f"({wanted}) NOT (" + " OR ".join(_quoted(t) for t in self.excluded) + ")"

    def tsquery(self, *, loose: bool = False) -> tuple[str, list[str]]:
        """A PostgreSQL tsquery expression with ``{}`` placeholders, and its values.

        ``loose``: a phrase's words anywhere in the post, in any order, and only single
        words left out. The GIN index answers that alone; the words' positions, which a
        phrase needs, are read from each row. The exact query matches a subset of it.
        """
        values: list[str] = []

        def part(term: Term) -> str:
            values.append(" ".join(term.words))
            if loose:
                return "plainto_tsquery('forum_search', {})"
            return "phraseto_tsquery('forum_search', {})"

        wanted = " && ".join(
            "(" + " || ".join(part(term) for term in group) + ")" for group in self.groups
        )
        for term in self.excluded:
            if not loose or len(term.words) == 1:
                wanted += " && !! " + part(term)
        return wanted, values

    def has_phrase(self) -> bool:
        """Whether a term is a phrase of several words (their order and places count)."""
        terms = [t for group in self.groups for t in group] + list(self.excluded)
        return any(len(term.words) > 1 for term in terms)

    def words(self) -> list[str]:
        """Every word looked for, for the page to say what was searched."""
        return [w for group in self.groups for term in group for w in term.words]


def _quoted(term: Term) -> str:
    # \w+ words hold no double quote; quoting makes FTS5 read them as plain strings.
    return '"' + " ".join(term.words) + '"'


def _term(exclude: str, phrase: str | None, word: str | None) -> Term | None:
    words = tuple(w.lower() for w in _WORD.findall(phrase if phrase is not None else word or ""))
    if phrase is None:  # in a phrase, stop words hold the others' places
        words = tuple(w for w in words if w not in STOP_WORDS)
    if not words or all(w in STOP_WORDS for w in words):
        return None
    return Term(words, bool(exclude))


def parse(text: str) -> Query:
    """Read the search box; raises BadQuery with a sentence when there is nothing to search."""
    text = text.strip()
    if not text:
        raise BadQuery("Type a word or two to search for.")
    if len(text) > MAX_QUERY_CHARS:
        raise BadQuery(f"A search can be at most {MAX_QUERY_CHARS} characters long.")
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    join_next = False
    for match in _TOKEN.finditer(text):
        exclude, phrase, _, word = match.groups()
        if word is not None and word.upper() == "OR" and groups:
            join_next = True
            continue
        if word is not None and word.startswith("-") and len(word) > 1:
            exclude, word = "-", word[1:]
        term = _term(exclude, phrase, word)
        if term is None:
            continue
        if term.exclude:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    if len(excluded) + sum(len(g) for g in groups) > MAX_TERMS:
        raise BadQuery(f"A search can have at most {MAX_TERMS} words or phrases.")
    if not groups:
        if excluded:
            raise BadQuery("Say what to look for, not only what to leave out.")
        raise BadQuery(
            "Those words are too common to search for; add a more specific word."
            if _WORD.search(text)
            else "Type a word or two to search for: punctuation alone cannot be searched."
        )
    return Query(tuple(tuple(g) for g in groups), tuple(excluded))


def read_date(raw: str | None, name: str) -> datetime | None:
    """A date (2026-12-01) or a time (2026-12-01T10:00, UTC unless it says) from a filter."""
    if raw is None or not raw.strip():
        return None
    try:
        when = datetime.fromisoformat(raw.strip())
    except ValueError as exc:
        raise BadQuery(f"'{name}' must be a date like 2026-12-01.") from exc
    return when if when.tzinfo else when.replace(tzinfo=UTC)


async def read_filters(params: Mapping[str, str | None], viewer: Account | None) -> Filters:
    """The filters of a search from its query string; unknown names are a clear 4xx."""
    status = params.get("status") or "visible"
    if status not in STATUSES:
        raise BadQuery("'status' is one of: " + ", ".join(STATUSES) + ".")
    check_status(status, viewer)
    sort = params.get("sort") or SORTS[0]
    if sort not in SORTS:
        raise BadQuery("'sort' is one of: " + ", ".join(SORTS) + ".")
    kind = params.get("kind") or None
    if kind is not None and kind not in {k.value for k in SpaceKind}:
        raise BadQuery("'kind' is one of: " + ", ".join(k.value for k in SpaceKind) + ".")
    space_id = author_id = None
    if slug := (params.get("space") or "").strip():
        row = await Space.select(Space.id).where(Space.slug == slug).first()
        if row is None:
            raise Missing(f"There is no space called {slug!r}.")
        space_id = row["id"]
    if name := (params.get("author") or "").strip():
        # A deleted member's old name is personal data: it finds nothing, like an unknown one.
        row = await (
            User.select(User.id)
            .where(WhereRaw("lower(username) = lower({})", name))
            .where(User.status != AccountStatus.deleted.value)
            .first()
        )
        if row is None:
            raise Missing(f"There is no member called {name!r}.")
        author_id = row["id"]
    after, before = (
        read_date(params.get("after"), "after"),
        read_date(params.get("before"), "before"),
    )
    if after and before and after >= before:
        raise BadQuery("'after' must be earlier than 'before'.")
    return Filters(space_id, author_id, kind, after, before, status, sort)
