"""XSS: the Big List of Naughty Strings plus common XSS vectors, posted everywhere a member's or
an admin's text is shown, leave no script, no event-handler attribute and no javascript: URL in
any rendered page, feed or websocket frame (parsed as HTML, tests/security/conftest.py).

Places: topic titles and bodies, usernames (the sign-up and sign-in forms echo them), space
titles and descriptions (chat room names included; spaces are made by admins), the profile's
full name and biography, chat messages (the ``html`` of each frame and the room's page), the
moderators' queue and log. Strings are posted in batches, each with a marker that must show
up, so a batch that was never rendered cannot pass unnoticed.

The data: ``tests/data/blns.json``, a copy of the list (MIT, see tests/data/README.md) shipped
with the tests. SQLite only: rendering does not depend on the database engine.
"""

from __future__ import annotations

import asyncio
import json
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
import websockets

from forum.storage.tables import Role, Space, SpaceKind
from tests.conftest import browser_login, csrf_from
from tests.security.conftest import unsafe_parts

XSS_VECTORS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](java\tscript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](javascript:alert(1))",
    '[x](https://example.org/" onmouseover="alert(1))',
    '<https://example.org/"onmouseover="alert(1)>',
    "<javascript:alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    "<<script>script>alert(1)<</script>/script>",
    "<scr<script>ipt>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<x onclick=alert(1)>click",
    '<style>@import "javascript:alert(1)"</style>',
    "`<img src=x onerror=alert(1)>`",
    "<!--<img src=x onerror=alert(1)>-->",
    "{{ 7*7 }}{% raw %}<script>alert(1)</script>",
]


@pytest.fixture
def backend() -> str:
    """Rendering does not depend on the database engine."""
    return "sqlite"


@pytest.fixture
def settings_env() -> dict[str, str]:
    """Every topic on one page; chat unthrottled for the batches."""
    return {"FORUM_PAGE_SIZE": "500", "FORUM_CHAT_RATE": "10000", "FORUM_LIMIT_WRITES": "100000"}


BLNS = Path(__file__).resolve().parents[1] / "data" / "blns.json"


@pytest.fixture(scope="module")
def naughty() -> list[str]:
    """The naughty strings and the XSS vectors."""
    strings = json.loads(BLNS.read_text(encoding="utf-8"))
    assert len(strings) >= 485, f"{BLNS} holds {len(strings)} strings"
    return [s for s in strings if s.strip()] + XSS_VECTORS


def packed(strings: list[str], limit: int, size: Callable[[str], int] = len) -> Iterator[list[str]]:
    """Consecutive groups of strings whose total size stays within ``limit``."""
    group: list[str] = []
    total = 0
    for text in strings:
        cost = size(text) + 1
        if group and total + cost > limit:
            yield group
            group, total = [], 0
        group.append(text[:limit])
        total += cost
    if group:
        yield group


def assert_safe(html: str, where: str, marker: str | None = None) -> None:
    """No script, handler or script URL in ``html``; the marker shows it was rendered."""
    problems = unsafe_parts(html)
    assert not problems, f"{where}: {problems[:5]}"
    if marker is not None:
        assert marker in html, f"{where}: {marker} was not rendered"


def test_the_check_finds_what_would_run() -> None:
    """The parser-based check itself: it flags each kind of script, and not our own pages."""
    bad = [
        "<script>alert(1)</script>",
        '<script src="https://evil.example/x.js"></script>',
        "<p><img src=x onerror=alert(1)></p>",
        "<a href=' JaVa\tScRiPt:alert(1)'>x</a>",
        '<form action="javascript:alert(1)">',
        "<iframe src=/x></iframe>",
        '<div style="background:url(javascript:alert(1))">',
        "<svg onload=alert(1)>",
    ]
    for html in bad:
        assert unsafe_parts(html), html
    ours = '<script src="/static/chat.js" defer></script><a href="/out?to=x" rel="nofollow">x</a>'
    assert unsafe_parts(ours + "&lt;script&gt;alert(1)&lt;/script&gt;") == []


