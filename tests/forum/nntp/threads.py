"""Helpers that write posts over the JSON API, as members do from other clients."""

from __future__ import annotations

import httpx


async def start_thread(
    client: httpx.AsyncClient, member, slug: str, title: str, body: str
) -> tuple[int, int]:
    """Start a topic over the API; returns (topic id, first post id)."""
    created = await client.post(
        f"/api/spaces/{slug}/topics", json={"title": title, "body": body}, headers=member.headers
    )
    assert created.status_code == 201, created.text
    topic_id = created.json()["topic_id"]
    first = (await client.get(f"/api/topics/{topic_id}")).json()["posts"][0]["id"]
    return topic_id, first


async def reply(
    client: httpx.AsyncClient, member, topic_id: int, body: str, parent_id: int | None = None
) -> int:
    """Reply over the API; returns the post id."""
    created = await client.post(
        f"/api/topics/{topic_id}/posts",
        json={"body": body, "parent_id": parent_id},
        headers=member.headers,
    )
    assert created.status_code == 201, created.text
    return created.json()["id"]
