"""Posting over the JSON API: topics, replies, board messages, edits; bad input answered clearly."""

from __future__ import annotations

import httpx

from forum.storage.tables import Post, PostRevision, SpaceKind, Topic


async def test_member_starts_a_topic_and_replies(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada = await make_member("ada")
    created = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Hello there", "body": "First **post**"},
        headers=ada.headers,
    )
    assert created.status_code == 201
    topic_id = created.json()["id"]
    first_post = (await client.get(f"/api/topics/{topic_id}")).json()["posts"][0]["id"]
    reply = await client.post(
        f"/api/topics/{topic_id}/posts",
        json={"body": "A reply", "parent_id": first_post},
        headers=ada.headers,
    )
    assert reply.status_code == 201
    topic = (await client.get(f"/api/topics/{topic_id}")).json()
    assert topic["title"] == "Hello there"
    assert [p["body"] for p in topic["posts"]] == ["First **post**", "A reply"]
    assert topic["posts"][0]["html"] == "<p>First <strong>post</strong></p>\n"
    assert topic["posts"][1]["parent_id"] == first_post
    assert topic["posts"][1]["depth"] == 1
    assert all(p["author"] == "ada" for p in topic["posts"])


async def test_board_messages_are_newest_first(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    ada = await make_member()
    for text in ("one", "two", "three"):
        response = await client.post(
            "/api/spaces/wall/messages", json={"body": text}, headers=ada.headers
        )
        assert response.status_code == 201
    messages = (await client.get("/api/spaces/wall/messages")).json()
    assert [m["body"] for m in messages] == ["three", "two", "one"]
    older = (await client.get(f"/api/spaces/wall/messages?before={messages[1]['id']}")).json()
    assert [m["body"] for m in older] == ["one"]


async def test_visitors_cannot_post(client: httpx.AsyncClient, make_space) -> None:
    await make_space("general")
    response = await client.post("/api/spaces/general/topics", json={"title": "Hi", "body": "x"})
    assert response.status_code == 401
    assert response.json()["detail"] == "Sign in to do this."
    assert await Topic.count() == 0


async def test_a_topic_cannot_be_started_on_a_board(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    ada = await make_member()
    response = await client.post(
        "/api/spaces/wall/topics", json={"title": "A topic", "body": "text"}, headers=ada.headers
    )
    assert response.status_code == 400
    assert "only in forums and news groups" in response.json()["detail"]
    messages = await client.post(
        "/api/spaces/wall/topics", json={"title": "A topic", "body": "text"}, headers=ada.headers
    )
    assert messages.status_code == 400
    assert await Topic.count() == 0 and await Post.count() == 0


async def test_unknown_space_is_a_404(client: httpx.AsyncClient, make_member) -> None:
    ada = await make_member()
    response = await client.post(
        "/api/spaces/nowhere/topics", json={"title": "Title", "body": "x"}, headers=ada.headers
    )
    assert response.status_code == 404
    assert "nowhere" in response.json()["detail"]


async def test_empty_and_oversized_posts_are_refused(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada = await make_member()
    empty = await client.post(
        "/api/spaces/general/topics", json={"title": "Title", "body": "   "}, headers=ada.headers
    )
    assert empty.status_code == 400
    assert empty.json()["detail"] == "Write something before posting."
    huge = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Title", "body": "x" * 20_001},
        headers=ada.headers,
    )
    assert huge.status_code == 400
    assert "at most 20,000 characters" in huge.json()["detail"]
    long_title = await client.post(
        "/api/spaces/general/topics", json={"title": "t" * 201, "body": "x"}, headers=ada.headers
    )
    assert long_title.status_code == 400
    assert await Topic.count() == 0 and await Post.count() == 0


async def test_malformed_json_and_wrong_types_get_readable_errors(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada = await make_member()
    headers = {**ada.headers, "content-type": "application/json"}
    broken = await client.post("/api/spaces/general/topics", content=b'{"title": ', headers=headers)
    assert broken.status_code == 400
    assert "JSON" in broken.json()["detail"]
    bad_utf8 = await client.post(
        "/api/spaces/general/topics", content=b'{"title": "\xff\xfe", "body": "x"}', headers=headers
    )
    assert bad_utf8.status_code == 400
    wrong_type = await client.post(
        "/api/spaces/general/topics", json={"title": 5, "body": "x"}, headers=ada.headers
    )
    assert wrong_type.status_code == 400
    assert "title" in wrong_type.json()["detail"]
    assert await Topic.count() == 0


async def test_author_edits_own_post_and_history_is_kept(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    ada, bob = await make_member(), await make_member()
    post_id = (
        await client.post("/api/spaces/wall/messages", json={"body": "typo"}, headers=ada.headers)
    ).json()["id"]
    edited = await client.patch(
        f"/api/posts/{post_id}", json={"body": "fixed"}, headers=ada.headers
    )
    assert edited.status_code == 200
    assert (await client.get(f"/api/posts/{post_id}")).json()["body"] == "fixed"
    revisions = await PostRevision.select(PostRevision.body).where(PostRevision.post == post_id)
    assert [r["body"] for r in revisions] == ["typo"]
    other = await client.patch(f"/api/posts/{post_id}", json={"body": "mine"}, headers=bob.headers)
    assert other.status_code == 403
    assert (await client.get(f"/api/posts/{post_id}")).json()["body"] == "fixed"


async def test_author_deletes_own_post(client: httpx.AsyncClient, make_member, make_space) -> None:
    await make_space("wall", SpaceKind.board)
    ada, bob = await make_member(), await make_member()
    post_id = (
        await client.post("/api/spaces/wall/messages", json={"body": "oops"}, headers=ada.headers)
    ).json()["id"]
    assert (await client.delete(f"/api/posts/{post_id}", headers=bob.headers)).status_code == 403
    assert (await client.delete(f"/api/posts/{post_id}", headers=ada.headers)).status_code == 204
    assert (await client.get(f"/api/posts/{post_id}")).status_code == 404
    assert (await client.get("/api/spaces/wall/messages")).json() == []
    assert await Post.count() == 1  # kept for the record, hidden from everyone


async def test_reply_to_a_post_of_another_topic_is_refused(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada = await make_member()
    first = (
        await client.post(
            "/api/spaces/general/topics", json={"title": "One", "body": "a"}, headers=ada.headers
        )
    ).json()["id"]
    second = (
        await client.post(
            "/api/spaces/general/topics", json={"title": "Two", "body": "b"}, headers=ada.headers
        )
    ).json()["id"]
    post_in_first = (await client.get(f"/api/topics/{first}")).json()["posts"][0]["id"]
    response = await client.post(
        f"/api/topics/{second}/posts",
        json={"body": "misplaced", "parent_id": post_in_first},
        headers=ada.headers,
    )
    assert response.status_code == 400
    assert await Post.count() == 2


async def test_space_listing_and_detail(client: httpx.AsyncClient, make_space) -> None:
    await make_space("general")
    await make_space("wall", SpaceKind.board)
    await make_space("help.python", SpaceKind.newsgroup)
    await make_space("lobby", SpaceKind.chat)
    spaces = (await client.get("/api/spaces")).json()
    assert {s["kind"] for s in spaces} == {"forum", "board", "newsgroup", "chat"}
    detail = (await client.get("/api/spaces/help.python")).json()
    assert detail["space"]["kind"] == "newsgroup" and detail["topics"] == []
    assert (await client.get("/api/spaces/general/messages")).status_code == 400


async def test_ids_too_big_for_the_database_are_a_clear_4xx(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    ada = await make_member()
    huge = 99_999_999_999
    for path in (f"/t/{huge}", f"/p/{huge}", f"/api/posts/{huge}", f"/api/topics/{huge}"):
        response = await client.get(path)
        assert 400 <= response.status_code < 500, path
    paged = await client.get(f"/api/spaces/wall/messages?before={huge}")
    assert paged.status_code == 400
    reply = await client.post(
        "/api/spaces/wall/messages", json={"body": "x", "parent_id": huge}, headers=ada.headers
    )
    assert reply.status_code in (201, 400)  # boards ignore parent_id; never a 500