async def _post_topic(client: httpx.AsyncClient, title: str, body: str) -> int | None:
    """A topic (personal data confirmed); None when the policy blocks it outright."""
    made = await client.post(
        "/api/spaces/general/topics",
        json={"title": title, "body": body, "confirm_disclosure": True},
    )
    if made.status_code == 422 and made.json().get("code") == "blocked":
        return None
    assert made.status_code == 201, made.text
    return made.json()["id"]


async def test_naughty_titles_and_bodies_render_safely(
    naughty: list[str], new_client, make_member, make_space
) -> None:
    await make_space("general", SpaceKind.forum)
    poster = await make_member("poster")
    api, browser = new_client(), new_client()
    api.headers.update(poster.headers)
    await browser_login(browser, poster.username)
    titles = [" ".join(group) for group in packed(naughty, 180)]
    bodies = ["\n\n".join(group) for group in packed(naughty, 1500)]
    topics, blocked = [], []
    for n, title in enumerate(titles):
        marker = f"mark{n:03d}x"
        body = f"{marker}\n\n{bodies[n]}" if n < len(bodies) else marker
        topic = await _post_topic(api, f"{marker} {title}", body)
        if topic is None:  # blocked as a whole: post title and body apart to find which
            blocked.append(n)
            alone = await _post_topic(api, f"{marker} {title}", marker)
            if alone is not None:
                topics.append((alone, marker))
            continue
        topics.append((topic, marker))
    assert len(blocked) <= 2, f"the policy blocked batches {blocked}: split them"
    listing = await browser.get("/s/general")
    assert_safe(listing.text, "/s/general")
    for topic, marker in topics:
        page = await browser.get(f"/t/{topic}")
        assert page.status_code == 200
        assert_safe(page.text, f"/t/{topic}", marker)
        assert marker in listing.text
    assert_safe((await browser.get("/")).text, "/")
    assert_safe((await browser.get("/u/poster")).text, "/u/poster")
    feed = ET.fromstring((await browser.get("/feeds/general.atom")).content)
    for content in feed.iter("{http://www.w3.org/2005/Atom}content"):
        assert_safe(content.text or "", "feed entry")
    moderator = new_client()
    await make_member("mod", role=Role.moderator)
    await browser_login(moderator, "mod")
    for path in ("/moderation", "/moderation/log"):
        assert_safe((await moderator.get(path)).text, path)


async def test_naughty_usernames_are_echoed_safely(naughty: list[str], client) -> None:
    page = await client.get("/signup")
    token = csrf_from(page.text)
    for n, group in enumerate(packed(naughty, 400)):
        marker = f"user{n:03d}x"
        name = marker + "".join(group)
        signup = await client.post(
            "/signup",
            data={
                "username": name,
                "email": f"{marker}@example.test",
                "password": "a long enough passphrase",
                "accept_terms": "1",
                "_csrf_token": token,
            },
        )
        assert signup.status_code == 400
        assert_safe(signup.text, f"sign-up batch {n}", marker)
        login = await client.post(
            "/login", data={"username": name, "password": "x", "_csrf_token": token}
        )
        assert login.status_code == 400
        assert_safe(login.text, f"sign-in batch {n}", marker)


async def test_naughty_space_titles_and_descriptions_render_safely(
    naughty: list[str], client: httpx.AsyncClient
) -> None:
    kinds = list(SpaceKind)
    descriptions = ["\n".join(group) for group in packed(naughty, 1500)]
    spaces = []
    for n, group in enumerate(packed(naughty, 110)):
        marker = f"sp{n:03d}x"
        description = descriptions[n] if n < len(descriptions) else ""
        kind = kinds[n % len(kinds)]
        slug = f"space.n{n}" if kind == SpaceKind.newsgroup else f"space-{n}"
        title = f"{marker} {' '.join(group)}"[:120]
        await Space(slug=slug, title=title, description=description, kind=kind.value).save()
        spaces.append((slug, marker))
    home = await client.get("/")
    assert_safe(home.text, "/")
    for slug, marker in spaces:
        assert marker in home.text
        page = await client.get(f"/s/{slug}")
        assert page.status_code == 200
        assert_safe(page.text, f"/s/{slug}", marker)


