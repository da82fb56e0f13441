"""Reading commands: GROUP, LISTGROUP, ARTICLE/HEAD/BODY/STAT, NEXT/LAST, OVER, HDR, NEW*."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING

from forum.nntp import store
from forum.nntp.articles import Article, build_article, message_id, post_id_from
from forum.nntp.protocol import (
    CommandError,
    Reply,
    check_wildmat,
    is_message_id,
    matches,
    parse_number,
    parse_range,
    parse_since,
    syntax_error,
)
from forum.nntp.store import Group

if TYPE_CHECKING:
    from forum.nntp.session import Session

BATCH = 200  # articles read from the database per query while streaming OVER/HDR


def active_line(group: Group, staff: bool = False) -> str:
    """A LIST ACTIVE line: name, high and low water marks, whether this reader may post."""
    return f"{group.slug} {group.high} {group.low} {'n' if group.staff_only and not staff else 'y'}"


def _need_group(session: Session) -> Group:
    if session.group is None:
        raise CommandError(412, "No news group selected; use GROUP first")
    return session.group


async def _select(session: Session, name: str) -> Group:
    group = await store.find_group(name)
    if group is None:
        raise CommandError(411, f"No such news group: {name[:80]}")
    session.group = group
    session.current = group.low if group.count else None
    return group


async def group(session: Session, args: list[str]) -> Reply:
    """GROUP name: select a group; reply with its count and water marks."""
    if len(args) != 1:
        raise syntax_error("Expected GROUP name")
    g = await _select(session, args[0])
    return Reply(211, f"{g.count} {g.low} {g.high} {g.slug}")


async def listgroup(session: Session, args: list[str]) -> Reply:
    """LISTGROUP [group [range]]: select a group and list its article numbers."""
    if len(args) > 2:
        raise syntax_error("Expected LISTGROUP [group [range]]")
    g = await _select(session, args[0]) if args else _need_group(session)
    low, high = parse_range(args[1], g.high) if len(args) == 2 else (g.low, g.high)
    numbers = await store.article_numbers(g.id, low, high)
    session.current = g.low if g.count else None
    return Reply(211, f"{g.count} {g.low} {g.high} {g.slug} list follows", map(str, numbers))


async def _article(session: Session, args: list[str]) -> tuple[int, Article]:
    """The article named by a message-id, a number, or the current article pointer."""
    if len(args) > 1:
        raise syntax_error("Expected a message-id or an article number")
    if args and is_message_id(args[0]):
        post_id = post_id_from(args[0], session.domain)
        row = await store.article_by_post(post_id) if post_id else None
        if row is None:
            raise CommandError(430, "No article with that message-id")
        article = build_article(row, session.domain)
        in_group = session.group is not None and row["space"] == session.group.id
        return (article.number if in_group else 0), article
    g = _need_group(session)
    if args:
        number = parse_number(args[0])
    elif session.current is None:
        raise CommandError(420, "No current article; select one by number")
    else:
        number = session.current
    row = await store.article_by_number(g.id, number)
    if row is None:
        if not args:
            raise CommandError(420, "The current article is no longer available")
        raise CommandError(423, f"No article {number} in {g.slug}")
    session.current = number
    return number, build_article(row, session.domain)


def _fetch(code: int, part: str) -> Callable[[Session, list[str]], Awaitable[Reply]]:
    async def command(session: Session, args: list[str]) -> Reply:
        number, article = await _article(session, args)
        lines = {"article": article.lines, "head": article.head, "body": article.body}.get(part)
        return Reply(code, f"{number} {article.message_id}", lines)

    command.__doc__ = f"{part.upper()} [message-id|number]: the article's {part}."
    return command


async def _step(session: Session, forward: bool) -> Reply:
    g = _need_group(session)
    if session.current is None:
        raise CommandError(420, "No current article; select one by number")
    number = await store.neighbour(g.id, session.current, forward)
    row = await store.article_by_number(g.id, number) if number is not None else None
    if row is None:
        raise (CommandError(421, "No next article") if forward else
               CommandError(422, "No previous article"))  # fmt: skip
    session.current = number
    return Reply(223, f"{number} {message_id(row['id'], session.domain)}")


async def next_(session: Session, args: list[str]) -> Reply:
    """NEXT: move to the next article of the group."""
    return await _step(session, True)


async def last(session: Session, args: list[str]) -> Reply:
    """LAST: move to the previous article of the group."""
    return await _step(session, False)


async def _stream(
    group_id: int, low: int, high: int, domain: str, render: Callable[[Article], str]
) -> AsyncIterator[str]:
    while low <= high:
        rows = await store.article_rows(group_id, low, high, BATCH)
        for row in rows:
            yield render(build_article(row, domain))
        if len(rows) < BATCH:
            return
        low = rows[-1]["article_number"] + 1


async def _listing(
    session: Session,
    args: list[str],
    render: Callable[[Article], str],
    by_id: Callable[[Article], str],
) -> AsyncIterator[str] | list[str]:
    """The lines of OVER/HDR for a message-id, a range, or the current article."""
    if args and is_message_id(args[0]):
        _, article = await _article(session, args)
        return [by_id(article)]
    g = _need_group(session)
    if args:
        low, high = parse_range(args[0], g.high)
    elif session.current is None:
        raise CommandError(420, "No current article; give a range")
    else:
        low = high = session.current
    if low > high or not await store.has_articles(g.id, low, high):
        raise CommandError(423, "No articles in that range")
    return _stream(g.id, low, high, session.domain, render)


async def over(session: Session, args: list[str]) -> Reply:
    """OVER / XOVER [range|message-id]: overview lines (Subject, From, Date, …)."""
    if len(args) > 1:
        raise syntax_error("Expected OVER [range|message-id]")

    def by_id(article: Article) -> str:
        return "0" + article.overview()[len(str(article.number)) :]

    lines = await _listing(session, args, Article.overview, by_id)
    return Reply(224, "Overview information follows", lines)


async def hdr(session: Session, args: list[str]) -> Reply:
    """HDR / XHDR field [range|message-id]: one header of each article."""
    if not 1 <= len(args) <= 2:
        raise syntax_error("Expected HDR field [range|message-id]")
    name = args[0]
    lines = await _listing(
        session, args[1:], lambda a: f"{a.number} {a.field(name)}", lambda a: f"0 {a.field(name)}"
    )
    return Reply(225, "Headers follow", lines)


async def newgroups(session: Session, args: list[str]) -> Reply:
    """NEWGROUPS date time [GMT]: groups created since then."""
    since = parse_since(args)
    groups = await store.groups_created_since(since)
    staff = session.account is not None and session.account.is_moderator
    return Reply(231, "New news groups follow", [active_line(g, staff) for g in groups])


async def newnews(session: Session, args: list[str]) -> Reply:
    """NEWNEWS wildmat date time [GMT]: message-ids of articles posted since then."""
    if len(args) < 3:
        raise syntax_error("Expected NEWNEWS wildmat yyyymmdd hhmmss [GMT]")
    pattern = check_wildmat(args[0])
    since = parse_since(args[1:])
    ids = [g.id for g in await store.list_groups() if matches(pattern, g.slug)]
    posts = await store.posts_since(ids, since)
    return Reply(230, "New articles follow", [message_id(p, session.domain) for p in posts])


COMMANDS: dict[str, Callable[[Session, list[str]], Awaitable[Reply]]] = {
    "GROUP": group,
    "LISTGROUP": listgroup,
    "ARTICLE": _fetch(220, "article"),
    "HEAD": _fetch(221, "head"),
    "BODY": _fetch(222, "body"),
    "STAT": _fetch(223, "stat"),
    "NEXT": next_,
    "LAST": last,
    "OVER": over,
    "XOVER": over,
    "HDR": hdr,
    "XHDR": hdr,
    "NEWGROUPS": newgroups,
    "NEWNEWS": newnews,
}
