"""Shared steps of the private-message tests: starting a conversation and writing in it."""

from __future__ import annotations

import httpx


async def start(
    client: httpx.AsyncClient, author, to: list[str], body: str = "Hello there", **extra
) -> httpx.Response:
    """POST /api/conversations as ``author``; the response, whatever its status."""
    payload = {"to": to, "title": extra.pop("title", "A private word"), "body": body, **extra}
    return await client.post("/api/conversations", json=payload, headers=author.headers)


async def started(client: httpx.AsyncClient, author, to: list[str], body: str = "Hello") -> int:
    """A conversation's id (asserting it was created)."""
    response = await start(client, author, to, body)
    assert response.status_code == 201, response.text
    return response.json()["id"]


async def send(
    client: httpx.AsyncClient, author, conversation: int, body: str, **extra
) -> httpx.Response:
    """POST a message in a conversation as ``author``."""
    return await client.post(
        f"/api/conversations/{conversation}/messages",
        json={"body": body, **extra},
        headers=author.headers,
    )


async def read(client: httpx.AsyncClient, member, conversation: int) -> httpx.Response:
    """GET one conversation as ``member``."""
    return await client.get(f"/api/conversations/{conversation}", headers=member.headers)
