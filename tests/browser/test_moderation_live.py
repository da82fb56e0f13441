"""Disclosure warning with one-click redaction, and the moderators' live queue, in real browsers."""

from __future__ import annotations

from forum.storage.tables import SpaceKind
from tests.conftest import PASSWORD


async def _sign_in(page, server_url: str, username: str) -> None:
    await page.goto(server_url + "/login")
    await page.get_by_label("Username").fill(username)
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Sign in").click()
    await page.get_by_role("link", name=username, exact=True).wait_for()


async def test_disclosure_redact_then_live_queue_removal(
    browser, server_url: str, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board, title="The wall")
    author = await make_member("author")
    moderator = await make_member("mod", role="moderator")

    mod_context = await browser.new_context()
    mod_page = await mod_context.new_page()
    await _sign_in(mod_page, server_url, moderator.username)
    await mod_page.goto(server_url + "/moderation")
    await mod_page.get_by_text("Live: new items appear").wait_for()

    author_context = await browser.new_context()
    page = await author_context.new_page()
    await _sign_in(page, server_url, author.username)
    await page.goto(server_url + "/s/wall")
    await page.get_by_label("Your message").fill("Reach me at jane.doe@example.org after six")
    await page.get_by_role("button", name="Post message").click()
    warning = page.locator(".disclosure")
    await warning.wait_for()
    assert "becomes public" in await warning.inner_text()
    assert (
        await page.locator(".disclosure blockquote mark.finding").inner_text()
        == "jane.doe@example.org"
    )
    await page.get_by_role("button", name="Redact").click()
    assert "jane.doe" not in await page.get_by_label("Your message").input_value()
    await page.get_by_role("button", name="Post message").click()
    await page.locator("article.post", has_text="Reach me at").wait_for()
    assert "jane.doe@example.org" not in await page.content()

    # A post the policy holds appears in the moderator's queue without a reload.
    await page.get_by_label("Your message").fill("my card 4111 1111 1111 1111")
    await page.get_by_role("button", name="Post message").click()
    await page.get_by_role("button", name="Post anyway").click()
    await page.get_by_text("waiting for review").wait_for()
    item = mod_page.locator(".queue-item", has_text="4111 1111 1111 1111")
    await item.wait_for(timeout=10_000)
    await item.get_by_label("Removal reason").fill("Card numbers are never published.")
    await item.get_by_role("button", name="Remove").click()
    await mod_page.get_by_text("Nothing waiting").wait_for()
    await author_context.close()
    await mod_context.close()