async def test_naughty_profile_fields_render_safely(
    naughty: list[str], new_client, make_member
) -> None:
    await make_member("writer")
    staff = await make_member("desk", personal_data=True)
    browser, desk = new_client(), new_client()
    await browser_login(browser, "writer")
    await browser_login(desk, staff.username)
    # Names and biographies refuse control characters (tested below): strip them here so
    # every string is saved and shown.
    printable = ["".join(ch for ch in text if ch.isprintable() or ch == "\n") for text in naughty]
    printable = [text for text in printable if text.strip()]
    names = list(packed([" ".join(text.split()) for text in printable], 90))
    bios = list(packed(printable, 1800))
    token = csrf_from((await browser.get("/account")).text)  # one per browser, not per page
    desk_token = csrf_from((await desk.get("/staff/personal-data")).text)
    for n in range(max(len(names), len(bios))):
        marker = f"bio{n:03d}x"
        full_name = f"{marker} {' '.join(names[n])}" if n < len(names) else marker
        bio = marker + "\n" + "\n".join(bios[n]) if n < len(bios) else ""
        data = {"full_name": full_name, "bio": bio, "_csrf_token": token}
        saved = await browser.post("/account/profile", data=data)
        assert saved.status_code == 303, saved.text
        assert_safe((await browser.get("/account")).text, f"/account batch {n}", marker)
        if bio:
            assert_safe((await browser.get("/u/writer")).text, f"/u/writer batch {n}", marker)
        if bio or n % 10 == 0:
            ask = {"username": "writer", "reason": "checking how names render"}
            shown = await desk.post("/staff/personal-data", data={**ask, "_csrf_token": desk_token})
            assert shown.status_code == 200, shown.text
            assert_safe(shown.text, f"personal data batch {n}", marker)
    page = await browser.get("/account")
    refused = await browser.post(
        "/account/profile",
        data={"full_name": XSS_VECTORS[0] + "\x07", "bio": "", "_csrf_token": csrf_from(page.text)},
    )
    assert refused.status_code == 400
    assert_safe(refused.text, "refused profile", "alert(1)")


async def test_naughty_chat_messages_render_safely(
    naughty: list[str], new_client, server_url: str, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat, title=XSS_VECTORS[0])
    chatter = await make_member("chatter")
    url = server_url.replace("http", "ws", 1) + "/ws/chat/lobby"
    markers = []
    async with websockets.connect(url, additional_headers=chatter.headers) as ws:
        size = lambda text: len(text.encode("utf-8", "surrogatepass"))  # noqa: E731
        for n, group in enumerate(packed(naughty, 3800, size)):
            marker = f"chat{n:03d}x"
            body = marker + "\n" + "\n".join(group)
            frame = {"type": "send", "body": body, "confirm_disclosure": True, "client_id": marker}
            await ws.send(json.dumps(frame))
            markers.append(marker)
        answered, rendered = set(), set()
        while answered != set(markers) or not rendered:
            frame = json.loads(await asyncio.wait_for(ws.recv(), 10))
            if frame.get("client_id") in markers:
                assert frame["type"] in ("sent", "held", "error"), frame
                answered.add(frame["client_id"])
            for message in (frame.get("messages") or []) + [frame]:
                if isinstance(message, dict) and "html" in message:
                    assert_safe(message["html"], "chat frame")
                    rendered.add(message["id"])
    assert len(rendered) >= len(markers) - 2
    browser = new_client()
    await browser_login(browser, "chatter")
    room = await browser.get("/s/lobby")
    assert_safe(room.text, "/s/lobby", markers[-1])
