"""CSRF: every state-changing route by {no token, wrong token, another session's token, foreign
Origin} is refused with 403 and changes nothing.

The routes come from ``app.routes`` (every POST, PUT, PATCH and DELETE), so a new one is
covered without editing this file. Pages take the token as a form field; the JSON API, when a
browser's session cookie authenticates it, as the ``x-csrftoken`` header. The victim is an
admin with the personal-data permission and owns the posts in question, so only CSRF
protection stands between each forged request and its effect — which a control request with
the right token proves (it is never refused with 403).

SQLite only: the check is in the middleware, before any database work.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from litestar import Litestar

from forum.storage.piccolo_app import FORUM_TABLES
from forum.storage.tables import Role, SpaceKind
from tests.conftest import PASSWORD, browser_login, csrf_from
from tests.forum.images.pictures import png
from tests.security.test_access_matrix import MATRIX

STATE_CHANGING = ("POST", "PUT", "PATCH", "DELETE")
# Routes that take no CSRF token on purpose (``exclude_from_csrf``), and why. A foreign
# Origin is still refused on them, and the snapshot proves forged requests change nothing.
EXEMPT = {
    ("POST", "/unsubscribe"): "RFC 8058 one-click from mail programs: the signed token in "
    "the link is the authority, no cookie is involved",
}
CSRF_COOKIE = "forum_csrf"
FOREIGN = "https://evil.example"

# Payloads that would change something if accepted (else the access matrix's row body).
HARMFUL: dict[str, dict[str, Any]] = {
    "/account/profile": {"full_name": "Mallory", "bio": "pwned"},
    "/account/email": {"email": "mallory@evil.example"},
    "/account/emails": {"newsletter": "1", "replies": "1"},
    "/account/delete": {"password": PASSWORD, "confirm": "1"},
    "/api/me": {"password": PASSWORD},
    "/admin/users/{username:str}/role": {"role": "admin", "personal_data": "1"},
    "/api/admin/users/{user_id:int}/role": {"role": "admin", "personal_data": True},
    "/staff/personal-data": {"username": "other", "reason": "forged lookup"},
    "/p/{post_id:int}/edit": {"body": "forged edit"},
    "/api/posts/{post_id:int}": {"body": "forged edit"},
}


@pytest.fixture
def backend() -> str:
    """The middleware refuses before the database is touched."""
    return "sqlite"


def state_changing_routes(app: Litestar) -> list[tuple[str, str]]:
    """Every (method, path template) that can change something."""
    found = set()
    for route in app.routes:
        for method in getattr(route, "methods", ()) or ():
            if method in STATE_CHANGING:
                found.add((method, route.path))
    return sorted(found, key=lambda r: (r[1] == "/logout", r))  # signing out goes last


def exempt_routes(app: Litestar) -> set[tuple[str, str]]:
    """The state-changing routes whose handler opts out of the CSRF check."""
    found = set()
    for route in app.routes:
        for handler in getattr(route, "route_handlers", ()):
            if handler.opt.get("exclude_from_csrf"):
                found.update((m, route.path) for m in handler.http_methods if m in STATE_CHANGING)
    return found


async def test_only_the_listed_routes_skip_the_csrf_check(app: Litestar) -> None:
    assert exempt_routes(app) == set(EXEMPT), "say in EXEMPT why a route takes no CSRF token"


async def _snapshot() -> str:
    """Everything the forum stores, except the request log and last-seen times."""
    parts = {}
    for table in FORUM_TABLES:
        name = table._meta.tablename
        if name == "request_log":
            continue
        rows = await table.select().order_by(table._meta.primary_key)
        for row in rows:
            row.pop("last_seen", None)
        parts[name] = rows
    return json.dumps(parts, default=str, sort_keys=True)


async def _world(client: httpx.AsyncClient, make_member, make_space) -> dict[str, str]:
    await make_space("general")
    await make_space("wall", SpaceKind.board)
    victim = await make_member("victim", role=Role.admin, personal_data=True)
    other = await make_member("other")
    topic = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Mine", "body": "first"},
        headers=victim.headers,
    )
    topic_id = topic.json()["id"]
    post_id = (await client.get(f"/api/topics/{topic_id}")).json()["posts"][0]["id"]
    theirs = await client.post(
        "/api/spaces/wall/messages", json={"body": "report me"}, headers=other.headers
    )
    await client.post(
        f"/api/posts/{theirs.json()['id']}/report",
        json={"category": "spam"},
        headers=victim.headers,
    )
    item = (await client.get("/api/moderation/queue", headers=victim.headers)).json()[0]
    talk = await client.post(  # a private conversation the victim takes part in
        "/api/conversations",
        json={"to": ["victim"], "title": "Between us", "body": "private words"},
        headers=other.headers,
    )
    conversation = talk.json()
    await client.post(
        f"/api/conversations/{conversation['id']}/messages/{conversation['message_id']}/report",
        json={"category": "spam"},
        headers=victim.headers,
    )
    return {
        "slug": "general",
        "topic_id": str(topic_id),
        "post_id": str(post_id),
        "item_id": str(item["id"]),
        "username": "other",
        "user_id": str(other.account.id),
        "conversation_id": str(conversation["id"]),
        "message_id": str(conversation["message_id"]),
    }


_PARAM = re.compile(r"\{(\w+):\w+\}")


def _body(template: str) -> dict[str, Any]:
    if template in HARMFUL:
        return HARMFUL[template]
    for (_, path), cell in MATRIX.items():
        if path == template and cell.body is not None:
            return {k: v for k, v in cell.body.items() if not k.startswith("_")}
    return {"body": "forged"}


def _refused_as_forged(answer: httpx.Response) -> bool:
    """A 403 from the CSRF or Origin check (not from a guard or a business rule)."""
    reasons = ("CSRF token verification failed", "Cross-site requests are not accepted")
    return answer.status_code == 403 and any(reason in answer.text for reason in reasons)


async def _send(
    client: httpx.AsyncClient,
    method: str,
    path: str,
    body: dict[str, Any],
    token: str | None,
    origin: str | None = None,
) -> httpx.Response:
    headers = {"Origin": origin} if origin else {}
    if path.startswith("/api/"):
        if token is not None:
            headers["x-csrftoken"] = token
        return await client.request(method, path, json=body, headers=headers)
    data = {**body, **({"_csrf_token": token} if token is not None else {})}
    return await client.request(method, path, data=data, headers=headers)


async def test_every_state_changing_route_refuses_forged_requests(
    app: Litestar, new_client, make_member, make_space
) -> None:
    setup = new_client()
    params = await _world(setup, make_member, make_space)
    victim, stranger = new_client(), new_client()
    await browser_login(victim, "victim")
    await browser_login(stranger, "other")
    good = csrf_from((await victim.get("/account")).text)
    assert good == victim.cookies.get(CSRF_COOKIE)
    foreign_token = csrf_from((await stranger.get("/account")).text)
    assert foreign_token != good
    tampered = good[:-1] + ("0" if good[-1] != "0" else "1")
    attacks = {
        "no token": (None, None),
        "wrong token": (tampered, None),
        "another session's token": (foreign_token, None),
        "foreign Origin": (good, FOREIGN),
    }
    routes = state_changing_routes(app)
    assert len(routes) > 30  # sanity: the enumeration found the app's forms and API
    before = await _snapshot()
    failures, cells = [], 0
    for method, template in routes:
        path = _PARAM.sub(lambda m: params[m.group(1)], template)
        for attack, (token, origin) in attacks.items():
            if (method, template) in EXEMPT and origin is None:
                continue
            answer = await _send(victim, method, path, _body(template), token, origin)
            cells += 1
            if not _refused_as_forged(answer):
                failures.append(f"{method} {path} with {attack}: {answer.status_code}")
    assert not failures, "\n".join(failures)
    assert cells == 4 * len(routes) - 3 * len(EXEMPT)
    assert await _snapshot() == before, "a refused request changed something"
    # Controls: the right token from the same site passes the CSRF check on every route
    # (what it then does is another matter: empty bodies are mostly refused as incomplete).
    for method, template in routes:
        path = _PARAM.sub(lambda m: params[m.group(1)], template)
        answer = await _send(victim, method, path, {}, good)
        assert not _refused_as_forged(answer), f"{method} {path}: {answer.text}"


async def test_a_forged_private_message_with_a_picture_stages_nothing(
    app: Litestar, new_client, make_member, make_space
) -> None:
    params = await _world(new_client(), make_member, make_space)
    victim = new_client()
    await browser_login(victim, "victim")
    before = await _snapshot()
    picture = {"images": ("p.png", png(), "image/png")}
    for path in ("/messages/new", f"/messages/{params['conversation_id']}"):
        form = {"to": "other", "title": "Forged", "body": "forged"}
        answer = await victim.post(path, data=form, files=picture)  # multipart, no token
        assert _refused_as_forged(answer), answer.text
    assert await _snapshot() == before  # no message, no staged picture
