"""Two members exchange private messages: one with JavaScript off (forms alone), the other's
open conversation shows the new message live."""

from __future__ import annotations

from tests.browser.test_moderation_live import _sign_in


async def test_private_messages_by_form_appear_live_in_the_other_browser(
    browser, server_url: str, make_member
) -> None:
    ann, bob = await make_member("ann"), await make_member("bob")

    ann_context = await browser.new_context(java_script_enabled=False)
    ann_page = await ann_context.new_page()
    await _sign_in(ann_page, server_url, ann.username)
    await ann_page.goto(server_url + "/messages/new?to=bob")
    await ann_page.get_by_label("Title").fill("Seeds")
    await ann_page.get_by_label("Your message").fill("Do you still have tomato seeds?")
    await ann_page.get_by_role("button", name="Send", exact=True).click()
    await ann_page.locator("li.private-message", has_text="tomato seeds").wait_for()
    conversation = ann_page.url.split("#")[0]

    bob_context = await browser.new_context()
    bob_page = await bob_context.new_page()
    await _sign_in(bob_page, server_url, bob.username)
    await bob_page.goto(server_url + "/messages")
    await bob_page.get_by_role("link", name="Seeds").click()
    await bob_page.locator("li.private-message", has_text="tomato seeds").wait_for()

    await ann_page.goto(conversation)
    await ann_page.get_by_label("Your message").fill("I can bring some on *Friday*")
    await ann_page.get_by_role("button", name="Send", exact=True).click()
    live = bob_page.locator("li.private-message.live", has_text="I can bring some on")
    await live.wait_for(timeout=5000)
    assert await live.locator("em").inner_text() == "Friday"
