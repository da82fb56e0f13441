"""Server-rendered pages: browsing without an account, forms with CSRF, threaded topics."""

from __future__ import annotations

import httpx

from forum.storage.tables import Post, SpaceKind, Topic
from tests.conftest import browser_login, csrf_from, form_post


async def test_home_lists_spaces_of_every_kind(client: httpx.AsyncClient, make_space) -> None:
    await make_space("general", title="General talk")
    await make_space("wall", SpaceKind.board, title="The wall")
    await make_space("help.python", SpaceKind.newsgroup, title="Python help")
    await make_space("lobby", SpaceKind.chat, title="Lobby")
    page = await client.get("/")
    assert page.status_code == 200
    for heading in ("Forums", "Message boards", "News groups", "Chat rooms"):
        assert f">{heading}</h2>" in page.text
    for link in ("/s/general", "/s/wall", "/s/help.python", "/s/lobby"):
        assert f'href="{link}"' in page.text


async def test_visitor_reading_gets_no_cookie(client: httpx.AsyncClient, make_space) -> None:
    await make_space("general")
    await make_space("wall", SpaceKind.board)
    for path in ("/", "/s/general", "/s/wall", "/terms", "/api/spaces"):
        response = await client.get(path)
        assert response.status_code == 200
        assert "set-cookie" not in response.headers, path


async def test_starting_a_topic_from_the_form(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    member = await make_member()
    await browser_login(client, member.username)
    response = await form_post(
        client, "/s/general/new", "/s/general/new", {"title": "Form topic", "body": "Hello _world_"}
    )
    assert response.status_code == 303
    topic_page = await client.get(response.headers["location"])
    assert "<h1>Form topic</h1>" in topic_page.text
    assert "Hello <em>world</em>" in topic_page.text


async def test_form_without_csrf_token_is_refused(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    member = await make_member()
    await browser_login(client, member.username)
    response = await client.post("/s/general/new", data={"title": "No token", "body": "x"})
    assert response.status_code == 403
    assert await Topic.count() == 0


async def test_form_from_a_foreign_origin_is_refused(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    member = await make_member()
    await browser_login(client, member.username)
    page = await client.get("/s/general/new")
    response = await client.post(
        "/s/general/new",
        data={"title": "Forged", "body": "x", "_csrf_token": csrf_from(page.text)},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert await Topic.count() == 0


async def test_bad_form_is_shown_again_with_the_text_kept(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    member = await make_member()
    await browser_login(client, member.username)
    response = await form_post(
        client, "/s/general/new", "/s/general/new", {"title": "x", "body": "my careful words"}
    )
    assert response.status_code == 400
    assert "at least 3 characters" in response.text
    assert "my careful words</textarea>" in response.text
    assert await Topic.count() == 0


async def test_topic_page_shows_replies_threaded(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada = await make_member("ada")
    topic = (
        await client.post(
            "/api/spaces/general/topics",
            json={"title": "Thread", "body": "root"},
            headers=ada.headers,
        )
    ).json()["id"]
    root = (await client.get(f"/api/topics/{topic}")).json()["posts"][0]["id"]
    later = await client.post(
        f"/api/topics/{topic}/posts", json={"body": "later"}, headers=ada.headers
    )
    nested = await client.post(
        f"/api/topics/{topic}/posts",
        json={"body": "nested", "parent_id": root},
        headers=ada.headers,
    )
    page = await client.get(f"/t/{topic}")
    text = page.text
    assert text.index("root") < text.index("nested") < text.index("later")
    assert f'depth-1" id="p{nested.json()["id"]}"' in text
    assert f'depth-0" id="p{later.json()["id"]}"' in text


async def test_topic_pages_paginate(
    client: httpx.AsyncClient, make_member, make_space, settings
) -> None:
    await make_space("general")
    ada = await make_member()
    topic = (
        await client.post(
            "/api/spaces/general/topics",
            json={"title": "Long", "body": "post 0"},
            headers=ada.headers,
        )
    ).json()["id"]
    for n in range(1, settings.page_size + 5):
        await client.post(
            f"/api/topics/{topic}/posts", json={"body": f"post {n}"}, headers=ada.headers
        )
    first, second = await client.get(f"/t/{topic}"), await client.get(f"/t/{topic}?page=2")
    assert "post 0" in first.text and f"post {settings.page_size + 4}" not in first.text
    assert f"post {settings.page_size + 4}" in second.text
    assert 'href="?page=2"' in first.text
    junk = await client.get(f"/t/{topic}?page=abc")
    assert junk.status_code == 200


async def test_board_form_posts_and_errors_keep_the_text(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    member = await make_member()
    await browser_login(client, member.username)
    ok = await form_post(client, "/s/wall", "/s/wall/messages", {"body": "pinned note"})
    assert ok.status_code == 303
    assert "pinned note" in (await client.get("/s/wall")).text
    too_long = await form_post(client, "/s/wall", "/s/wall/messages", {"body": "y" * 20_001})
    assert too_long.status_code == 400
    assert "y" * 100 in too_long.text
    assert await Post.count() == 1


async def test_visitor_sees_sign_in_prompt_not_a_form(
    client: httpx.AsyncClient, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    page = await client.get("/s/wall")
    assert "Sign in</a> or" in page.text
    assert "<textarea" not in page.text
    new_topic = await client.get("/s/wall/new")
    assert new_topic.status_code == 303 and new_topic.headers["location"].startswith("/login")


async def test_missing_pages_say_what_is_missing(client: httpx.AsyncClient) -> None:
    for path, words in (("/s/nowhere", "space"), ("/t/999", "topic"), ("/u/nobody", "member")):
        response = await client.get(path)
        assert response.status_code == 404
        assert words in response.text
        assert "<h1>Not found</h1>" in response.text


async def test_outbound_links_go_through_the_leaving_page(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    ada = await make_member()
    await client.post(
        "/api/spaces/wall/messages",
        json={"body": "see [this](https://example.org/page)"},
        headers=ada.headers,
    )
    wall = await client.get("/s/wall")
    assert 'href="/out?to=https%3A%2F%2Fexample.org%2Fpage"' in wall.text
    assert 'rel="nofollow ugc noopener noreferrer"' in wall.text
    leaving = await client.get("/out?to=https%3A%2F%2Fexample.org%2Fpage")
    assert "You are leaving" in leaving.text and "example.org" in leaving.text
    assert leaving.headers["referrer-policy"] == "no-referrer"
    refused = await client.get("/out?to=javascript:alert(1)")
    assert refused.status_code == 400
    assert 'href="javascript' not in refused.text


async def test_pages_send_security_headers(client: httpx.AsyncClient) -> None:
    response = await client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "same-origin"


async def test_the_favicon_is_served_cached_and_named_by_every_page(
    client: httpx.AsyncClient,
) -> None:
    icon = await client.get("/favicon.ico")
    assert icon.status_code == 200
    assert icon.headers["content-type"] == "image/x-icon"
    assert icon.content[:4] == b"\0\0\1\0"  # an ICO file, which every browser reads
    assert "max-age=604800" in icon.headers["cache-control"]
    assert "set-cookie" not in icon.headers
    assert '<link rel="icon" href="/favicon.ico"' in (await client.get("/")).text
