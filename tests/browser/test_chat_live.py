"""Two members and a moderator in one chat room, each in their own browser: live messages,
a moderator's removal, and the disclosure warning with one-click redaction."""

from __future__ import annotations

from forum.storage.tables import SpaceKind
from tests.conftest import PASSWORD


async def _open_room(browser, server_url: str, username: str):
    context = await browser.new_context()
    page = await context.new_page()
    await page.goto(server_url + "/login")
    await page.get_by_label("Username").fill(username)
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Sign in").click()
    await page.get_by_role("link", name=username, exact=True).wait_for()
    await page.goto(server_url + "/s/lobby")
    await page.get_by_text("Live: new messages appear").wait_for()
    return context, page


async def _send(page, text: str) -> None:
    await page.get_by_label("Message").fill(text)
    await page.get_by_role("button", name="Send", exact=True).click()


async def test_two_browsers_chat_live_and_a_removal_disappears_from_both(
    browser, server_url: str, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat, title="The lobby")
    for name in ("ada", "bob"):
        await make_member(name)
    await make_member("mod", role="moderator")
    ada_context, ada = await _open_room(browser, server_url, "ada")
    bob_context, bob = await _open_room(browser, server_url, "bob")
    mod_context, mod = await _open_room(browser, server_url, "mod")

    await _send(ada, "Hello Bob, are you there?")
    await bob.locator("article.post", has_text="Hello Bob, are you there?").wait_for()
    await _send(bob, "Hi Ada!")
    await ada.locator("article.post", has_text="Hi Ada!").wait_for()
    await ada.locator("#presence-list", has_text="bob").wait_for()

    message = mod.locator("article.post", has_text="Hello Bob, are you there?")
    await message.get_by_role("button", name="Remove").click()
    await message.get_by_label("Removal reason").fill("Testing removal.")
    await message.locator("form.remove").get_by_role("button", name="Remove").click()
    for page in (ada, bob):
        await page.locator("article.post", has_text="Hello Bob").wait_for(state="detached")
    assert await ada.locator("article.post", has_text="Hi Ada!").count() == 1

    await _send(ada, "Call me on +44 20 7946 0958 tonight")
    warning = ada.locator(".disclosure")
    await warning.wait_for()
    assert "becomes public" in await warning.inner_text()
    assert await warning.locator("mark.finding").inner_text() == "+44 20 7946 0958"
    await warning.get_by_role("button", name="Redact").click()
    assert "7946" not in await ada.get_by_label("Message").input_value()
    await ada.get_by_role("button", name="Send", exact=True).click()
    arrived = bob.locator("article.post", has_text="Call me on")
    await arrived.wait_for()
    assert "7946" not in await arrived.inner_text()
    assert "phone number removed" in await arrived.inner_text()
    for context in (ada_context, bob_context, mod_context):
        await context.close()


async def test_a_live_message_carries_the_moderate_link_for_staff_only(
    browser, server_url: str, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat, title="The lobby")
    await make_member("ada")
    await make_member("mod", role="moderator")
    ada_context, ada = await _open_room(browser, server_url, "ada")
    mod_context, mod = await _open_room(browser, server_url, "mod")

    await _send(ada, "Arrived live, after the page loaded")
    live = mod.locator("article.post", has_text="Arrived live")
    await live.wait_for()
    message_id = (await live.get_attribute("id") or "")[1:]
    moderate = live.get_by_role("link", name="Moderate", exact=True)
    assert await moderate.count() == 1
    assert await moderate.get_attribute("href") == f"/moderation/posts/{message_id}"
    await moderate.click()
    await mod.get_by_role("heading", name=f"Post {message_id}").wait_for()
    await mod.go_back()
    await mod.get_by_text("Live: new messages appear").wait_for()

    await _send(mod, "A moderator's own live message")
    await ada.locator("article.post", has_text="own live message").wait_for()
    assert await ada.get_by_role("link", name="Moderate").count() == 0
    await ada.reload()
    await ada.locator("article.post", has_text="Arrived live").wait_for()
    assert await ada.get_by_role("link", name="Moderate").count() == 0
    for context in (ada_context, mod_context):
        await context.close()
