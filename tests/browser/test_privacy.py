"""A member downloads their data, deletes the account, and their old post shows "deleted
member" — in a real browser that never contacts another site."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import PASSWORD


async def test_member_exports_then_deletes_and_posts_show_deleted_member(
    browser, server_url: str, client, make_member, make_space
) -> None:
    await make_space("general", title="General discussion")
    ada, bob = await make_member("ada"), await make_member("bob")
    topic = await client.post(
        "/api/spaces/general/topics",
        json={"title": "Ada's question", "body": "How do I export my data?"},
        headers=ada.headers,
    )
    topic_id = topic.json()["id"]
    await client.post(
        f"/api/topics/{topic_id}/posts", json={"body": "Try it!"}, headers=bob.headers
    )

    context = await browser.new_context(accept_downloads=True)
    page = await context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    await page.goto(server_url + "/login")
    await page.get_by_label("Username").fill("ada")
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Sign in").click()
    await page.get_by_role("link", name="Account").click()

    async with page.expect_download() as waiting:
        await page.get_by_role("link", name="Download my data").click()
    download = await waiting.value
    assert download.suggested_filename == "ada-data.json"
    data = json.loads(Path(await download.path()).read_text())
    assert data["profile"]["email"] == "ada@example.test"
    assert [p["body"] for p in data["posts"]] == ["How do I export my data?"]

    await page.get_by_role("link", name="Delete my account…").click()
    assert "1 post that others replied to stay" in await page.locator("main").inner_text()
    await page.get_by_label("Your password").fill(PASSWORD)
    await page.get_by_label("I understand that my account is deleted for good.").check()
    await page.get_by_role("button", name="Delete my account").click()
    await page.get_by_role("heading", name="Your account is deleted").wait_for()
    assert await page.get_by_role("link", name="Sign in").count() == 1

    await page.goto(f"{server_url}/t/{topic_id}")
    authors = await page.locator("article.post .author").all_inner_texts()
    assert authors == ["deleted member", "bob"]
    await context.close()
    assert requested and all(url.startswith(server_url) for url in requested), requested
