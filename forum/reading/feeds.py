"""Atom feeds (RFC 4287) of forums, message boards and news groups: visible content only.

Built with ElementTree, so every title, name and HTML body is escaped by the serialiser.
Ids are tag URIs under FORUM_DOMAIN and stay the same when the site moves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

from piccolo.query.functions.aggregate import Min

from forum.reading.queries import author_name
from forum.storage.tables import Post, PostStatus, Space, SpaceKind

ATOM = "http://www.w3.org/2005/Atom"
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
FEED_KINDS = {SpaceKind.forum.value, SpaceKind.board.value, SpaceKind.newsgroup.value}
TAG_YEAR = 2026  # the tag URI date: fixed forever, or every id would change
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
TITLE_CHARS = 80


@dataclass(frozen=True)
class Feed:
    """A rendered feed and when it last changed."""

    xml: bytes
    updated: datetime


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _when(moment: datetime) -> str:
    return _utc(moment).isoformat(timespec="seconds").replace("+00:00", "Z")


def tag_uri(domain: str, specific: str) -> str:
    """A stable Atom id: ``tag:forum.example.org,2026:post-12``."""
    return f"tag:{domain},{TAG_YEAR}:{specific}"


async def feed_space(slug: str) -> dict[str, Any] | None:
    """A forum, board or news group that has a feed (chat rooms have none), or None."""
    space = await (
        Space.select(
            Space.id, Space.slug, Space.title, Space.description, Space.kind, Space.created
        )
        .where(Space.slug == slug)
        .first()
    )
    return space if space and space["kind"] in FEED_KINDS else None


async def feed_posts(space: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    """The latest visible posts of a space (in visible topics), newest first."""
    query = Post.select(
        Post.id, Post.topic, Post.body, Post.html, Post.created, Post.edited,
        Post.author.username, Post.author.status, Post.topic.title,
    ).where(Post.space == space["id"], Post.status == PostStatus.visible.value)  # fmt: skip
    if space["kind"] == SpaceKind.board.value:
        query = query.where(Post.topic.is_null())
    else:
        query = query.where(Post.topic.status == PostStatus.visible.value)
    rows = await query.order_by(Post.id, ascending=False).limit(limit)
    topics = list({row["topic"] for row in rows if row["topic"] is not None})
    firsts: set[int] = set()
    if topics:
        starts = await (
            Post.select(Min(Post.id, alias="first"))
            .where(Post.topic.is_in(topics))
            .group_by(Post.topic)
        )
        firsts = {row["first"] for row in starts}
    for row in rows:
        row["author_name"] = author_name(row, "author")
        if row["topic"] is None:
            first_line = row["body"].strip().split("\n", 1)[0]
            short = first_line[:TITLE_CHARS] + ("…" if len(first_line) > TITLE_CHARS else "")
            row["entry_title"] = short or f"Message from {row['author_name']}"
        else:
            prefix = "" if row["id"] in firsts else "Re: "
            row["entry_title"] = prefix + row["topic.title"]
    return rows


def build_feed(
    space: dict[str, Any], posts: list[dict[str, Any]], base_url: str, domain: str
) -> Feed:
    """The Atom document for a space and its latest posts."""
    changed = [post["edited"] or post["created"] for post in posts]
    updated = _utc(max(changed) if changed else space["created"])
    feed = Element("feed", {"xmlns": ATOM, XML_BASE: base_url + "/"})
    SubElement(feed, "id").text = tag_uri(domain, f"space-{space['slug']}")
    SubElement(feed, "title").text = _text(space["title"])
    if space["description"]:
        SubElement(feed, "subtitle").text = _text(space["description"])
    SubElement(feed, "updated").text = _when(updated)
    self_url = f"{base_url}/feeds/{space['slug']}.atom"
    SubElement(feed, "link", rel="self", type="application/atom+xml", href=self_url)
    SubElement(
        feed, "link", rel="alternate", type="text/html", href=f"{base_url}/s/{space['slug']}"
    )
    SubElement(feed, "generator").text = "forum"
    for post in posts:
        entry = SubElement(feed, "entry")
        SubElement(entry, "id").text = tag_uri(domain, f"post-{post['id']}")
        SubElement(entry, "title").text = _text(post["entry_title"])
        SubElement(
            entry, "link", rel="alternate", type="text/html", href=f"{base_url}/p/{post['id']}"
        )
        SubElement(entry, "published").text = _when(post["created"])
        SubElement(entry, "updated").text = _when(post["edited"] or post["created"])
        author = SubElement(entry, "author")
        SubElement(author, "name").text = _text(post["author_name"])
        SubElement(entry, "content", type="html").text = _text(post["html"])
    xml = tostring(feed, encoding="utf-8", xml_declaration=True)
    return Feed(xml, updated)
