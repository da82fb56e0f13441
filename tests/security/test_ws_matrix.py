"""Every websocket message type by every role: the answer each role gets, asserted cell by cell.

Chat (/ws/chat/{room}, docs/chat-protocol.md): every client frame type. The live moderation
queue (/ws/moderation): connecting, and any frame sent on it (it only listens). A frame type
added to the protocol without a row here fails ``test_every_frame_type_has_a_row``.
Roles connect as API clients (bearer token); "suspended" holds the token it had before its
suspension, which must count for nothing.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
import websockets

from chat.protocol import FRAME_TYPES
from forum.storage.tables import SpaceKind, User
from tests.security.conftest import ROLES, make_people, suspend

SIGN_IN = "error:sign_in_required"
FORBIDDEN = "error:forbidden"
STAFF_ONLY = {"moderator": "ok", "admin": "ok"}


def _row(default: str, **per_role: str) -> dict[str, str]:
    return {role: per_role.get(role, default) for role in ROLES}


# What each role gets back for each chat frame: a frame type, or "error:<code>".
CHAT: dict[str, dict[str, str]] = {
    "ping": _row("pong"),
    "resume": _row("history"),
    "send": _row("sent", visitor=SIGN_IN, suspended=SIGN_IN, muted="error:muted"),
    # The owner reports their own message: refused ("rejected"), as over HTTP.
    "report": _row("ok", visitor=SIGN_IN, suspended=SIGN_IN, owner="error:rejected"),
    "remove": _row(FORBIDDEN, visitor=SIGN_IN, suspended=SIGN_IN, **STAFF_ONLY),
    "mute": _row(FORBIDDEN, visitor=SIGN_IN, suspended=SIGN_IN, **STAFF_ONLY),
    "kick": _row(FORBIDDEN, visitor=SIGN_IN, suspended=SIGN_IN, **STAFF_ONLY),
}
# The live queue: who may connect, and what a frame sent on it gets.
QUEUE: dict[str, dict[str, str]] = {
    "connect": _row("refused:403", moderator="open", admin="open"),
    "any frame": _row("refused:403", moderator="error:read_only", admin="error:read_only"),
}


def test_every_frame_type_has_a_row() -> None:
    assert set(CHAT) == set(FRAME_TYPES), "add the new frame type to CHAT with every role's answer"
    for row in (*CHAT.values(), *QUEUE.values()):
        assert set(row) == set(ROLES)


async def _answer(ws: Any, client_id: str) -> str:
    """The answer to the frame sent with ``client_id``: its type, or error:<code>."""
    while True:
        frame = json.loads(await asyncio.wait_for(ws.recv(), 5))
        if frame.get("client_id") != client_id:
            continue
        return f"error:{frame['code']}" if frame["type"] == "error" else frame["type"]


def _frame(kind: str, role: str, targets: dict[str, Any]) -> dict[str, Any]:
    target = targets[role]
    return {
        "ping": {},
        "resume": {"after": 0},
        "send": {"body": f"hello from the {role}"},
        "report": {"id": target["report"], "category": "spam"},
        "remove": {"id": target["remove"], "category": "spam", "reason": "matrix"},
        "mute": {"user": "other", "hours": 1, "reason": "matrix"},
        "kick": {"user": "other", "hours": 1, "reason": "matrix"},
    }[kind]


async def test_chat_frame_matrix(
    client: httpx.AsyncClient, server_url: str, make_member, make_space, server_errors
) -> None:
    await make_space("lobby", SpaceKind.chat)
    people = await make_people(make_member)
    await suspend(people)

    async def message(author: str, body: str) -> int:
        made = await client.post(
            "/api/spaces/lobby/messages", json={"body": body}, headers=people[author].headers
        )
        assert made.status_code == 201, made.text
        return made.json()["id"]

    targets = {}
    for role in ROLES:
        author = "owner" if role == "owner" else "other"
        targets[role] = {
            "report": await message(author, f"{role} reports this"),
            "remove": await message(author, f"{role} removes this"),
        }
    url = server_url.replace("http", "ws", 1) + "/ws/chat/lobby"
    failures, cells = [], 0
    for role in ROLES:
        headers = people[role].headers if role in people else {}
        async with websockets.connect(url, additional_headers=headers) as ws:
            for kind, row in CHAT.items():
                cid = f"{role}-{kind}"
                await ws.send(
                    json.dumps({"type": kind, "client_id": cid, **_frame(kind, role, targets)})
                )
                got = await _answer(ws, cid)
                cells += 1
                if got != row[role]:
                    failures.append(f"{role:9} {kind:7} expected {row[role]}, got {got}")
    assert not failures, "\n".join(failures)
    assert cells == len(ROLES) * len(CHAT)
    assert server_errors == []


async def test_live_queue_matrix(
    client: httpx.AsyncClient, server_url: str, make_member, server_errors
) -> None:
    people = await make_people(make_member)
    await suspend(people)
    url = server_url.replace("http", "ws", 1) + "/ws/moderation"
    failures = []
    for role in ROLES:
        headers = people[role].headers if role in people else {}
        try:
            async with websockets.connect(url, additional_headers=headers) as ws:
                got = {"connect": "open"}
                await ws.send('{"type": "send", "body": "hello"}')
                frame = json.loads(await asyncio.wait_for(ws.recv(), 5))
                got["any frame"] = f"error:{frame['code']}" if frame["type"] == "error" else "?"
        except websockets.exceptions.InvalidStatus as refused:
            status = refused.response.status_code
            got = dict.fromkeys(QUEUE, f"refused:{status}")
        for cell, row in QUEUE.items():
            if got[cell] != row[role]:
                failures.append(f"{role:9} {cell}: expected {row[role]}, got {got[cell]}")
    assert not failures, "\n".join(failures)
    assert server_errors == []


@pytest.mark.parametrize("kind", ["remove", "mute", "kick"])
async def test_a_moderator_demoted_mid_socket_is_refused_at_the_next_frame(
    client: httpx.AsyncClient, server_url: str, make_member, make_space, kind: str
) -> None:
    """Roles are read from the database per moderator frame, not from the socket's start."""
    await make_space("lobby", SpaceKind.chat)
    people = await make_people(make_member)
    made = await client.post(
        "/api/spaces/lobby/messages", json={"body": "a message"}, headers=people["other"].headers
    )
    targets = {"moderator": {"report": made.json()["id"], "remove": made.json()["id"]}}
    url = server_url.replace("http", "ws", 1) + "/ws/chat/lobby"
    async with websockets.connect(url, additional_headers=people["moderator"].headers) as ws:
        # Demoted behind the socket's back (straight in the database: no event is published).
        await User.update({User.role: "member"}).where(User.id == people["moderator"].account.id)
        frame = {"type": kind, "client_id": "x", **_frame(kind, "moderator", targets)}
        await ws.send(json.dumps(frame))
        assert await _answer(ws, "x") == FORBIDDEN
