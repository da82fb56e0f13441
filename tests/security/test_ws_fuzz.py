"""Websocket fuzzing: malformed, oversized, binary, unknown-type and out-of-order frames to
/ws/chat/{room} and /ws/moderation get an answer (an error frame or a close code) and never an
exception in the server (its log is captured: the server runs in this process).

Every fuzzed frame is followed by a ``ping`` with its own id; the frames that arrive before
that ``pong`` are the answer (the socket handles frames in order), so a frame that got no
answer at all fails the test. Runs on both database engines: ids and counts that fit in
Python but not in a database column differ between them.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
import websockets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chat.protocol import CLOSE_TOO_BIG, FRAME_TYPES, MAX_FRAME_BYTES
from forum.storage.tables import Role, SpaceKind
from tests.security.conftest import describe

# The error codes docs/chat-protocol.md lists; internal_error means a bug of ours.
DOCUMENTED = {
    "bad_json", "bad_frame", "unknown_type", "binary_not_supported", "too_long", "rejected",
    "blocked", "sign_in_required", "forbidden", "muted", "rate_limited", "not_found",
    "duplicate_report",
}  # fmt: skip
ANSWERS = {"error", "sent", "held", "disclosure_warning", "ok", "history", "pong"}
BIG = [2**31, 2**31 - 1, 2**32, 2**53 + 1, 2**63 - 1, 2**63, 2**64, 10**30, -1, -(2**63), 0]
MALFORMED = [
    "",
    " ",
    "not json",
    "{",
    '{"type": "send", "body": "unterminated',
    "null",
    "true",
    "42",
    '"send"',
    "[]",
    "{}",
    '{"type": null}',
    '{"type": 7}',
    '{"type": ["send"]}',
    '{"type": {"$ne": 1}}',
    '{"type": "SEND", "body": "x"}',
    '{"type": "send", "body": null}',
    '{"type": "send", "body": ["a"]}',
    '{"type": "send", "body": "\\ud800 lone surrogate"}',
    '{"type": "send", "body": "x", "confirm_disclosure": "yes"}',
    '{"type": "send", "body": "x", "client_id": 5}',
    '{"type": "send", "type": "kick", "user": "member", "reason": "dup key"}',
    '{"type": "resume", "after": 1e400}',
    '{"type": "resume", "after": NaN}',
    '{"type": "resume", "after": -Infinity}',
    '{"type": "resume", "after": 1.5}',
    '{"type": "report", "id": "1", "category": "spam"}',
    '{"type": "ping"} {"type": "ping"}',
    "[" * 5000 + "]" * 5000,
    '{"a":' * 2000 + "1" + "}" * 2000,
    "\x00\x01\x02",
    "\ufeff{}",
]


@pytest.fixture
def settings_env() -> dict[str, str]:
    """A generous chat rate, so the per-socket frame budget does not cut the run short."""
    return {"FORUM_CHAT_RATE": "2000", "FORUM_LIMIT_WRITES": "100000"}


class Probe:
    """A socket that sends a frame and collects what answers it (up to a ping barrier)."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.count = 0
        self.answers: list[dict[str, Any]] = []

    async def answer(self, frame: str | bytes) -> list[dict[str, Any]]:
        """Send ``frame``; return the frames for the sender that came before the barrier."""
        self.count += 1
        barrier = f"barrier-{self.count}"
        await self.ws.send(frame)
        await self.ws.send(json.dumps({"type": "ping", "client_id": barrier}))
        got = []
        while True:
            reply = json.loads(await asyncio.wait_for(self.ws.recv(), 10))
            if reply.get("client_id") == barrier:
                break
            if reply["type"] in ANSWERS:
                got.append(reply)
        self.answers.extend(got)
        return got


async def _open(server_url: str, path: str, headers: dict[str, str]) -> Probe:
    ws = await websockets.connect(
        server_url.replace("http", "ws", 1) + path, additional_headers=headers, max_size=2**24
    )
    return Probe(ws)


def _check(answers: list[dict[str, Any]], frame: Any) -> None:
    assert answers, f"no answer to {str(frame)[:120]!r}"
    for reply in answers:
        if reply["type"] == "error":
            assert reply["code"] in DOCUMENTED, (frame, reply)


