"""API fuzzing with schemathesis against /schema/openapi.json: every operation, positive and
negative inputs, no server error and no response that contradicts the schema.

The server runs in this process (the conftest's real uvicorn); schemathesis, which is
synchronous, runs in a worker thread against it, authenticated as an admin with the
personal-data permission (so guards let the fuzzed input reach the handlers). On SQLite and
PostgreSQL (what a string may hold differs); a few dozen examples per operation and mode.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import httpx
import hypothesis
import hypothesis.errors
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from forum.storage.tables import Role, SpaceKind
from tests.security.conftest import describe

EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture
def settings_env() -> dict[str, str]:
    """No write limit: hundreds of fuzzed writes a minute are the point here."""
    return {"FORUM_LIMIT_WRITES": "1000000"}


@dataclass
class Findings:
    """What the fuzzing found: one line per (operation, mode, problem)."""

    problems: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, set[int]] = field(default_factory=dict)
    calls: int = 0
    operations: int = 0


def _fuzz(
    base_url: str, headers: dict[str, str], examples: int, pins: dict[str, object]
) -> Findings:
    """Run every operation in both modes, and positive once more with its path parameters
    pinned to things that exist (else random slugs and ids never get past the 404);
    collect failures instead of stopping at one."""
    schema = schemathesis.openapi.from_url(f"{base_url}/schema/openapi.json")
    found = Findings()
    session = requests.Session()
    session.headers.update(headers)
    for result in schema.get_all_operations():
        operation = result.ok()
        found.operations += 1
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _fuzz_operation(operation, mode, base_url, session, examples, found)
        names = [p.name for p in operation.path_parameters]
        if names:
            pinned = {name: pins[name] for name in names}
            if "slug" in pinned and operation.path.endswith("/messages"):
                pinned["slug"] = "wall"
            _fuzz_operation(
                operation, GenerationMode.POSITIVE, base_url, session, examples, found, pinned
            )
    return found


def _fuzz_operation(
    operation: schemathesis.APIOperation,
    mode: GenerationMode,
    base_url: str,
    session: requests.Session,
    examples: int,
    found: Findings,
    pinned: dict[str, object] | None = None,
) -> None:
    @hypothesis.settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=True,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @hypothesis.given(case=operation.as_strategy(generation_mode=mode, path_parameters=pinned))
    def run(case: schemathesis.Case) -> None:
        response = case.call(base_url=base_url, session=session)
        found.calls += 1
        found.statuses.setdefault(operation.label, set()).add(response.status_code)
        try:
            case.validate_response(response, checks=CHECKS)
        except (Exception, BaseExceptionGroup) as exc:
            key = f"{operation.label} [{mode.value}] {type(exc).__name__}"
            if key not in found.problems:
                found.problems[key] = (
                    f"{exc}\n    request: {case.method} {response.request.url}"
                    f" body={case.body!r:.300}\n    answer: {response.status_code}"
                    f" {response.text[:300]}"
                )

    try:
        run()
    except hypothesis.errors.Unsatisfiable:
        # Nothing to negate (no parameters and no body): only the positive run applies.
        assert mode == GenerationMode.NEGATIVE, operation.label


async def test_every_operation_survives_fuzzing_within_its_schema(
    client: httpx.AsyncClient, server_url: str, make_member, make_space, server_errors
) -> None:
    await make_space("general", SpaceKind.forum)
    await make_space("wall", SpaceKind.board)
    await make_space("lobby", SpaceKind.chat)
    admin = await make_member("admin", role=Role.admin, personal_data=True)
    other = await make_member("other")
    topic = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Seed", "body": "a post"},
        headers=other.headers,
    )
    assert topic.status_code == 201
    topic_id = topic.json()["id"]
    post_id = (await client.get(f"/api/topics/{topic_id}")).json()["posts"][0]["id"]
    report = {"category": "spam"}
    await client.post(f"/api/posts/{post_id}/report", json=report, headers=admin.headers)
    item = (await client.get("/api/moderation/queue", headers=admin.headers)).json()[0]["id"]
    talk = await client.post(
        "/api/conversations",
        json={"to": ["admin"], "title": "Seed talk", "body": "a private word"},
        headers=other.headers,
    )
    assert talk.status_code == 201, talk.text
    conversation = talk.json()
    await client.post(
        f"/api/conversations/{conversation['id']}/messages/{conversation['message_id']}/report",
        json=report,
        headers=admin.headers,
    )
    pins = {
        "slug": "general",
        "topic_id": topic_id,
        "post_id": post_id,
        "item_id": item,
        "username": "other",
        "user_id": other.account.id,
        "conversation_id": conversation["id"],
        "message_id": conversation["message_id"],
    }
    found = await asyncio.to_thread(_fuzz, server_url, admin.headers, EXAMPLES, pins)
    assert found.operations >= 25 and found.calls > 20 * found.operations
    assert not found.problems, "\n".join(f"{k}: {v}" for k, v in sorted(found.problems.items()))
    # The input reached the handlers: most operations also answered with success.
    succeeded = [label for label, seen in found.statuses.items() if min(seen) < 300]
    assert len(succeeded) >= 0.6 * found.operations, found.statuses
    assert server_errors == [], describe(server_errors)


async def test_hostile_json_bodies_are_clear_400s(
    client: httpx.AsyncClient, make_member, make_space, server_errors
) -> None:
    """What a fuzzer built from the schema does not try: nesting, huge numbers, bad UTF-8."""
    await make_space("general", SpaceKind.forum)
    member = await make_member()
    bodies = [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"title": ' * 5000 + b"1" + b"}" * 5000,
        b'{"title": "t", "body": "b", "confirm_disclosure": 1e999}',
        b'{"title": "\xff\xfe", "body": "b"}',
        b'{"title": "\\ud800", "body": "b"}',
        b'{"title": "t", "body": "b"} trailing',
        b"\x00",
    ]
    for body in bodies:
        answer = await client.post(
            "/api/spaces/general/topics",
            content=body,
            headers={**member.headers, "content-type": "application/json"},
        )
        assert answer.status_code in (400, 422), (body[:40], answer.status_code, answer.text)
        assert answer.json()["detail"]
    assert server_errors == [], describe(server_errors)
