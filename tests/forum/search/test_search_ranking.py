"""Ranking: the title weighs most, and words in most posts do not pretend to rank."""

from __future__ import annotations

import httpx
import pytest

from forum.reading import search as searching
from forum.storage.tables import SpaceKind


async def test_a_word_in_the_title_ranks_above_a_passing_mention(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada = await make_member("ada")
    titled = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Puffin colonies", "body": "Where puffins nest each summer."},
        headers=ada.headers,
    )
    mention = await client.post(
        "/api/spaces/general/topics",
        json={
            "title": "Holiday notes",
            "body": "We walked the cliffs, ate well, slept badly, saw a puffin, and took "
            "the ferry home after a long and windy week by the sea.",
        },
        headers=ada.headers,
    )
    items = (await client.get("/api/search", params={"q": "puffin"})).json()["items"]
    assert [i["topic_id"] for i in items] == [titled.json()["id"], mention.json()["id"]]


@pytest.mark.parametrize("backend", ["sqlite"])  # ts_rank has no document frequency
async def test_words_in_most_posts_list_newest_first_on_sqlite(
    client: httpx.AsyncClient, make_member, make_space, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FTS5's bm25 gives a word in over half the posts no weight (and counts every post that
    holds it): when the newest candidates are most of the newest posts, newest first."""
    monkeypatch.setattr(searching, "CANDIDATES", 3)
    await make_space("wall", SpaceKind.board)
    ada = await make_member("ada")
    ids = []
    for body in ("heron", "heron heron heron heron heron", "heron and more", "heron again"):
        made = await client.post(
            "/api/spaces/wall/messages", json={"body": body}, headers=ada.headers
        )
        ids.append(made.json()["id"])
    items = (await client.get("/api/search", params={"q": "heron"})).json()["items"]
    assert [i["post_id"] for i in items] == [ids[3], ids[2], ids[1]]  # not the repeated one first
    for n in range(6):  # now "heron" is in a minority of the newest posts: ranked again
        await client.post(
            "/api/spaces/wall/messages", json={"body": f"egret {n}"}, headers=ada.headers
        )
    repeated = await client.post(
        "/api/spaces/wall/messages", json={"body": "heron heron heron heron"}, headers=ada.headers
    )
    items = (await client.get("/api/search", params={"q": "heron"})).json()["items"]
    assert items[0]["post_id"] == repeated.json()["id"]


@pytest.mark.parametrize("backend", ["sqlite"])  # bm25 is FTS5's
async def test_a_phrase_of_words_in_most_posts_lists_newest_first_on_sqlite(
    client: httpx.AsyncClient, make_member, make_space, monkeypatch: pytest.MonkeyPatch
) -> None:
    """To weigh a phrase bm25 reads its words' every post: past a budget, newest first."""
    await make_space("general")
    ada = await make_member("ada")
    ids = []
    for title, body in (("Grey heron nests", "grey heron grey heron"), ("Notes", "a grey heron")):
        made = await client.post(
            "/api/spaces/general/topics", json={"title": title, "body": body}, headers=ada.headers
        )
        ids.append(made.json()["id"])
    items = (await client.get("/api/search", params={"q": '"grey heron"'})).json()["items"]
    assert [i["topic_id"] for i in items] == ids  # ranked: the title and two matches first
    monkeypatch.setattr(searching, "BM25_ENTRIES", 1)
    items = (await client.get("/api/search", params={"q": '"grey heron"'})).json()["items"]
    assert [i["topic_id"] for i in items] == ids[::-1]
