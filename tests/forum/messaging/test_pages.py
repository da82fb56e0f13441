"""The pages work without JavaScript: write, get warned in place, confirm, reply, leave;
forms need their CSRF token; titles and bodies come out escaped and sanitised."""

from __future__ import annotations

import httpx

from tests.conftest import browser_login, csrf_from


async def _form(client: httpx.AsyncClient, page: str, url: str, data: dict) -> httpx.Response:
    token = csrf_from((await client.get(page)).text)
    return await client.post(url, data={**data, "_csrf_token": token})


async def test_a_conversation_from_the_forms_alone(
    client: httpx.AsyncClient, new_client, make_member
) -> None:
    await make_member("ann"), await make_member("bob")
    await browser_login(client, "ann")
    form = await client.get("/messages/new?to=bob")
    assert form.status_code == 200 and 'value="bob"' in form.text
    draft = {"to": "bob", "title": "Meeting", "body": "mail me: ann.smith@example.org"}
    warned = await _form(client, "/messages/new", "/messages/new", draft)
    assert warned.status_code == 422 and "Before you send" in warned.text
    assert '<mark class="finding"' in warned.text and "Send anyway" in warned.text
    sent = await _form(
        client, "/messages/new", "/messages/new", {**draft, "confirm_disclosure": "1"}
    )
    assert sent.status_code == 303
    conversation = sent.headers["location"].split("#")[0]
    reply = await _form(client, conversation, conversation, {"body": "and one more thing"})
    assert reply.status_code == 303
    bob = new_client()
    await browser_login(bob, "bob")
    listing = await bob.get("/messages")
    assert "Meeting" in listing.text and "unread" in listing.text
    assert 'id="messages-count" aria-label="1 unread conversations">1<' in listing.text
    page = await bob.get(conversation)
    assert "and one more thing" in page.text and "Report" in page.text
    after = await bob.get("/messages")  # read now: the badge is gone on the next page
    assert 'id="messages-count" aria-label="0 unread conversations" hidden' in after.text
    left = await _form(bob, conversation, conversation + "/leave", {})
    assert left.status_code == 303 and left.headers["location"] == "/messages"
    assert (await bob.get(conversation)).status_code == 404


async def test_forms_without_their_csrf_token_are_refused(
    client: httpx.AsyncClient, make_member
) -> None:
    await make_member("ann"), await make_member("bob")
    await browser_login(client, "ann")
    response = await client.post(
        "/messages/new", data={"to": "bob", "title": "Hello", "body": "hi"}
    )
    assert response.status_code == 403
    assert (await client.get("/api/conversations")).json() == []


async def test_titles_and_bodies_are_escaped_and_sanitised(
    client: httpx.AsyncClient, make_member
) -> None:
    await make_member("ann"), await make_member("bob")
    await browser_login(client, "ann")
    hostile = {
        "to": "bob",
        "title": "<script>alert(1)</script>",
        "body": "<img src=x onerror=alert(1)> [x](javascript:alert(1)) **ok**",
    }
    sent = await _form(client, "/messages/new", "/messages/new", hostile)
    page = await client.get(sent.headers["location"].split("#")[0])
    assert "<script>alert(1)</script>" not in page.text and "&lt;script&gt;" in page.text
    assert "<img" not in page.text and 'href="javascript' not in page.text  # text, not tags
    assert "<strong>ok</strong>" in page.text


async def test_visitors_are_sent_to_sign_in(client: httpx.AsyncClient) -> None:
    response = await client.get("/messages")
    assert response.status_code in (302, 303, 401)
