"""The command table of the news server: the general commands here, the reading ones from
``reading``, and POST's article taken by ``submitting``."""

from __future__ import annotations

from datetime import UTC, datetime

from forum.nntp import reading, submitting
from forum.nntp.articles import OVERVIEW_FORMAT
from forum.nntp.protocol import CommandError, Reply, check_wildmat, matches, syntax_error
from forum.nntp.reading import active_line
from forum.nntp.session import Commands, Session
from forum.nntp.store import Group, list_groups


def _describe(group: Group) -> str:
    title, about = " ".join(group.title.split()), " ".join(group.description.split())
    return f"{title} — {about}" if about else title


async def capabilities(session: Session, args: list[str]) -> Reply:
    """CAPABILITIES: what this server does for this connection."""
    lines = [
        "VERSION 2",
        "IMPLEMENTATION forum news server",
        "READER",
        "POST",
        "OVER MSGID",
        "HDR",
        "NEWNEWS",
        "LIST ACTIVE ACTIVE.TIMES NEWSGROUPS OVERVIEW.FMT HEADERS",
    ]
    if session.account is None:
        lines.append("AUTHINFO USER" if session.may_authenticate else "AUTHINFO")
    return Reply(101, "Capability list follows", lines)


async def mode(session: Session, args: list[str]) -> Reply:
    """MODE READER: we are always a reader server."""
    if [a.upper() for a in args] != ["READER"]:
        raise syntax_error("Only MODE READER is supported")
    return Reply(200, "Reader mode; members post after AUTHINFO")


async def date(session: Session, args: list[str]) -> Reply:
    """DATE: the server's clock in UTC."""
    return Reply(111, datetime.now(UTC).strftime("%Y%m%d%H%M%S"))


async def help_(session: Session, args: list[str]) -> Reply:
    """HELP: the commands we understand."""
    return Reply(100, "Commands understood", sorted([*session.commands.handlers, "AUTHINFO"]))


async def quit_(session: Session, args: list[str]) -> Reply:
    """QUIT: say goodbye and close."""
    return Reply(205, "Goodbye", close=True)


async def list_(session: Session, args: list[str]) -> Reply:
    """LIST [ACTIVE|ACTIVE.TIMES|NEWSGROUPS [wildmat]] and LIST OVERVIEW.FMT|HEADERS."""
    keyword = args[0].upper() if args else "ACTIVE"
    if keyword == "OVERVIEW.FMT" and len(args) == 1:
        return Reply(215, "Order of fields in overview database", OVERVIEW_FORMAT)
    if keyword == "HEADERS" and len(args) <= 2:
        return Reply(215, "Headers and metadata items for HDR", [":", ":bytes", ":lines"])
    if keyword not in ("ACTIVE", "ACTIVE.TIMES", "NEWSGROUPS") or len(args) > 2:
        raise syntax_error("LIST supports ACTIVE, ACTIVE.TIMES, NEWSGROUPS, OVERVIEW.FMT")
    pattern = check_wildmat(args[1]) if len(args) == 2 else None
    groups = [g for g in await list_groups() if matches(pattern, g.slug)]
    if keyword == "NEWSGROUPS":
        lines = [f"{g.slug}\t{_describe(g)}" for g in groups]
        return Reply(215, "Descriptions of news groups", lines)
    if keyword == "ACTIVE.TIMES":
        lines = [f"{g.slug} {int(g.created.timestamp())} forum" for g in groups]
        return Reply(215, "Creation times of news groups", lines)
    staff = session.account is not None and session.account.is_moderator
    return Reply(215, "List of news groups", [active_line(g, staff) for g in groups])


async def post(session: Session, args: list[str]) -> Reply:
    """POST: members only; the article follows the 340."""
    if args:
        raise syntax_error("POST takes no arguments")
    if session.account is None:
        raise CommandError(480, "Sign in with AUTHINFO USER and AUTHINFO PASS to post")
    return Reply(340, "Send the article; end it with a line holding a single dot",
                 wants_article=True)  # fmt: skip


COMMANDS = Commands(
    handlers={
        "CAPABILITIES": capabilities,
        "MODE": mode,
        "DATE": date,
        "HELP": help_,
        "QUIT": quit_,
        "LIST": list_,
        "POST": post,
        **reading.COMMANDS,
    },
    receive_article=submitting.receive,
)
