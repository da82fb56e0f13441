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


async def test_held_removed_withdrawn_and_erased_posts_are_found_by_nobody_but_moderators(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    await make_space("wall", SpaceKind.board)
    ada, bob = await make_member("ada"), await make_member("bob")
    mod = await make_member("mod", Role.moderator)
    held = await client.post(
        "/api/spaces/wall/messages",
        json={"body": "zebra card 4111 1111 1111 1111", "confirm_disclosure": True},
        headers=ada.headers,
    )
    assert held.json()["status"] == "pending"
    _, removed = await _topic(client, bob, "Zebra crossing", "zebra stripes everywhere")
    gone = await client.post(
        f"/api/moderation/posts/{removed}/remove",
        json={"category": "spam", "reason": "test"},
        headers=mod.headers,
    )
    assert gone.status_code in (200, 201), gone.text
    _, withdrawn = await _topic(client, bob, "Zebra facts", "a zebra fact I regret")
    assert (await client.delete(f"/api/posts/{withdrawn}", headers=bob.headers)).is_success
    _, visible = await _topic(client, bob, "Zoo visit", "we saw a zebra")
    for headers in (None, ada.headers, bob.headers):
        assert [i["post_id"] for i in await _search(client, headers, q="zebra")] == [visible]
    for status in ("held", "removed"):
        refused = await client.get(
            "/api/search", params={"q": "zebra", "status": status}, headers=bob.headers
        )
        assert refused.status_code == 403 and "moderators" in refused.json()["detail"]
    held_found = await _search(client, mod.headers, q="zebra", status="held")
    assert [i["post_id"] for i in held_found] == [held.json()["id"]]
    removed_found = await _search(client, mod.headers, q="zebra", status="removed")
    assert {i["post_id"] for i in removed_found} == {removed, withdrawn}
    assert [i["post_id"] for i in await _search(client, mod.headers, q="zebra")] == [visible]


async def test_a_reply_in_a_removed_topic_is_not_found(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada, mod = await make_member("ada"), await make_member("mod", Role.moderator)
    topic_id, first = await _topic(client, ada, "Kiwi birds", "about kiwis")
    await _reply(client, ada, topic_id, "a kiwi reply that stays visible itself")
    assert len(await _search(client, q="kiwi")) == 2
    await client.post(
        f"/api/moderation/posts/{first}/remove",
        json={"category": "spam", "reason": "test"},
        headers=mod.headers,
    )
    assert await _search(client, q="kiwi") == []


async def test_an_edit_changes_what_is_found_at_once(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada = await make_member("ada")
    topic_id, _ = await _topic(client, ada, "Gardening", "tomatoes this year")
    reply = await _reply(client, ada, topic_id, "I grew parsnips")
    edited = await client.patch(
        f"/api/posts/{reply}", json={"body": "I grew turnips"}, headers=ada.headers
    )
    assert edited.status_code == 200, edited.text
    assert await _search(client, q="parsnips") == []
    assert [i["post_id"] for i in await _search(client, q="turnips")] == [reply]


async def test_an_erased_members_posts_and_name_are_not_found(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada, bob = await make_member("ada"), await make_member("bob")
    mod = await make_member("mod", Role.moderator)
    await _topic(client, ada, "Quokka pictures", "quokka smiles")
    topic_id, kept = await _topic(client, ada, "Wombat burrows", "wombat cubes")
    await _reply(client, bob, topic_id, "wombats are great")
    deleted = await client.request(
        "DELETE", "/api/me", json={"password": "correct horse battery staple"}, headers=ada.headers
    )
    assert deleted.status_code in (200, 204), deleted.text
    assert await _search(client, q="quokka") == []  # erased: text and title gone
    assert await _search(client, mod.headers, q="quokka", status="removed") == []
    hits = await _search(client, q="wombat")
    kept_hit = next(i for i in hits if i["post_id"] == kept)
    assert kept_hit["author"] == "deleted member"  # kept for the reply, not her name
    unknown = await client.get("/api/search", params={"q": "wombat", "author": "ada"})
    assert unknown.status_code == 404
    erased_name = await client.get(
        "/api/search", params={"q": "wombat", "author": f"deleted-{ada.account.id}"}
    )
    assert erased_name.status_code == 404


async def test_filters_narrow_by_space_author_kind_and_date(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    await make_space("cooking")
    await make_space("wall", SpaceKind.board)
    ada, bob = await make_member("ada"), await make_member("bob")
    _, in_general = await _topic(client, ada, "Lentil soup", "lentil recipe")
    _, in_cooking = await _topic(client, bob, "Lentils again", "more lentil ideas", "cooking")
    on_wall = await client.post(
        "/api/spaces/wall/messages", json={"body": "lentil stew tonight"}, headers=bob.headers
    )
    wall_id = on_wall.json()["id"]

    async def ids(**params) -> set[int]:
        return {i["post_id"] for i in await _search(client, q="lentil", **params)}

    assert await ids() == {in_general, in_cooking, wall_id}
    assert await ids(space="cooking") == {in_cooking}
    assert await ids(author="BOB") == {in_cooking, wall_id}  # names are case-insensitive
    assert await ids(kind="board") == {wall_id}
    assert await ids(after="2000-01-01", before="2999-01-01") == {in_general, in_cooking, wall_id}
    assert await ids(before="2000-01-01") == set()
    newest = await _search(client, q="lentil", sort="newest")
    assert [i["post_id"] for i in newest] == sorted([in_general, in_cooking, wall_id])[::-1]


async def test_results_page_with_next_until_the_end(
    client: httpx.AsyncClient, make_member, make_space, settings
) -> None:
    await make_space("wall", SpaceKind.board)
    ada = await make_member("ada")
    total = settings.page_size + 3
    for n in range(total):
        made = await client.post(
            "/api/spaces/wall/messages", json={"body": f"walrus note {n}"}, headers=ada.headers
        )
        assert made.status_code == 201
    first = (await client.get("/api/search", params={"q": "walrus"})).json()
    assert len(first["items"]) == settings.page_size and first["next"]
    second = (await client.get(first["next"])).json()
    assert len(second["items"]) == 3 and second["next"] is None
    seen = [i["post_id"] for i in first["items"] + second["items"]]
    assert len(set(seen)) == total
