"""Pure pieces of the news server: ranges, wildmats, dates, article rendering, flowed text."""

from __future__ import annotations

import quopri
from datetime import UTC, datetime
from email.header import decode_header, make_header

import pytest

from forum.nntp.articles import build_article, post_id_from
from forum.nntp.protocol import CommandError, matches, parse_range, parse_since
from forum.nntp.submitting import _unflow


def test_ranges_wildmats_and_dates_follow_rfc_3977() -> None:
    assert parse_range("5", 9) == (5, 5)
    assert parse_range("5-", 9) == (5, 9)
    assert parse_range("5-7", 9) == (5, 7)
    for bad in ("0", "-3", "x-", "5-y", "99999999999"):
        with pytest.raises(CommandError) as refused:
            parse_range(bad, 9)
        assert refused.value.code == 501
    assert matches("help.*,!help.secret", "help.python")
    assert not matches("help.*,!help.secret", "help.secret")
    assert not matches("comp.*", "help.python")
    assert parse_since(["20260102", "030405", "GMT"]) == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert parse_since(["260102", "030405"]).year == 2026
    with pytest.raises(CommandError):
        parse_since(["20261301", "000000"])


def _row(**changes) -> dict:
    row = {
        "id": 7, "article_number": 3, "body": "hi", "created": datetime(2026, 1, 2, tzinfo=UTC),
        "author_name": "ada", "space.slug": "help.python", "topic.title": "Title",
        "is_start": True, "references": [],
    }  # fmt: skip
    return {**row, **changes}


def test_articles_encode_what_plain_headers_and_lines_cannot_carry() -> None:
    article = build_article(_row(**{"topic.title": "Grüße"}), "forum.example.org")
    subject = article.header("Subject") or ""
    assert subject.isascii() and str(make_header(decode_header(subject))) == "Grüße"
    assert article.header("Date") == "Fri, 02 Jan 2026 00:00:00 GMT"
    assert post_id_from(article.message_id, "forum.example.org") == 7
    assert post_id_from("<post-7@elsewhere.org>", "forum.example.org") is None
    gone = build_article(_row(author_name="deleted member"), "forum.example.org")
    assert gone.header("From") == "deleted member <member@invalid>"
    long = build_article(_row(body="é" * 700), "forum.example.org")
    assert long.header("Content-Transfer-Encoding") == "quoted-printable"
    assert all(len(line) <= 76 for line in long.body)
    assert quopri.decodestring("\n".join(long.body).encode()).decode() == "é" * 700


def test_format_flowed_paragraphs_are_joined_back() -> None:
    sent = "This is a long \nparagraph.\n> quoted\n\n-- \nsig"
    assert _unflow(sent, delsp=False) == "This is a long paragraph.\n> quoted\n\n-- \nsig"
    assert _unflow("split wo \nrd", delsp=True) == "split word"