async def _world(client, make_member, make_space) -> dict[str, Any]:
    await make_space("lobby", SpaceKind.chat)
    await make_space("general", SpaceKind.forum)
    people = {
        "member": await make_member("member"),
        "moderator": await make_member("moderator", role=Role.moderator),
    }
    other = await make_member("other")
    made = await client.post(
        "/api/spaces/lobby/messages", json={"body": "hello"}, headers=other.headers
    )
    return {**people, "message": made.json()["id"]}


def _targeted(message: int) -> list[dict[str, Any]]:
    """Frames with values that fit Python but not a database column, or not the rules."""
    frames: list[dict[str, Any]] = []
    for number in BIG:
        frames += [
            {"type": "resume", "after": number},
            {"type": "report", "id": number, "category": "spam", "note": "x"},
            {"type": "remove", "id": number, "category": "spam", "reason": "x"},
            {"type": "mute", "user": "member", "hours": number, "reason": "x"},
            {"type": "kick", "user": "member", "hours": number, "reason": "x"},
        ]
    frames += [
        {"type": "report", "id": message, "category": "no-such-category"},
        {"type": "report", "id": message, "category": "spam", "note": "n" * 1001},
        {"type": "remove", "id": message, "category": "", "reason": ""},
        {"type": "mute", "user": "", "reason": "x"},
        {"type": "mute", "user": "moderator", "reason": "myself"},
        {"type": "kick", "user": "no such member", "reason": "x"},
        {"type": "kick", "user": "m" * 65, "reason": "x"},
        {"type": "send", "body": ""},
        {"type": "send", "body": "\u0000\u0000"},
        {"type": "send", "body": "x" * 4097},
        {"type": "send", "body": "🙂" * 1025},
        {"type": "send", "body": "\u202e\u200b" * 100},
        {"type": "send", "body": "x", "client_id": "c" * 64},
    ]
    return frames


async def test_malformed_binary_unknown_and_out_of_range_frames_get_answers(
    client, server_url: str, make_member, make_space, server_errors
) -> None:
    world = await _world(client, make_member, make_space)
    for who in ("member", "moderator"):
        probe = await _open(server_url, "/ws/chat/lobby", world[who].headers)
        async with probe.ws:
            for raw in MALFORMED:
                _check(await probe.answer(raw), raw)
            for frame in _targeted(world["message"]):
                _check(await probe.answer(json.dumps(frame)), frame)
            for binary in (b"", b"\x00" * 10, b'{"type": "ping"}', bytes(range(256))):
                answers = await probe.answer(binary)
                assert [a.get("code") for a in answers] == ["binary_not_supported"]
            for kind in ("dance", "", "SEND", "__proto__", "x" * 10_000):
                answers = await probe.answer(json.dumps({"type": kind, "client_id": "u"}))
                assert answers[-1]["code"] == "unknown_type"
    assert server_errors == [], describe(server_errors)


