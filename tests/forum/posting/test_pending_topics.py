"""A held topic takes no replies until a moderator publishes it, on every path."""

from __future__ import annotations

import httpx

from forum.desk import actions
from forum.storage.tables import Post, Role, Topic
from tests.conftest import browser_login, csrf_from

THREAT = "I will find where you live and hurt you."


async def _held_topic(client: httpx.AsyncClient, author) -> int:
    created = await client.post(
        "/api/spaces/general/topics",
        json={"title": "About last night", "body": THREAT},
        headers=author.headers,
    )
    assert created.status_code == 201 and created.json()["status"] == "pending"
    return created.json()["topic_id"]


async def test_a_reply_to_a_held_topic_is_refused(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    author = await make_member()
    moderator = await make_member(role=Role.moderator)
    topic_id = await _held_topic(client, author)
    for who in (author, moderator):
        refused = await client.post(
            f"/api/topics/{topic_id}/posts", json={"body": "Anyone?"}, headers=who.headers
        )
        assert refused.status_code == 409
        assert "waiting for a moderator's review" in refused.json()["detail"]
    assert await Post.count().where(Post.topic == topic_id) == 1
    # The web form is refused the same way, with the sentence on the page.
    await browser_login(client, author.username)
    page = await client.get(f"/t/{topic_id}")
    form = await client.post(
        f"/t/{topic_id}/reply", data={"body": "Anyone?", "_csrf_token": csrf_from(page.text)}
    )
    assert form.status_code == 409
    assert "replies open once it is published" in form.text
    assert await Post.count().where(Post.topic == topic_id) == 1
    # Once a moderator approves the topic, replies are taken.
    first = await Post.select(Post.id).where(Post.topic == topic_id).first()
    await actions.approve(moderator.account, first["id"], confirmed=True)
    accepted = await client.post(
        f"/api/topics/{topic_id}/posts", json={"body": "Anyone?"}, headers=author.headers
    )
    assert accepted.status_code == 201
    assert (await Topic.select(Topic.post_count).where(Topic.id == topic_id).first())[
        "post_count"
    ] == 2


async def test_a_held_topic_shows_no_composer_to_its_author(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    author = await make_member()
    topic_id = await _held_topic(client, author)
    await browser_login(client, author.username)
    page = await client.get(f"/t/{topic_id}")
    assert page.status_code == 200
    assert 'id="composer"' not in page.text and "?reply_to=" not in page.text
    assert "Replies open once a moderator publishes it." in page.text


async def test_a_reply_to_a_held_reply_is_refused(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    author = await make_member()
    created = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Plans", "body": "Saturday?"},
        headers=author.headers,
    )
    topic_id = created.json()["topic_id"]
    held = await client.post(
        f"/api/topics/{topic_id}/posts", json={"body": THREAT}, headers=author.headers
    )
    assert held.json()["status"] == "pending"
    refused = await client.post(
        f"/api/topics/{topic_id}/posts",
        json={"body": "and more", "parent_id": held.json()["id"]},
        headers=author.headers,
    )
    assert refused.status_code == 409
    assert "not published" in refused.json()["detail"]
