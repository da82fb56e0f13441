"""Held posts in real browsers: the queue asks before publishing abuse, and a held topic offers
its author no reply box."""

from __future__ import annotations

import asyncio

from forum.storage.tables import Post, PostStatus, SpaceKind
from tests.browser.test_moderation_live import _sign_in

THREAT = "I will find where you live and hurt you."


async def _status(body: str) -> str:
    return (await Post.select(Post.status).where(Post.body == body).first())["status"]


async def test_remove_comes_first_and_approve_needs_a_confirmation(
    browser, client, server_url: str, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    author = await make_member("author")
    held = await client.post(
        "/api/spaces/wall/messages", json={"body": THREAT}, headers=author.headers
    )
    assert held.json()["status"] == "pending"
    await make_member("mod", role="moderator")
    context = await browser.new_context()
    page = await context.new_page()
    await _sign_in(page, server_url, "mod")
    await page.goto(server_url + "/moderation")
    item = page.locator(".queue-item", has_text=THREAT)
    buttons = await item.locator(".decide button").all_inner_texts()
    assert buttons[0] == "Remove" and buttons.index("Approve") > 0
    assert await item.get_by_role("button", name="Remove").evaluate(
        "b => !b.classList.contains('secondary')"
    )
    # Approve without ticking the box: the browser does not send the form.
    await item.get_by_role("button", name="Approve", exact=True).click()
    await asyncio.sleep(0.5)
    assert await _status(THREAT) == PostStatus.pending.value
    # Even with the box's `required` taken away, the server refuses to publish.
    await item.get_by_label("I have read it").evaluate("box => box.removeAttribute('required')")
    await item.get_by_role("button", name="Approve", exact=True).click()
    await page.get_by_text("Confirm that you have read it").wait_for()
    assert await _status(THREAT) == PostStatus.pending.value
    # Ticked, with a reason: published, and the reason is in the log.
    item = page.locator(".queue-item", has_text=THREAT)
    await item.get_by_label("I have read it").check()
    await item.get_by_label("Why (optional, for the log)").fill("Song lyrics, quoted.")
    await item.get_by_role("button", name="Approve", exact=True).click()
    await page.get_by_text("Nothing waiting").wait_for()
    assert await _status(THREAT) == PostStatus.visible.value
    await page.goto(server_url + "/moderation/log")
    await page.get_by_text("Song lyrics, quoted.").wait_for()
    await context.close()


async def test_a_held_topic_offers_its_author_no_reply_box(
    browser, client, server_url: str, make_member, make_space
) -> None:
    await make_space("general")
    author = await make_member("author")
    created = await client.post(
        "/api/spaces/general/topics",
        json={"title": "About last night", "body": THREAT},
        headers=author.headers,
    )
    assert created.json()["status"] == "pending"
    context = await browser.new_context()
    page = await context.new_page()
    await _sign_in(page, server_url, "author")
    await page.goto(f"{server_url}/t/{created.json()['topic_id']}")
    await page.get_by_text(THREAT).wait_for()
    assert await page.locator("#composer").count() == 0
    assert await page.locator("textarea").count() == 0
    assert await page.get_by_role("link", name="Reply").count() == 0
    notice = await page.locator("#replies-closed").inner_text()
    assert "Replies open once a moderator publishes it." in notice
    await context.close()
