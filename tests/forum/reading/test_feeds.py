"""Atom feeds of forums, boards and news groups: valid Atom, visible posts only."""

from __future__ import annotations

import feedparser
import httpx

from forum.storage.tables import Post, PostStatus, SpaceKind


async def test_forum_feed_is_valid_atom_with_only_visible_posts(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general", SpaceKind.forum, "General <talk> & more")
    ada = await make_member("ada")
    created = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Tags & <b>things</b>", "body": "Hello **world** <script>x</script>"},
        headers=ada.headers,
    )
    topic = created.json()["topic_id"]
    ids = [created.json()["id"]]
    for body in ("A reply", "Held reply", "Removed reply"):
        answer = await client.post(
            f"/api/topics/{topic}/posts", json={"body": body}, headers=ada.headers
        )
        ids.append(answer.json()["id"])
    await Post.update({Post.status: PostStatus.pending.value}).where(Post.id == ids[2])
    await Post.update({Post.status: PostStatus.removed.value}).where(Post.id == ids[3])

    response = await client.get("/feeds/general.atom")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert feed.feed.title == "General <talk> & more"
    assert [e.title for e in feed.entries] == ["Re: Tags & <b>things</b>", "Tags & <b>things</b>"]
    first = feed.entries[1]
    assert first.author == "ada" and "example.test" not in response.text
    assert first.link == f"{client.base_url}/p/{ids[0]}"
    assert first.id.startswith("tag:") and first.id.endswith(f":post-{ids[0]}")
    assert "<strong>world</strong>" in first.content[0].value
    assert "<script>" not in first.content[0].value
    assert "Held reply" not in response.text and "Removed reply" not in response.text

    again = await client.get(
        "/feeds/general.atom", headers={"If-None-Match": response.headers["etag"]}
    )
    assert again.status_code == 304
    mod = await make_member("mod", role="moderator")
    removed = await client.post(  # through the moderation path, which invalidates cached feeds
        f"/api/moderation/posts/{ids[1]}/remove",
        json={"category": "spam", "reason": "Advert."},
        headers=mod.headers,
    )
    assert removed.status_code == 200, removed.text
    changed = await client.get(
        "/feeds/general.atom", headers={"If-None-Match": response.headers["etag"]}
    )
    assert changed.status_code == 200
    assert [e.title for e in feedparser.parse(changed.content).entries] == ["Tags & <b>things</b>"]


async def test_board_and_news_group_feeds(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board, "The wall")
    await make_space("help.python", SpaceKind.newsgroup, "Python help")
    ada = await make_member("ada")
    await client.post(
        "/api/spaces/wall/messages", json={"body": "First note\nmore"}, headers=ada.headers
    )
    await client.post(
        "/api/spaces/help.python/topics",
        json={"title": "Loops?", "body": "Which?"},
        headers=ada.headers,
    )
    wall = feedparser.parse((await client.get("/feeds/wall.atom")).content)
    assert not wall.bozo and [e.title for e in wall.entries] == ["First note"]
    group = feedparser.parse((await client.get("/feeds/help.python.atom")).content)
    assert not group.bozo and [e.title for e in group.entries] == ["Loops?"]
    page = await client.get("/s/help.python")
    assert '<link rel="alternate" type="application/atom+xml"' in page.text
    assert 'href="/feeds/help.python.atom"' in page.text


async def test_chat_rooms_and_unknown_spaces_have_no_feed(
    client: httpx.AsyncClient, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    await make_space("general", SpaceKind.forum)
    for path in ("/feeds/lobby.atom", "/feeds/nowhere.atom", "/feeds/general.rss"):
        response = await client.get(path)
        assert response.status_code == 404, path
        assert "feed" in response.text
    empty = feedparser.parse((await client.get("/feeds/general.atom")).content)
    assert not empty.bozo and empty.entries == []
