"""PostgreSQL reads the newest matches window by window: whatever the windows and the way
each is read, the same posts in the same order as one exact query would give."""

from __future__ import annotations

import httpx
import pytest

from forum.reading import search as searching
from forum.reading import search_postgres
from forum.storage.tables import SpaceKind

pytestmark = pytest.mark.parametrize("backend", ["postgres"])  # SQLite has no windows


@pytest.fixture
def settings_env() -> dict[str, str]:
    """Pages of five, so that paging crosses windows."""
    return {"FORUM_PAGE_SIZE": "5"}


async def _message(client: httpx.AsyncClient, who, body: str) -> int:
    made = await client.post("/api/spaces/wall/messages", json={"body": body}, headers=who.headers)
    assert made.status_code == 201, made.text
    return made.json()["id"]


async def _all_pages(client: httpx.AsyncClient, **params) -> list[int]:
    found, url = [], "/api/search"
    page = (await client.get(url, params=params)).json()
    while True:
        found += [item["post_id"] for item in page["items"]]
        if page["next"] is None:
            return found
        page = (await client.get(page["next"])).json()


@pytest.mark.parametrize("walk", [True, False], ids=["walked", "gin-and-brin"])
async def test_windows_find_exactly_the_newest_matches_in_order(
    client: httpx.AsyncClient, make_member, make_space, monkeypatch: pytest.MonkeyPatch, walk
) -> None:
    # Tiny windows, never the rest at once, and every window read one way: many windows.
    monkeypatch.setattr(search_postgres, "FIRST_WALK", 3)
    monkeypatch.setattr(search_postgres, "ALL_AT_ONCE", 0)
    monkeypatch.setattr(search_postgres, "WALK_COST", 0.0 if walk else 1e9)
    monkeypatch.setattr(searching, "CANDIDATES", 7)
    await make_space("wall", SpaceKind.board)
    ada = await make_member("ada")
    herons = []
    for n in range(40):
        body = f"heron sighting {n}" if n % 3 == 0 else f"egret sighting {n}"
        post_id = await _message(client, ada, body)
        if n % 3 == 0:
            herons.append(post_id)
    withdrawn = herons.pop(5)  # out of sight, in the middle of a window
    assert (await client.delete(f"/api/posts/{withdrawn}", headers=ada.headers)).is_success
    assert await _all_pages(client, q="heron", sort="newest") == herons[::-1]
    # Ranked: among the newest CANDIDATES matches only, every one of them once.
    ranked = await _all_pages(client, q="heron")
    assert sorted(ranked) == sorted(herons[::-1][:7])


async def test_a_phrase_of_common_words_settles_for_a_page_of_the_newest(
    client: httpx.AsyncClient, make_member, make_space, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_postgres, "FIRST_WALK", 4)
    monkeypatch.setattr(search_postgres, "PHRASE_CHECKS", 4)
    await make_space("wall", SpaceKind.board)
    ada = await make_member("ada")
    phrases = []
    for n in range(24):  # the words in every post, as a phrase in a third of them
        if n % 3 == 0:
            phrases.append(await _message(client, ada, f"a grey heron at dawn {n}"))
        else:
            await _message(client, ada, f"a heron, grey at dawn {n}")
    # Four posts holding both words checked, one phrase among them: read on to a page (5+1).
    ranked = await _all_pages(client, q='"grey heron"')
    assert len(ranked) == 6 and set(ranked) <= set(phrases)
    # Newest first lists every match: nothing was lost, only ranked among fewer.
    assert await _all_pages(client, q='"grey heron"', sort="newest") == phrases[::-1]
    assert await _all_pages(client, q="heron -grey") == []
