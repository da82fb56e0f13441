"""Browsing without an account: no cookie while reading, every cookie listed, nothing loaded
from another site, and a cookie notice in the footer rather than a banner over the page."""

from __future__ import annotations

import re
from http.cookies import SimpleCookie

import httpx

from forum.accounts.sessions import SESSION_COOKIE
from forum.privacy.cookies import CSRF_COOKIE, DEVICE_COOKIE, cookie_list, known_cookie_names
from forum.storage.tables import SpaceKind
from forum.web.templating import STATIC_DIR
from tests.conftest import browser_login
from tests.crawl import default_samples, fetch_all, get_paths

# Attributes that make a browser fetch something by itself (links a person clicks do not).
FETCHING = re.compile(
    r"<(?:script|img|iframe|source|audio|video|embed|track)\b[^>]*\bsrc=\"([^\"]*)\""
    r"|<link\b[^>]*\bhref=\"([^\"]*)\"|<object\b[^>]*\bdata=\"([^\"]*)\""
    r"|<form\b[^>]*\baction=\"([^\"]*)\"|\bsrcset=\"([^\"]*)\"",
    re.I,
)


# The only pages where a visitor meets a form (and so the CSRF cookie) before signing in.
VISITOR_FORMS = {"/login", "/signup", "/login/link", "/login/link/use", "/signup/confirm"}


def _set_cookies(response: httpx.Response) -> dict[str, str]:
    found = {}
    for value in response.headers.get_list("set-cookie"):
        cookie = SimpleCookie()
        cookie.load(value)
        found.update({name: value for name in cookie})
    return found


async def _visitor_paths(app, client: httpx.AsyncClient, make_member, make_space) -> list[str]:
    spaces = [await make_space(f"{kind.value}-x", kind) for kind in SpaceKind]
    author = await make_member("author")
    await make_member("friend")
    topic = await client.post(
        "/api/spaces/forum-x/topics", json={"title": "Hello", "body": "b"}, headers=author.headers
    )
    private = {"to": ["friend"], "title": "Just us", "body": "hello"}
    talk = await client.post("/api/conversations", json=private, headers=author.headers)
    talk_id = str(talk.json()["id"])
    (message,) = (await client.get(f"/api/conversations/{talk_id}", headers=author.headers)).json()[
        "messages"
    ]
    samples = default_samples()
    samples.values.update(
        slug=[s["slug"] for s in spaces],
        topic_id=[str(topic.json()["id"])],
        post_id=["1"],
        username=["author"],
        name=[f"{s['slug']}.atom" for s in spaces],
        conversation_id=[talk_id],
        message_id=[str(message["id"])],
        image_id=["1"],
    )
    return get_paths(app, samples)


async def test_a_reader_gets_no_cookie_and_nothing_from_another_site(
    app, new_client, client: httpx.AsyncClient, make_member, make_space
) -> None:
    paths = await _visitor_paths(app, client, make_member, make_space)
    visitor = new_client()
    problems = []
    for response in await fetch_all(visitor, paths):
        path = response.request.url.path
        cookies = _set_cookies(response)
        if cookies and not (path in VISITOR_FORMS and set(cookies) == {CSRF_COOKIE}):
            problems.append(f"{path} set {sorted(cookies)} on a visitor")
        csp = response.headers.get("content-security-policy", "")
        if "default-src 'self'" not in csp or "unsafe-inline" in csp:
            problems.append(f"{path} has CSP {csp!r}")
        if response.headers.get("x-content-type-options") != "nosniff":
            problems.append(f"{path} lacks nosniff")
        if "text/html" in response.headers.get("content-type", ""):
            for groups in FETCHING.findall(response.text):
                url = next(g for g in groups if g)
                if re.match(r"^(?:[a-z][a-z0-9+.-]*:|//)", url, re.I):
                    problems.append(f"{path} makes the browser fetch {url}")
    assert not problems, "\n".join(problems)
    assert "/" in paths and "/cookies" in paths and "/t/1" in paths
    css = (STATIC_DIR / "forum.css").read_text()
    assert not re.search(r"url\(\s*['\"]?(?:[a-z]+:|//)", css) and "@import" not in css


async def test_the_cookie_page_lists_every_cookie_the_site_sets(
    client: httpx.AsyncClient, make_member
) -> None:
    member = await make_member()
    seen: set[str] = set()
    page = await client.get("/login")
    seen |= set(_set_cookies(page))
    seen |= set(_set_cookies(await browser_login(client, member.username)))
    assert seen == {CSRF_COOKIE, SESSION_COOKIE, DEVICE_COOKIE} == known_cookie_names()
    listing = (await client.get("/cookies")).text
    table = listing[listing.index('id="cookie-list"') :]
    for name in seen:
        row = re.search(
            rf"<code>{name}</code></td><td>([^<]+)</td><td>[^<]+</td><td>([^<]+)</td>", table
        )
        assert row, f"{name} is not listed with a purpose and lifetime"
    assert "30 days" in table
    assert (
        "no (essential)" in table and "yes" not in table.split("</table>")[0].split("</thead>")[1]
    )


async def test_a_reader_sees_the_cookie_notice_in_the_footer_and_no_banner(
    new_client, make_space
) -> None:
    await make_space("general")
    visitor = new_client()
    for path in ("/", "/s/general", "/s/nowhere-in-particular", "/login", "/signup"):
        page = await visitor.get(path)
        assert '<aside class="banner' not in page.text, path
        footer = page.text[page.text.index('<footer class="site">') :]
        assert "No cookie while you read" in footer and 'href="/cookies"' in footer, path
    assert all(c.essential for c in cookie_list(30)), (
        "a cookie that needs consent must not be set before a banner asks for it"
    )
    for path in ("/login", "/signup"):  # where the session cookie is about to be set
        assert "essential cookie" in (await visitor.get(path)).text