async def test_out_of_order_frames_are_answered_in_order(
    client, server_url: str, make_member, make_space, server_errors
) -> None:
    world = await _world(client, make_member, make_space)
    url = server_url.replace("http", "ws", 1) + "/ws/chat/lobby"
    # Everything at once, before reading hello or history: resume, send, resume again.
    async with websockets.connect(url, additional_headers=world["member"].headers) as ws:
        burst = [
            {"type": "resume", "after": 0, "client_id": "r1"},
            {"type": "send", "body": "early bird", "client_id": "s1"},
            {"type": "resume", "after": 10**6, "client_id": "r2"},
            {"type": "report", "id": world["message"], "category": "spam", "client_id": "p1"},
            {"type": "report", "id": world["message"], "category": "spam", "client_id": "p2"},
            {"type": "ping", "client_id": "end"},
        ]
        for frame in burst:
            await ws.send(json.dumps(frame))
        seen: list[dict[str, Any]] = []
        while not seen or seen[-1].get("client_id") != "end":
            seen.append(json.loads(await asyncio.wait_for(ws.recv(), 10)))
        order = [f["type"] for f in seen if f["type"] in ("hello", "history")][:2]
        assert order == ["hello", "history"]  # the join comes first whatever was sent
        mine = {f["client_id"]: f for f in seen if f.get("client_id")}
        assert mine["r1"]["type"] == "history" and mine["s1"]["type"] == "sent"
        assert mine["r2"]["type"] == "history" and mine["r2"]["messages"] == []
        assert mine["p1"]["type"] == "ok" and mine["p2"]["code"] == "duplicate_report"
    # Sending before signing in: a visitor's socket is refused per frame, not crashed.
    async with websockets.connect(url) as ws:
        probe = Probe(ws)
        for frame in ({"type": "send", "body": "hi"}, {"type": "kick", "user": "member"}):
            assert (await probe.answer(json.dumps(frame)))[-1]["code"] == "sign_in_required"
        assert (await probe.answer('{"type": "resume", "after": 0}'))[-1]["type"] == "history"
    # A frame right at the limit is answered; one byte more closes the socket with 1009.
    async with websockets.connect(url, additional_headers=world["member"].headers) as ws:
        probe = Probe(ws)
        padding = MAX_FRAME_BYTES - len(json.dumps({"type": "ping", "pad": ""}))
        assert await probe.answer(json.dumps({"type": "ping", "pad": "p" * padding}))
        await ws.send(json.dumps({"type": "ping", "pad": "p" * (padding + 1)}))
        with pytest.raises(websockets.ConnectionClosed) as closed:
            while True:
                await asyncio.wait_for(ws.recv(), 10)
        assert closed.value.rcvd.code == CLOSE_TOO_BIG
    assert server_errors == [], describe(server_errors)


async def test_the_live_queue_answers_every_frame_and_ignores_none(
    client, server_url: str, make_member, make_space, server_errors
) -> None:
    world = await _world(client, make_member, make_space)
    probe = await _open(server_url, "/ws/moderation", world["moderator"].headers)
    async with probe.ws:
        for raw in [*MALFORMED[:12], "x" * 100_000]:
            await probe.ws.send(raw)
            answer = json.loads(await asyncio.wait_for(probe.ws.recv(), 10))
            assert answer == {
                "type": "error",
                "code": "read_only",
                "detail": "This socket only listens.",
            }
        await probe.ws.send(b"\x00binary")
        answer = json.loads(await asyncio.wait_for(probe.ws.recv(), 10))
        assert answer["type"] == "error"
        # Still following the queue after all that: a new report arrives live.
        report = {"category": "spam"}
        filed = await client.post(
            f"/api/posts/{world['message']}/report", json=report, headers=world["member"].headers
        )
        assert filed.status_code == 201
        event = json.loads(await asyncio.wait_for(probe.ws.recv(), 10))
        assert event["type"] == "item"
    assert server_errors == [], describe(server_errors)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)
FRAMES = st.fixed_dictionaries(
    {"type": st.sampled_from([*FRAME_TYPES, "hello", "message", "error"]) | st.text(max_size=8)},
    optional={
        "body": JSON,
        "after": JSON,
        "id": st.integers() | JSON,
        "user": st.sampled_from(["member", "moderator"]) | st.text(max_size=70),
        "hours": st.integers() | JSON,
        "reason": st.text(max_size=50) | JSON,
        "category": st.sampled_from(["spam", "abusive", ""]) | JSON,
        "note": JSON,
        "confirm_disclosure": JSON,
        "client_id": JSON,
    },
)


async def test_random_frames_from_a_moderator_never_raise(
    client, server_url: str, make_member, make_space, server_errors
) -> None:
    world = await _world(client, make_member, make_space)
    loop = asyncio.get_running_loop()
    frames: list[dict[str, Any]] = []

    @settings(max_examples=150, database=None, derandomize=True, deadline=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(FRAMES)
    def collect(frame: dict[str, Any]) -> None:
        frames.append(frame)

    await loop.run_in_executor(None, collect)  # generate off the loop; send below
    probe = await _open(server_url, "/ws/chat/lobby", world["moderator"].headers)
    async with probe.ws:
        for frame in frames:
            try:
                raw = json.dumps(frame, allow_nan=True)
            except (TypeError, ValueError):
                continue
            _check(await probe.answer(raw), frame)
    assert len(probe.answers) >= len(frames) * 0.9
    assert server_errors == [], describe(server_errors)
