"""Every route by every role: who may call what. A route missing from MATRIX fails the test.

Roles: visitor, member (any other member), author (owner of the post / item in question),
moderator, admin. "allow" means the request got past authorisation (any answer but 401/403 or a
redirect to the sign-in page); "deny" means it did not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import websockets
from litestar import Litestar

from forum.tables import SpaceKind
from tests.conftest import PASSWORD, browser_login, csrf_from

ROLES = (
    "visitor",
    "member",
    "moderator",
    "admin",
    "author",
)  # author last: it deletes its own post
ALL = dict.fromkeys(ROLES, True)
MEMBERS = {**ALL, "visitor": False}
STAFF = {"visitor": False, "member": False, "author": False, "moderator": True, "admin": True}
OWNER = {"visitor": False, "member": False, "moderator": False, "admin": False, "author": True}
ADMIN = {"visitor": False, "member": False, "author": False, "moderator": False, "admin": True}
NOBODY = dict.fromkeys(ROLES, False)  # only staff with the personal-data permission (none here)


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
    ("GET", "/s/{slug:str}"): Cell(ALL),
    ("POST", "/s/{slug:str}/messages"): Cell(MEMBERS, {"slug": "wall"}, {"body": "matrix"}),
    ("GET", "/s/{slug:str}/new"): Cell(MEMBERS),
    ("POST", "/s/{slug:str}/new"): Cell(MEMBERS, {}, {"title": "Matrix", "body": "matrix"}),
    ("GET", "/t/{topic_id:int}"): Cell(ALL),
    ("POST", "/t/{topic_id:int}/reply"): Cell(MEMBERS, {}, {"body": "matrix"}),
    ("GET", "/p/{post_id:int}"): Cell(ALL),
    ("GET", "/p/{post_id:int}/edit"): Cell(OWNER),
    ("POST", "/p/{post_id:int}/edit"): Cell(OWNER, {}, {"body": "edited"}),
    ("POST", "/p/{post_id:int}/delete"): Cell(OWNER, {"post_id": "own_extra"}, {}),
    ("GET", "/signup"): Cell(ALL),
    ("POST", "/signup"): Cell(ALL, {}, {"username": ""}),
    ("GET", "/login"): Cell(ALL),
    ("POST", "/login"): Cell(ALL, {}, {"username": "nobody", "password": "x"}),
    ("POST", "/logout"): Cell(ALL, {}, {"_keep_session": "1"}),
    ("GET", "/u/{username:str}"): Cell(ALL),
    ("POST", "/api/auth/signup"): Cell(ALL, {}, {"username": ""}),
    ("POST", "/api/auth/login"): Cell(ALL, {}, {"username": "member", "password": PASSWORD}),
    ("GET", "/api/spaces"): Cell(ALL),
    ("GET", "/api/spaces/{slug:str}"): Cell(ALL),
    ("GET", "/api/spaces/{slug:str}/messages"): Cell(ALL, {"slug": "wall"}),
    ("POST", "/api/spaces/{slug:str}/messages"): Cell(MEMBERS, {"slug": "wall"}, {"body": "m"}),
    ("POST", "/api/spaces/{slug:str}/topics"): Cell(MEMBERS, {}, {"title": "Matrix", "body": "m"}),
    ("GET", "/api/topics/{topic_id:int}"): Cell(ALL),
    ("POST", "/api/topics/{topic_id:int}/posts"): Cell(MEMBERS, {}, {"body": "m"}),
    ("GET", "/api/posts/{post_id:int}"): Cell(ALL),
    ("PATCH", "/api/posts/{post_id:int}"): Cell(OWNER, {}, {"body": "patched"}),
    ("DELETE", "/api/posts/{post_id:int}"): Cell(OWNER, {"post_id": "own_extra2"}),
    ("POST", "/api/posts/{post_id:int}/report"): Cell(MEMBERS, OTHER_POST, {"category": "spam"}),
    ("GET", "/api/policy/categories"): Cell(ALL),
    ("GET", "/api/notifications"): Cell(MEMBERS),
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
    ("GET", "/p/{post_id:int}/report"): Cell(MEMBERS, {"post_id": "victim2"}),
    ("POST", "/p/{post_id:int}/report"): Cell(
        MEMBERS, {"post_id": "victim2"}, {"category": "spam"}
    ),
    ("GET", "/notifications"): Cell(MEMBERS),
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
    ("WS", "/ws/chat/{room:str}"): Cell(ALL, {"room": "lobby"}),
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
    ("POST", "/cookies/notice"): Cell(ALL, {}, {}),
    ("POST", "/policies/acknowledge"): Cell(MEMBERS, {}, {}),
    ("GET", "/unsubscribe"): Cell(ALL),
    ("POST", "/unsubscribe"): Cell(ALL, {}, {}),
    ("GET", "/account"): Cell(MEMBERS),
    ("POST", "/account/profile"): Cell(MEMBERS, {}, {"full_name": "x" * 101, "bio": ""}),
    ("POST", "/account/email"): Cell(MEMBERS, {}, {"email": "not an address"}),
    ("GET", "/account/email/confirm"): Cell(ALL),
    ("POST", "/account/email/confirm"): Cell(ALL, {}, {"token": "junk"}),
    ("POST", "/account/emails"): Cell(MEMBERS, {}, {"newsletter": "maybe"}),
    ("GET", "/u/{username:str}/export"): Cell(OWNER),
    ("GET", "/account/delete"): Cell(MEMBERS),
    ("POST", "/account/delete"): Cell(MEMBERS, {}, {"password": "wrong password", "confirm": "1"}),
    ("GET", "/api/me"): Cell(MEMBERS),
    ("GET", "/api/me/export"): Cell(MEMBERS),
    ("DELETE", "/api/me"): Cell(MEMBERS),  # no password: refused after authorisation
    ("GET", "/staff/personal-data"): Cell(NOBODY),
    ("POST", "/staff/personal-data"): Cell(
        NOBODY, {}, {"username": "author", "reason": "matrix x"}
    ),
    ("GET", "/admin/traffic"): Cell(ADMIN),
    ("GET", "/admin/access-log"): Cell(ADMIN),
    ("GET", "/admin/outbox"): Cell(ADMIN),
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


async def test_every_route_has_a_row(app: Litestar) -> None:
    missing = sorted(app_routes(app) - set(MATRIX))
    assert not missing, f"add these routes to MATRIX with who may call them: {missing}"


@pytest.fixture
def backend() -> str:
    """The matrix checks authorisation, which does not depend on the database engine."""
    return "sqlite"


async def _world(client: httpx.AsyncClient, make_member, make_space) -> dict[str, Any]:
    await make_space("general")
    await make_space("wall", SpaceKind.board)
    await make_space("lobby", SpaceKind.chat)
    people = {
        "member": await make_member("member"),
        "author": await make_member("author"),
        "other": await make_member("other"),
        "moderator": await make_member("moderator", role="moderator"),
        "admin": await make_member("admin", role="admin"),
    }
    author, other = people["author"].headers, people["other"].headers

    async def message(headers: dict[str, str], body: str) -> str:
        made = await client.post("/api/spaces/wall/messages", json={"body": body}, headers=headers)
        return str(made.json()["id"])

    topic = await client.post(
        "/api/spaces/general/topics", json={"title": "Topic", "body": "first"}, headers=author
    )
    topic_id = topic.json()["id"]
    post_id = (await client.get(f"/api/topics/{topic_id}")).json()["posts"][0]["id"]
    victim = await message(other, "a post moderators act on")
    await client.post(
        f"/api/posts/{victim}/report", json={"category": "spam"}, headers=people["member"].headers
    )
    item = (await client.get("/api/moderation/queue", headers=people["moderator"].headers)).json()
    return {
        "people": people,
        "params": {
            "slug": "general",
            "topic_id": str(topic_id),
            "post_id": str(post_id),
            "item_id": str(item[0]["id"]),
            "username": "author",
            "victim": victim,
            "victim2": await message(other, "a post members report"),
            "own_extra": await message(author, "author deletes this one"),
            "own_extra2": await message(author, "and this one over the API"),
        },
    }


def _path(template: str, cell: Cell, params: dict[str, str]) -> str:
    values = {**params, **{k: params.get(v, v) for k, v in cell.params.items()}}
    path = template
    names = (
        "slug",
        "topic_id",
        "post_id",
        "item_id",
        "username",
        "file_path",
        "path",
        "name",
        "room",
        "kind",
        "version",
    )
    for name in names:
        for suffix in (":str", ":int", ":path"):
            path = path.replace("{" + name + suffix + "}", values.get(name, ""))
    return path


def _allowed(response: httpx.Response) -> bool:
    assert response.status_code != 429, "rate limited: the matrix cannot tell allow from deny"
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
    failures = []
    for role in ROLES:
        client = new_client()
        if role != "visitor":
            await browser_login(client, role)
        for (method, template), cell in sorted(MATRIX.items()):
            if template == "/logout" and role != "visitor":
                continue  # signing out mid-walk would turn the rest of the row into a visitor's
            path = _path(template, cell, world["params"])
            got = await _call(client, server_url, role, method, path, cell, world)
            if got != cell.who[role]:
                want = "allow" if cell.who[role] else "deny"
                failures.append(f"{role:9} {method:6} {path}: expected {want}")
    assert not failures, "\n".join(failures)
