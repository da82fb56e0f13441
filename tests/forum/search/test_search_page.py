"""The search page over plain HTTP, as a browser without JavaScript uses it."""

from __future__ import annotations

import re
import sqlite3

import httpx

from forum.storage.tables import Role, SpaceKind, Topic


async def test_every_page_has_a_search_box_that_submits_without_javascript(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    ada = await make_member("ada")
    await client.post(
        "/api/spaces/wall/messages", json={"body": "the heron stood still"}, headers=ada.headers
    )
    for path in ("/", "/s/wall", "/login"):
        html = (await client.get(path)).text
        form = re.search(r'<form class="site-search" method="get" action="([^"]+)"', html)
        assert form and 'name="q"' in html and '<label for="site-search-q"' in html, path
    found = await client.get(form.group(1), params={"q": "herons"})
    assert found.status_code == 200
    assert "<mark>heron</mark> stood still" in found.text
    assert 'value="herons"' in found.text  # the box keeps what was typed


async def test_snippets_escape_the_text_before_marking_it(
    client: httpx.AsyncClient, make_member, make_space, settings
) -> None:
    await make_space("general")
    ada = await make_member("ada")
    body = "<script>alert('x')</script> <img src=x onerror=alert(1)> pelican"
    made = await client.post(
        "/api/spaces/general/topics",
        json={"title": "<b>Pelican</b> & friends", "body": body},
        headers=ada.headers,
    )
    assert made.status_code == 201
    page = (await client.get("/search", params={"q": "pelican"})).text
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>" not in page
    assert "<mark>pelican</mark>" in page and "<mark>Pelican</mark>" in page
    [item] = (await client.get("/api/search", params={"q": "pelican"})).json()["items"]
    for html in (item["snippet"], item["title"]):
        assert not re.search(r"<(?!/?mark>)", html), html  # no tag but our own marks
    if settings.is_sqlite:  # ts_headline drops some tag-like text; FTS5 keeps it, escaped
        assert "&lt;script&gt;alert('x')&lt;/script&gt;" in page
        assert item["title"] == "&lt;b&gt;<mark>Pelican</mark>&lt;/b&gt; &amp; friends"


async def test_moderators_see_a_status_choice_and_members_a_sentence(
    client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    from tests.conftest import browser_login

    await make_member("mod", Role.moderator)
    await make_member("ada")
    staff, member = new_client(), new_client()
    await browser_login(staff, "mod")
    await browser_login(member, "ada")
    assert 'name="status"' in (await staff.get("/search")).text
    assert 'name="status"' not in (await member.get("/search")).text
    refused = await member.get("/search", params={"q": "heron", "status": "held"})
    assert refused.status_code == 403 and "Only moderators" in refused.text


async def test_the_sqlite_index_stays_consistent_through_edits_titles_and_erasure(
    client: httpx.AsyncClient, make_member, make_space, settings
) -> None:
    """FTS5 with external content must be told the old text exactly; integrity-check proves
    the triggers did (SQLite only: PostgreSQL recomputes the vector from the row)."""
    if not settings.is_sqlite:
        return
    await make_space("general")
    ada = await make_member("ada")
    made = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Ibis", "body": "ibis one"},
        headers=ada.headers,
    )
    topic_id = made.json()["id"]
    [first] = (await client.get(f"/api/topics/{topic_id}")).json()["posts"]
    await client.patch(f"/api/posts/{first['id']}", json={"body": "ibis two"}, headers=ada.headers)
    await Topic.update({Topic.title: "Sacred ibis"}).where(Topic.id == topic_id)
    found = (await client.get("/api/search", params={"q": "sacred"})).json()["items"]
    assert [i["post_id"] for i in found] == [first["id"]]
    await client.request(
        "DELETE", "/api/me", json={"password": "correct horse battery staple"}, headers=ada.headers
    )
    path = settings.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO post_search(post_search, rank) VALUES ('integrity-check', 1)")
