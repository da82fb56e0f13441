"""Search over the API on both databases: ranked, highlighted, filtered, paged, and never
more than the reader may see."""

from __future__ import annotations

import httpx

from forum.storage.tables import Role, SpaceKind


async def _topic(client: httpx.AsyncClient, who, title: str, body: str, space: str = "general"):
    made = await client.post(
        f"/api/spaces/{space}/topics", json={"title": title, "body": body}, headers=who.headers
    )
    assert made.status_code == 201, made.text
    topic_id = made.json()["id"]
    first = (await client.get(f"/api/topics/{topic_id}")).json()["posts"][0]["id"]
    return topic_id, first


async def _reply(client: httpx.AsyncClient, who, topic_id: int, body: str) -> int:
    made = await client.post(
        f"/api/topics/{topic_id}/posts", json={"body": body}, headers=who.headers
    )
    assert made.status_code == 201, made.text
    return made.json()["id"]


async def _search(client: httpx.AsyncClient, headers=None, **params) -> list[dict]:
    found = await client.get("/api/search", params=params, headers=headers or {})
    assert found.status_code == 200, found.text
    return found.json()["items"]


async def test_a_visible_post_is_found_with_its_words_marked(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada = await make_member("ada")
    topic_id, first = await _topic(client, ada, "Sourdough starters", "Feed the starter daily.")
    reply = await _reply(client, ada, topic_id, "My sourdough rises slowly in winter.")
    items = await _search(client, q="sourdough")
    assert {i["post_id"] for i in items} == {first, reply}
    hit = next(i for i in items if i["post_id"] == reply)
    assert hit["topic_id"] == topic_id and hit["space"] == "general" and hit["author"] == "ada"
    assert "<mark>sourdough</mark>" in hit["snippet"]
    opening = next(i for i in items if i["post_id"] == first)
    assert opening["title"] == "<mark>Sourdough</mark> starters"  # the title finds the topic
    assert hit["created_at"]
    # Stemming: "rising" finds "rises".
    assert [i["post_id"] for i in await _search(client, q="rising")] == [reply]
