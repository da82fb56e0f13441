"""The page cache: cached pages change the moment a write changes them, held posts never reach
visitors, and nothing personal travels from one reader's page to another's."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import httpx

from forum import page_cache
from forum.accounts.sessions import SESSION_COOKIE
from forum.privacy.cookies import CSRF_COOKIE
from forum.storage.tables import SpaceKind
from tests.conftest import CSRF_RE, _unavailable, browser_login

CARD = "my card is 4111 1111 1111 1111"  # held for review even when the author confirms
# What of the card a page would show: "4111" alone also turns up in a timestamp (17:41:53.441113).
SHOWN = "4111 1111"
ROOT = Path(__file__).resolve().parents[2]


def cache(app):
    """The app's page cache (to tell hits from renders)."""
    return app.state.page_cache


async def _topic(client: httpx.AsyncClient, author, body: str = "The first post") -> int:
    response = await client.post(
        "/api/spaces/lounge/topics", json={"title": "Cached topic", "body": body},
        headers=author.headers,
    )  # fmt: skip
    assert response.status_code == 201, response.text
    return response.json()["topic_id"]


async def _reply(client: httpx.AsyncClient, member, topic_id: int, body: str, **extra) -> dict:
    response = await client.post(
        f"/api/topics/{topic_id}/posts", json={"body": body, **extra}, headers=member.headers
    )
    assert response.status_code == 201, response.text
    return response.json()


