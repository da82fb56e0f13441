"""Shared steps of the notification tests: posting over the API and waiting for the fan-out."""

from __future__ import annotations

import asyncio
import time

import httpx


async def topic(client: httpx.AsyncClient, member, space: str = "general", **fields) -> dict:
    """Start a topic over the API; returns the created post (id, topic_id, status)."""
    body = {"title": "A topic", "body": "Hello there", **fields}
    response = await client.post(f"/api/spaces/{space}/topics", json=body, headers=member.headers)
    assert response.status_code == 201, response.text
    return response.json()


async def reply(client: httpx.AsyncClient, member, topic_id: int, body: str, **extra) -> dict:
    """Reply in a topic over the API; returns the created post."""
    response = await client.post(
        f"/api/topics/{topic_id}/posts", json={"body": body, **extra}, headers=member.headers
    )
    assert response.status_code == 201, response.text
    return response.json()


async def notes(client: httpx.AsyncClient, member) -> list[dict]:
    """The member's notifications, newest first."""
    response = await client.get("/api/me/notifications", headers=member.headers)
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def settle(client: httpx.AsyncClient, member, count: int, timeout: float = 5.0) -> list:
    """The member's notifications once there are at least ``count`` (the fan-out runs after
    the commit, in the background), then a moment more to catch any extra one."""
    deadline = time.monotonic() + timeout
    while True:
        found = await notes(client, member)
        if len(found) >= count or time.monotonic() > deadline:
            await asyncio.sleep(0.2)
            return await notes(client, member)
        await asyncio.sleep(0.05)
