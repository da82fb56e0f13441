"""A reply and a mention reach the other member's open page at once, in a real browser."""

from __future__ import annotations

from tests.browser.test_moderation_live import _sign_in


async def test_a_reply_and_a_mention_appear_live_in_a_second_browser(
    browser, server_url: str, make_member, make_space
) -> None:
    await make_space("general", title="General")
    ann, bob = await make_member("ann"), await make_member("bob")

    ann_context = await browser.new_context()
    ann_page = await ann_context.new_page()
    await _sign_in(ann_page, server_url, ann.username)
    await ann_page.goto(server_url + "/notifications")
    await ann_page.get_by_text("Nothing yet.").wait_for()

    bob_context = await browser.new_context()
    bob_page = await bob_context.new_page()
    await _sign_in(bob_page, server_url, bob.username)
    await bob_page.goto(server_url + "/s/general/new")
    await bob_page.get_by_label("Title").fill("Seeds")
    await bob_page.get_by_label("Your post").fill("Who has tomato seeds? @ann maybe?")
    await bob_page.get_by_role("button", name="Start topic").click()
    await bob_page.locator("a.mention", has_text="@ann").wait_for()

    item = ann_page.locator("#notification-list li", has_text="bob mentioned you")
    await item.wait_for(timeout=5000)
    assert await ann_page.locator("#notifications-count").inner_text() == "1"
    await item.get_by_role("link", name="View").click()
    await ann_page.locator("article.post", has_text="tomato seeds").wait_for()
