"""Every HTTP route and websocket endpoint by every role. A route missing from MATRIX fails.

Roles (tests/security/conftest.py): visitor, member, muted, suspended, pdstaff (personal-data
permission, no moderation role), moderator, admin, owner (author of the post in question).
"allow" means the request got past authorisation (any answer but 401/403 or a redirect to the
sign-in page); "deny" means it did not. Every cell of every row is asserted.

Runs on SQLite only: authorisation is decided in Python, not by the database engine (the
websocket frame matrix and the session tests run on both).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import websockets
from litestar import Litestar

from forum.storage.tables import SpaceKind
from tests.conftest import PASSWORD, browser_login, csrf_from
from tests.security.conftest import ROLES, make_people, suspend

ALL = dict.fromkeys(ROLES, True)
SIGNED_IN = {**ALL, "visitor": False, "suspended": False}
POSTERS = {**SIGNED_IN, "muted": False}  # muted members read, report and manage their account
STAFF = {**dict.fromkeys(ROLES, False), "moderator": True, "admin": True}
OWNER = {**dict.fromkeys(ROLES, False), "owner": True}
ADMIN = {**dict.fromkeys(ROLES, False), "admin": True}
PERSONAL = {**dict.fromkeys(ROLES, False), "pdstaff": True}  # a grant, not a role: not admins


@dataclass(frozen=True)
class Cell:
    """Who may call a route, the path parameters it needs, and the body it sends."""

    who: dict[str, bool]
    params: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] | None = None


OTHER_POST = {"post_id": "victim"}  # moderation targets a third member's post
MATRIX: dict[tuple[str, str], Cell] = {
    ("GET", "/"): Cell(ALL),
    ("GET", "/terms"): Cell(ALL),
    ("GET", "/out"): Cell(ALL),
    ("GET", "/favicon.ico"): Cell(ALL),
    ("GET", "/s/{slug:str}"): Cell(ALL),
    ("POST", "/s/{slug:str}/messages"): Cell(POSTERS, {"slug": "wall"}, {"body": "matrix"}),
    ("GET", "/s/{slug:str}/new"): Cell(SIGNED_IN),
    ("POST", "/s/{slug:str}/new"): Cell(POSTERS, {}, {"title": "Matrix", "body": "matrix"}),
    ("GET", "/t/{topic_id:int}"): Cell(ALL),
    ("POST", "/t/{topic_id:int}/reply"): Cell(POSTERS, {}, {"body": "matrix"}),
    ("GET", "/p/{post_id:int}"): Cell(ALL),
    ("GET", "/p/{post_id:int}/edit"): Cell(OWNER),
    ("POST", "/p/{post_id:int}/edit"): Cell(OWNER, {}, {"body": "edited"}),
    ("POST", "/p/{post_id:int}/delete"): Cell(OWNER, {"post_id": "own_extra"}, {}),
    ("GET", "/signup"): Cell(ALL),
    ("POST", "/signup"): Cell(ALL, {}, {"username": ""}),
    ("GET", "/login"): Cell(ALL),
    ("POST", "/login"): Cell(ALL, {}, {"username": "nobody", "password": "x"}),
    ("POST", "/logout"): Cell(ALL, {}, {"_keep_session": "1"}),
    # Links from mails: a bad token is refused after authorisation (anyone may hold a link).
    ("GET", "/signup/confirm"): Cell(ALL),
    ("POST", "/signup/confirm"): Cell(ALL, {}, {"token": "forged.token"}),
    ("GET", "/login/link"): Cell(ALL),
    ("POST", "/login/link"): Cell(ALL, {}, {"identifier": "nobody-at-all"}),
    ("GET", "/login/link/use"): Cell(ALL),
    ("POST", "/login/link/use"): Cell(ALL, {}, {"token": "used-up"}),
    ("GET", "/u/{username:str}"): Cell(ALL),
    ("POST", "/api/auth/signup"): Cell(ALL, {}, {"username": ""}),
    ("POST", "/api/auth/login"): Cell(ALL, {}, {"username": "member", "password": PASSWORD}),
    ("GET", "/search"): Cell(ALL),
    ("GET", "/api/search"): Cell(ALL),  # no q: a 400 after authorisation
    ("GET", "/api/spaces"): Cell(ALL),
    ("GET", "/api/spaces/{slug:str}"): Cell(ALL),
    ("GET", "/api/spaces/{slug:str}/messages"): Cell(ALL, {"slug": "wall"}),
    ("POST", "/api/spaces/{slug:str}/messages"): Cell(POSTERS, {"slug": "wall"}, {"body": "m"}),
    ("POST", "/api/spaces/{slug:str}/topics"): Cell(POSTERS, {}, {"title": "Matrix", "body": "m"}),
    ("GET", "/api/topics/{topic_id:int}"): Cell(ALL),
    ("POST", "/api/topics/{topic_id:int}/posts"): Cell(POSTERS, {}, {"body": "m"}),
    ("GET", "/api/posts/{post_id:int}"): Cell(ALL),
    ("PATCH", "/api/posts/{post_id:int}"): Cell(OWNER, {}, {"body": "patched"}),
    ("DELETE", "/api/posts/{post_id:int}"): Cell(OWNER, {"post_id": "own_extra2"}),
    ("POST", "/api/posts/{post_id:int}/report"): Cell(SIGNED_IN, OTHER_POST, {"category": "spam"}),
    ("GET", "/api/policy/categories"): Cell(ALL),
    ("GET", "/api/notifications"): Cell(SIGNED_IN),
    ("GET", "/api/moderation/queue"): Cell(STAFF),
    ("GET", "/api/moderation/queue/{item_id:int}"): Cell(STAFF),
    ("POST", "/api/moderation/queue/{item_id:int}"): Cell(STAFF, {}, {"action": "claim"}),
    ("POST", "/api/moderation/posts/{post_id:int}/remove"): Cell(
        STAFF, OTHER_POST, {"category": "spam", "reason": "matrix"}
    ),
    ("POST", "/api/moderation/posts/{post_id:int}/restore"): Cell(STAFF, OTHER_POST, {}),
    ("POST", "/api/moderation/members/{username:str}/mute"): Cell(
        STAFF, {"username": "other"}, {"reason": "matrix", "hours": 1}
    ),
    ("POST", "/api/moderation/members/{username:str}/suspend"): Cell(
        STAFF, {"username": "other"}, {"reason": "matrix", "hours": 1}
    ),
    ("GET", "/api/moderation/log"): Cell(STAFF),
    ("GET", "/p/{post_id:int}/report"): Cell(SIGNED_IN, {"post_id": "victim2"}),
    ("POST", "/p/{post_id:int}/report"): Cell(
        SIGNED_IN, {"post_id": "victim2"}, {"category": "spam"}
    ),
    ("GET", "/notifications"): Cell(SIGNED_IN),
    ("GET", "/moderation"): Cell(STAFF),
    ("GET", "/moderation/items/{item_id:int}"): Cell(STAFF),
    ("POST", "/moderation/items/{item_id:int}"): Cell(STAFF, {}, {"action": "release"}),
    ("GET", "/moderation/posts/{post_id:int}"): Cell(STAFF, OTHER_POST),
    ("POST", "/moderation/posts/{post_id:int}"): Cell(STAFF, OTHER_POST, {"action": "restore"}),
    ("GET", "/moderation/log"): Cell(STAFF),
    ("GET", "/moderation/dashboard"): Cell(STAFF),
    ("GET", "/moderation/dry-run"): Cell(STAFF),
    ("POST", "/moderation/dry-run"): Cell(STAFF, {}, {"policy": "", "last": "10"}),
    ("WS", "/ws/moderation"): Cell(STAFF),
    ("WS", "/ws/notifications"): Cell(SIGNED_IN),
    # Notifications, watching, unread and blocking: each member's own.
    ("GET", "/api/me/notifications"): Cell(SIGNED_IN),
    ("POST", "/api/me/notifications/read"): Cell(SIGNED_IN, {}, {"all": True}),
    ("POST", "/notifications/read"): Cell(SIGNED_IN, {}, {}),
    ("POST", "/api/topics/{topic_id:int}/watch"): Cell(SIGNED_IN, {}, {"level": "watching"}),
    ("DELETE", "/api/topics/{topic_id:int}/watch"): Cell(SIGNED_IN),
    ("POST", "/api/spaces/{slug:str}/watch"): Cell(SIGNED_IN, {}, {"level": "muted"}),
    ("DELETE", "/api/spaces/{slug:str}/watch"): Cell(SIGNED_IN),
    ("POST", "/t/{topic_id:int}/watch"): Cell(SIGNED_IN, {}, {"level": "watching"}),
    ("POST", "/s/{slug:str}/watch"): Cell(SIGNED_IN, {}, {"level": "none"}),
    ("GET", "/t/{topic_id:int}/unread"): Cell(ALL),
    ("POST", "/api/members/{username:str}/block"): Cell(SIGNED_IN, {"username": "other"}, {}),
    ("DELETE", "/api/members/{username:str}/block"): Cell(SIGNED_IN, {"username": "other"}),
    ("POST", "/u/{username:str}/block"): Cell(SIGNED_IN, {"username": "other"}, {"action": "x"}),
    ("POST", "/api/topics/{topic_id:int}/pin"): Cell(STAFF, {}, {}),
    ("DELETE", "/api/topics/{topic_id:int}/pin"): Cell(STAFF),
    ("WS", "/ws/chat/{room:str}"): Cell(ALL, {"room": "lobby"}),
    # Pictures: anyone may ask (a 404 for one they may not see); staging one is posting.
    ("GET", "/img/{name:str}"): Cell(ALL, {"name": "picture"}),
    ("GET", "/img/t/{name:str}"): Cell(ALL, {"name": "picture"}),
    ("POST", "/api/images"): Cell(POSTERS, {}, {"image": "not a file"}),
    ("GET", "/static/{file_path:path}"): Cell(ALL, {"file_path": "forum.css"}),
    ("GET", "/feeds/{name:str}"): Cell(ALL, {"name": "general.atom"}),
    ("GET", "/healthz"): Cell(ALL),
    ("GET", "/metrics"): Cell({**STAFF, "moderator": False}),
    ("GET", "/schema"): Cell(ALL),
    ("GET", "/schema/openapi.json"): Cell(ALL),
    ("GET", "/schema/openapi.yaml"): Cell(ALL),
    ("GET", "/schema/openapi.yml"): Cell(ALL),
    ("GET", "/schema/{path:str}"): Cell(ALL, {"path": "openapi.json"}),
    # Privacy. Bodies are refused after authorisation (a 400), so nothing changes mid-walk.
    ("GET", "/policies"): Cell(ALL),
    ("GET", "/policies/{kind:str}"): Cell(ALL, {"kind": "terms"}),
    ("GET", "/policies/{kind:str}/{version:int}"): Cell(ALL, {"kind": "terms", "version": "1"}),
    ("GET", "/privacy"): Cell(ALL),
    ("GET", "/cookies"): Cell(ALL),
    ("POST", "/policies/acknowledge"): Cell(SIGNED_IN, {}, {}),
    ("GET", "/unsubscribe"): Cell(ALL),
    ("POST", "/unsubscribe"): Cell(ALL, {}, {}),
    ("GET", "/account"): Cell(SIGNED_IN),
    ("POST", "/account/profile"): Cell(SIGNED_IN, {}, {"full_name": "x" * 101, "bio": ""}),
    ("POST", "/account/email"): Cell(SIGNED_IN, {}, {"email": "not an address"}),
    ("GET", "/account/email/confirm"): Cell(ALL),
    ("POST", "/account/email/confirm"): Cell(ALL, {}, {"token": "junk"}),
    ("POST", "/account/emails"): Cell(SIGNED_IN, {}, {"newsletter": "maybe"}),
    ("GET", "/u/{username:str}/export"): Cell(OWNER),
    ("GET", "/account/delete"): Cell(SIGNED_IN),
    ("POST", "/account/delete"): Cell(
        SIGNED_IN, {}, {"password": "wrong password", "confirm": "1"}
    ),
    ("GET", "/api/me"): Cell(SIGNED_IN),
    ("GET", "/api/me/export"): Cell(SIGNED_IN),
    ("DELETE", "/api/me"): Cell(SIGNED_IN),  # no password: refused after authorisation
    ("GET", "/staff/personal-data"): Cell(PERSONAL),
    ("POST", "/staff/personal-data"): Cell(
        PERSONAL, {}, {"username": "owner", "reason": "matrix x"}
    ),
    ("GET", "/admin/traffic"): Cell(ADMIN),
    ("GET", "/admin/access-log"): Cell(ADMIN),
    ("GET", "/admin/outbox"): Cell(ADMIN),
    # Roles: refused after authorisation (no such role), so nothing changes mid-walk.
    ("POST", "/admin/users/{username:str}/role"): Cell(
        ADMIN, {"username": "other"}, {"role": "emperor"}
    ),
    ("POST", "/api/admin/users/{user_id:int}/role"): Cell(
        ADMIN, {"user_id": "other_id"}, {"role": "emperor"}
    ),
    ("POST", "/api/admin/spaces/{slug:str}/posting"): Cell(
        ADMIN, {"slug": "general"}, {"who_starts": "nobody"}
    ),
    # Private messages: a conversation between owner and other. Outsiders get a 404, which is
    # past authorisation here (tests/forum/messaging checks the 404 itself, staff included).
    ("GET", "/messages"): Cell(SIGNED_IN),
    ("GET", "/messages/new"): Cell(SIGNED_IN),
    ("POST", "/messages/new"): Cell(POSTERS, {}, {"to": "other", "title": "Matrix", "body": "m"}),
    ("GET", "/messages/{conversation_id:int}"): Cell(SIGNED_IN),
    ("POST", "/messages/{conversation_id:int}"): Cell(SIGNED_IN, {}, {"body": "matrix"}),
    ("POST", "/messages/{conversation_id:int}/report"): Cell(
        SIGNED_IN, {}, {"message": "0", "category": "spam"}
    ),
    ("POST", "/messages/{conversation_id:int}/leave"): Cell(
        SIGNED_IN, {"conversation_id": "left_conversation"}, {}
    ),
    ("POST", "/api/conversations"): Cell(
        POSTERS, {}, {"to": ["other"], "title": "Matrix", "body": "m"}
    ),
    ("GET", "/api/conversations"): Cell(SIGNED_IN),
    ("GET", "/api/conversations/{conversation_id:int}"): Cell(SIGNED_IN),
    ("POST", "/api/conversations/{conversation_id:int}/messages"): Cell(POSTERS, {}, {"body": "m"}),
    ("POST", "/api/conversations/{conversation_id:int}/leave"): Cell(
        SIGNED_IN, {"conversation_id": "left_conversation"}, {}
    ),
    ("POST", "/api/conversations/{conversation_id:int}/messages/{message_id:int}/report"): Cell(
        SIGNED_IN, {}, {"category": "spam"}
    ),
    ("GET", "/api/moderation/messages/{message_id:int}"): Cell(STAFF),
    ("GET", "/moderation/messages/{message_id:int}"): Cell(STAFF),
    # The logged view of a reported message's picture: staff only (this one has none: a 404).
    ("GET", "/moderation/messages/{message_id:int}/images/{image_id:int}"): Cell(
        STAFF, {"image_id": "1"}
    ),
    ("POST", "/moderation/messages/{message_id:int}"): Cell(STAFF, {}, {"action": "nothing"}),
}


def app_routes(app: Litestar) -> set[tuple[str, str]]:
    """Every (method, path) the app serves, websockets as "WS"."""
    found = set()
    for route in app.routes:
        methods = getattr(route, "methods", None)
        if not methods:
            found.add(("WS", route.path))
            continue
        found.update((m, route.path) for m in methods if m not in ("OPTIONS", "HEAD"))
    return found


async def test_every_route_has_a_row_and_every_row_every_role(app: Litestar) -> None:
    missing = sorted(app_routes(app) - set(MATRIX))
    assert not missing, f"add these routes to MATRIX with who may call them: {missing}"
    stale = sorted(set(MATRIX) - app_routes(app))
    assert not stale, f"these rows name routes the app no longer has: {stale}"
    for key, cell in MATRIX.items():
        assert set(cell.who) == set(ROLES), f"{key} must say allow or deny for every role"


@pytest.fixture
def settings_env() -> dict[str, str]:
    """The walk makes more writes a minute than the general limit allows one address (every
    visitor's row comes from the same one); the limits have their own tests."""
    return {"FORUM_LIMIT_WRITES": "100000"}


@pytest.fixture
def backend() -> str:
    """The matrix checks authorisation, which does not depend on the database engine."""
    return "sqlite"


async def _world(client: httpx.AsyncClient, make_member, make_space) -> dict[str, Any]:
    await make_space("general")
    await make_space("wall", SpaceKind.board)
    await make_space("lobby", SpaceKind.chat)
    people = await make_people(make_member)
    owner, other = people["owner"].headers, people["other"].headers

    async def message(headers: dict[str, str], body: str) -> str:
        made = await client.post("/api/spaces/wall/messages", json={"body": body}, headers=headers)
        assert made.status_code == 201, made.text
        return str(made.json()["id"])

    topic = await client.post(
        "/api/spaces/general/topics", json={"title": "Topic", "body": "first"}, headers=owner
    )
    topic_id = topic.json()["id"]
    post_id = (await client.get(f"/api/topics/{topic_id}")).json()["posts"][0]["id"]
    victim = await message(other, "a post moderators act on")
    await client.post(
        f"/api/posts/{victim}/report", json={"category": "spam"}, headers=people["member"].headers
    )
    item = (await client.get("/api/moderation/queue", headers=people["moderator"].headers)).json()
    conversations = []
    for title in ("Matrix talk", "Matrix leave"):
        made = await client.post(
            "/api/conversations",
            json={"to": ["other"], "title": title, "body": "private words"},
            headers=owner,
        )
        assert made.status_code == 201, made.text
        conversations.append(made.json())
    reported = await client.post(
        f"/api/conversations/{conversations[0]['id']}/messages/"
        f"{conversations[0]['message_id']}/report",
        json={"category": "spam"},
        headers=other,
    )
    assert reported.status_code == 201, reported.text
    return {
        "people": people,
        "params": {
            "slug": "general",
            "topic_id": str(topic_id),
            "post_id": str(post_id),
            "item_id": str(item[0]["id"]),
            "username": "owner",
            "user_id": str(people["owner"].account.id),
            "other_id": str(people["other"].account.id),
            "victim": victim,
            "victim2": await message(other, "a post members report"),
            "own_extra": await message(owner, "owner deletes this one"),
            "own_extra2": await message(owner, "and this one over the API"),
            "file_path": "forum.css",
            "picture": "0" * 64 + ".png",
            "path": "openapi.json",
            "name": "general.atom",
            "room": "lobby",
            "conversation_id": str(conversations[0]["id"]),
            "left_conversation": str(conversations[1]["id"]),
            "message_id": str(conversations[0]["message_id"]),
            "kind": "terms",
            "version": "1",
        },
    }


_PARAM = re.compile(r"\{(\w+):\w+\}")


def _path(template: str, cell: Cell, params: dict[str, str]) -> str:
    values = {**params, **{k: params.get(v, v) for k, v in cell.params.items()}}
    return _PARAM.sub(lambda m: values[m.group(1)], template)


def _allowed(response: httpx.Response) -> bool:
    assert response.status_code != 429, "rate limited: the matrix cannot tell allow from deny"
    assert response.status_code < 500, f"server error {response.status_code}: {response.text}"
    if response.status_code in (401, 403):
        return False
    location = response.headers.get("location", "")
    return not (response.status_code in (302, 303) and location.startswith("/login"))


async def _call(
    client: httpx.AsyncClient, server_url: str, role: str, method: str, path: str, cell: Cell, world
) -> bool:
    person = world["people"].get(role)
    if method == "WS":
        headers = {"Origin": server_url}
        if person is not None:
            headers["Cookie"] = f"forum_session={client.cookies.get('forum_session')}"
        try:
            async with websockets.connect(
                server_url.replace("http", "ws") + path, additional_headers=headers
            ):
                return True
        except websockets.exceptions.InvalidStatus as exc:
            assert exc.response.status_code == 403
            return False
    if path.startswith("/api/"):
        headers = person.headers if person is not None else {}
        body = cell.body if method in ("POST", "PATCH") else None
        response = await client.request(method, path, json=body, headers=headers)
        return _allowed(response)
    if method == "GET":
        return _allowed(await client.get(path))
    token = csrf_from((await client.get("/login")).text)
    data = {k: v for k, v in (cell.body or {}).items() if not k.startswith("_")}
    response = await client.post(path, data={**data, "_csrf_token": token})
    return _allowed(response)


async def test_access_matrix(
    app: Litestar, server_url: str, new_client, make_member, make_space
) -> None:
    setup = new_client()
    world = await _world(setup, make_member, make_space)
    clients = {}
    for role in ROLES:
        clients[role] = new_client()
        if role != "visitor":
            await browser_login(clients[role], role)
    await suspend(world["people"])  # after signing in: the old cookie and token must fail
    failures, cells = [], 0
    for role in ROLES:
        for (method, template), cell in sorted(MATRIX.items()):
            if template == "/logout" and role != "visitor":
                continue  # signing out mid-walk would turn the rest of the row into a visitor's
            path = _path(template, cell, world["params"])
            got = await _call(clients[role], server_url, role, method, path, cell, world)
            cells += 1
            if got != cell.who[role]:
                want = "allow" if cell.who[role] else "deny"
                failures.append(f"{role:9} {method:6} {path}: expected {want}")
    assert not failures, "\n".join(failures)
    assert cells == len(ROLES) * len(MATRIX) - (len(ROLES) - 1)  # every cell but mid-walk logout