async def test_a_cached_topic_shows_a_new_reply_an_edit_and_a_removal_at_once(
    app, client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    await make_space("lounge")
    ada, mod = await make_member("ada"), await make_member("mod", role="moderator")
    topic_id = await _topic(client, ada)
    visitor = new_client()
    first = await visitor.get(f"/t/{topic_id}")
    hits = cache(app).hits
    assert (await visitor.get(f"/t/{topic_id}")).text == first.text
    assert cache(app).hits == hits + 1  # the second read came from the cache

    reply = await _reply(client, ada, topic_id, "A brand new reply")
    assert "A brand new reply" in (await visitor.get(f"/t/{topic_id}")).text

    edited = await client.patch(
        f"/api/posts/{reply['id']}", json={"body": "An edited reply"}, headers=ada.headers
    )
    assert edited.status_code == 200, edited.text
    page = (await visitor.get(f"/t/{topic_id}")).text
    assert "An edited reply" in page and "A brand new reply" not in page

    removed = await client.post(
        f"/api/moderation/posts/{reply['id']}/remove",
        json={"category": "spam", "reason": "Advert."},
        headers=mod.headers,
    )
    assert removed.status_code == 200, removed.text
    assert "An edited reply" not in (await visitor.get(f"/t/{topic_id}")).text
    restored = await client.post(
        f"/api/moderation/posts/{reply['id']}/restore", headers=mod.headers
    )
    assert restored.status_code == 200
    assert "An edited reply" in (await visitor.get(f"/t/{topic_id}")).text

    deleted = await client.delete(f"/api/posts/{reply['id']}", headers=ada.headers)
    assert deleted.status_code == 204
    assert "An edited reply" not in (await visitor.get(f"/t/{topic_id}")).text


async def test_space_and_home_pages_follow_new_topics_and_spaces(
    client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    await make_space("lounge")
    await make_space("wall", SpaceKind.board)
    ada = await make_member("ada")
    visitor = new_client()
    assert "No topics yet" in (await visitor.get("/s/lounge")).text
    assert "No messages yet" in (await visitor.get("/s/wall")).text
    await _topic(client, ada)
    message = await client.post(
        "/api/spaces/wall/messages", json={"body": "On the wall"}, headers=ada.headers
    )
    assert message.status_code == 201
    assert "Cached topic" in (await visitor.get("/s/lounge")).text
    assert "On the wall" in (await visitor.get("/s/wall")).text
    assert "Garden" not in (await visitor.get("/")).text
    await make_space("garden", SpaceKind.forum)
    assert "Garden" in (await visitor.get("/")).text


async def test_a_held_post_never_shows_to_visitors_but_its_author_sees_it(
    app, client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    await make_space("lounge")
    ada = await make_member("ada")
    await make_member("bob")
    topic_id = await _topic(client, ada)
    visitor, ada_browser, bob_browser = new_client(), new_client(), new_client()
    await browser_login(ada_browser, "ada")
    await browser_login(bob_browser, "bob")
    for reader in (visitor, ada_browser, bob_browser):  # everyone's copy is cached now
        assert (await reader.get(f"/t/{topic_id}")).status_code == 200
        await reader.get(f"/t/{topic_id}")
    held = await _reply(client, ada, topic_id, CARD, confirm_disclosure=True)
    assert held["status"] == "pending"
    assert SHOWN not in (await visitor.get(f"/t/{topic_id}")).text
    assert SHOWN not in (await bob_browser.get(f"/t/{topic_id}")).text
    own = (await ada_browser.get(f"/t/{topic_id}")).text
    assert SHOWN in own and "waiting for review" in own
    assert SHOWN not in (await visitor.get(f"/p/{held['id']}", follow_redirects=True)).text


async def test_two_visitors_get_identical_bytes_and_no_cookie(
    client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    await make_space("lounge")
    topic_id = await _topic(client, await make_member("ada"))
    for path in ("/", "/s/lounge", f"/t/{topic_id}"):
        one, two = new_client(), new_client()
        first, second = await one.get(path), await two.get(path)
        assert first.status_code == second.status_code == 200
        assert first.content == second.content
        assert "set-cookie" not in first.headers and "set-cookie" not in second.headers
        assert not CSRF_RE.search(first.text)


async def test_no_personal_data_travels_through_the_cache(
    client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    await make_space("lounge")
    ada = await make_member("ada")
    await make_member("bob")
    topic_id = await _topic(client, ada, "Hello from ada")
    ada_browser, bob_browser, visitor = new_client(), new_client(), new_client()
    await browser_login(ada_browser, "ada")
    await browser_login(bob_browser, "bob")
    for _ in range(2):  # the second round is served from each reader's cache entries
        ada_page = (await ada_browser.get(f"/t/{topic_id}")).text
        bob_page = (await bob_browser.get(f"/t/{topic_id}")).text
        visitor_page = (await visitor.get(f"/t/{topic_id}")).text
        ada_token = ada_browser.cookies.get(CSRF_COOKIE)
        bob_token = bob_browser.cookies.get(CSRF_COOKIE)
        assert ada_token and bob_token and ada_token != bob_token
        # Each member's forms carry their own browser's token, never the other's.
        assert set(CSRF_RE.findall(ada_page)) == {ada_token}
        assert set(CSRF_RE.findall(bob_page)) == {bob_token}
        assert "/p/1/edit" in ada_page and "/p/1/edit" not in bob_page  # own-post controls
        assert '<a href="/u/bob">bob</a>' in bob_page and '<a href="/u/bob">' not in ada_page
        assert "Sign out" not in visitor_page and not CSRF_RE.search(visitor_page)
        assert "/p/1/report" not in visitor_page and "/p/1/edit" not in visitor_page
        assert not visitor.cookies.get(CSRF_COOKIE) and not visitor.cookies.get(SESSION_COOKIE)


async def test_a_write_in_another_process_reaches_this_servers_cache(
    app, settings, client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    await make_space("lounge")
    ada = await make_member("ada")
    topic_id = await _topic(client, ada)
    visitor = new_client()
    await visitor.get(f"/t/{topic_id}")
    script = textwrap.dedent(f"""
        import asyncio
        from forum.accounts.members import ACCOUNT_COLUMNS, Account
        from forum.posting import submitting
        from forum.reading import queries
        from forum.storage import db
        from forum.storage.tables import User

        async def main():
            async with db.connected({settings.database_url!r}, {settings.redis_url!r}):
                row = await User.select(*ACCOUNT_COLUMNS).where(User.id == {ada.account.id}).first()
                topic = await queries.topic_by_id({topic_id}, None)
                await submitting.submit_reply(
                    Account.from_row(row), topic, "Written by another process", max_chars=1000
                )

        asyncio.run(main())
    """)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-c", script], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "Written by another process" in (await visitor.get(f"/t/{topic_id}")).text


async def test_redis_generations_are_shared_and_never_repeat() -> None:
    url = os.environ.get("FORUM_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
    one, two = page_cache.RedisGenerations(url), page_cache.RedisGenerations(url)
    scope = f"topic:test-{os.getpid()}"
    before = await one.read((scope,))
    if before is None:
        _unavailable(f"Redis does not answer at {url}")
    assert await two.read((scope,)) == before
    await two.bump([scope])
    after = await one.read((scope,))
    assert after != before
    await one._redis.delete("forum:pagegen:" + scope)  # a Redis restart loses the keys
    assert await two.read((scope,)) not in (before, after, (None,))


def test_file_generations_are_shared_between_processes(tmp_path: Path) -> None:
    path = tmp_path / "forum.sqlite.pagegen"
    store = page_cache.FileGenerations(path)
    before = asyncio.run(store.read(("site", "topic:1")))
    script = (
        "import asyncio, pathlib; from forum.page_cache import FileGenerations as F; "
        f"asyncio.run(F(pathlib.Path({str(path)!r})).bump(['topic:1']))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-c", script], env=env, check=True)
    after = asyncio.run(store.read(("site", "topic:1")))
    assert after[0] == before[0] and after[1] != before[1]
