"""Reading news groups with Python's nntplib: groups, overview, articles, threading, removal."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from forum.storage.tables import Post, PostStatus, SpaceKind
from tests.forum.nntp.conftest import News, nntplib
from tests.forum.nntp.threads import reply, start_thread


async def _demo_thread(client: httpx.AsyncClient, make_member, make_group, make_space) -> dict:
    await make_group("help.python", "Python help")
    await make_group("community.announce", "Announcements")
    await make_space("general", SpaceKind.forum)
    ada = await make_member("ada")
    bob = await make_member("bob.smith")
    topic, first = await start_thread(
        client, ada, "help.python", "Loops or comprehensions?", "Which?"
    )
    second = await reply(client, bob, topic, ".dotted line first\nand a second line")
    third = await reply(client, ada, topic, "Thanks!", parent_id=second)
    return {"topic": topic, "ids": [first, second, third], "ada": ada, "bob": bob}


async def test_newsreader_lists_groups_reads_overview_and_articles(
    client, news: News, make_member, make_group, make_space
) -> None:
    thread = await _demo_thread(client, make_member, make_group, make_space)
    first, second, third = thread["ids"]
    domain = news.settings.domain

    def read(s: nntplib.NNTP) -> dict:
        listed = {g.group: (g.first, g.last, g.flag) for g in s.list()[1]}
        _, count, low, high, _ = s.group("help.python")
        return {
            "listed": listed,
            "descriptions": s.descriptions("help.*")[1],
            "group": (count, low, high),
            "over": s.over((low, high))[1],
            "article": s.article(2)[1],
            "by_id": s.body(f"<post-{third}@{domain}>")[1],
            "head": s.head(1)[1],
            "next": s.next(),
            "last": s.last(),
        }

    got = await news.session(read)
    assert got["listed"] == {"community.announce": ("1", "0", "y"), "help.python": ("1", "3", "y")}
    assert got["descriptions"] == {"help.python": "Python help"}
    assert got["group"] == (3, 1, 3)
    over = {number: fields for number, fields in got["over"]}
    assert [over[n]["subject"] for n in (1, 2, 3)] == [
        "Loops or comprehensions?",
        "Re: Loops or comprehensions?",
        "Re: Loops or comprehensions?",
    ]
    assert over[1]["from"] == "ada <ada@invalid>"
    assert over[2]["from"] == '"bob.smith" <bob.smith@invalid>'
    assert over[1]["message-id"] == f"<post-{first}@{domain}>"
    assert over[1]["references"] == ""
    assert over[2]["references"] == f"<post-{first}@{domain}>"
    assert over[3]["references"] == f"<post-{first}@{domain}> <post-{second}@{domain}>"
    assert over[2]["xref"] == f"{domain} help.python:2"
    article = got["article"]
    assert article.number == 2 and article.message_id == f"<post-{second}@{domain}>"
    text = b"\n".join(article.lines).decode()
    assert text.endswith("\n\n.dotted line first\nand a second line")
    assert "Newsgroups: help.python" in text
    assert "example.test" not in text  # the member's email never leaves the site
    assert int(over[2][":bytes"]) == sum(len(line) + 2 for line in article.lines)
    assert over[2][":lines"] == "2"
    assert got["by_id"].lines == [b"Thanks!"]
    assert b"Subject: Loops or comprehensions?" in got["head"].lines
    assert got["next"][1:] == (2, f"<post-{second}@{domain}>")
    assert got["last"][1:] == (1, f"<post-{first}@{domain}>")


async def test_removed_and_held_posts_disappear_while_numbers_stay_stable(
    client, news: News, make_member, make_group, make_space
) -> None:
    thread = await _demo_thread(client, make_member, make_group, make_space)
    first, second, third = thread["ids"]
    domain = news.settings.domain

    def numbers(s: nntplib.NNTP) -> tuple:
        _, count, low, high, _ = s.group("help.python")
        return count, low, high, [n for n, _ in s.over((low, high))[1]]

    assert await news.session(numbers) == (3, 1, 3, [1, 2, 3])
    assert await news.block(b"LISTGROUP help.python\r\n") == (
        "211 3 1 3 help.python list follows",
        ["1", "2", "3"],
    )
    await Post.update({Post.status: PostStatus.removed.value}).where(Post.id == second)
    await Post.update({Post.status: PostStatus.pending.value}).where(Post.id == third)

    def after(s: nntplib.NNTP) -> tuple:
        counted = numbers(s)
        errors = []
        for spec in (2, 3, f"<post-{second}@{domain}>", f"<post-{third}@{domain}>"):
            with pytest.raises(nntplib.NNTPTemporaryError) as refused:
                s.article(spec)
            errors.append(refused.value.response[:3])
        return counted, errors, s.stat(1)[1:]

    counted, errors, still = await news.session(after)
    assert counted == (1, 1, 1, [1])
    assert (await news.block(b"LISTGROUP help.python 1-\r\n"))[1] == ["1"]
    assert errors == ["423", "423", "430", "430"]
    assert still == (1, f"<post-{first}@{domain}>")
    page = await client.get(f"/api/topics/{thread['topic']}")
    assert [p["id"] for p in page.json()["posts"]] == [first]


async def test_hdr_newnews_newgroups_and_date(
    client, news: News, make_member, make_group, make_space
) -> None:
    thread = await _demo_thread(client, make_member, make_group, make_space)
    domain = news.settings.domain
    yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    tomorrow = yesterday + dt.timedelta(days=2)

    def read(s: nntplib.NNTP) -> dict:
        s.group("help.python")
        return {
            "subjects": s.xhdr("subject", "2-")[1],
            "new": s.newnews("help.*", yesterday)[1],
            "none": s.newnews("help.*", tomorrow)[1],
            "other": s.newnews("community.*", yesterday)[1],
            "groups": [g.group for g in s.newgroups(yesterday)[1]],
            "date": s.date()[1],
        }

    got = await news.session(read)
    assert got["subjects"] == [
        ("2", "Re: Loops or comprehensions?"),
        ("3", "Re: Loops or comprehensions?"),
    ]
    assert got["new"] == [f"<post-{i}@{domain}>" for i in thread["ids"]]
    assert got["none"] == [] and got["other"] == []
    assert got["groups"] == ["community.announce", "help.python"]
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)  # nntplib gives naive UTC
    assert abs((got["date"] - now).total_seconds()) < 60


async def test_bad_commands_get_clear_errors_and_the_connection_lives_on(
    news: News, make_group
) -> None:
    await make_group("help.python")
    replies = await news.raw(
        b"FROBNICATE\r\n",
        b"\r\n",
        b"ARTICLE 1\r\n",
        b"GROUP no.such.group\r\n",
        b"GROUP help.python\r\n",
        b"ARTICLE 1\r\n",
        b"ARTICLE 0\r\n",
        b"OVER 5-x\r\n",
        b"OVER 1-\r\n",
        b"LIST FROBS\r\n",
        b"NEWNEWS * 20261340 000000\r\n",
        b"X" * 600 + b"\r\n",
        b"\xff\xfe\r\n",
        b"POST\r\n",
        b"AUTHINFO PASS x\r\n",
        b"AUTHINFO SASL PLAIN\r\n",
        b"DATE\r\n",
        b"QUIT\r\n",
    )
    codes = [line[:3] for line in replies]
    assert codes == [
        "200", "500", "500", "412", "411", "211", "423", "501", "501", "423",
        "501", "501", "501", "501", "480", "482", "503", "111", "205",
    ]  # fmt: skip
    assert "512 bytes" in replies[12]
