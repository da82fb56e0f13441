"""A visitor signs up (opening the mailed link), opens a forum, starts a topic and sees it
rendered — in a real browser."""

from __future__ import annotations

from tests.conftest import PASSWORD, link_in, mails_to


async def test_visitor_signs_up_and_starts_a_topic(browser, server_url: str, make_space) -> None:
    await make_space("general", title="General discussion")
    context = await browser.new_context()
    page = await context.new_page()
    await page.goto(server_url + "/")
    await page.get_by_role("link", name="Create account").click()
    await page.get_by_label("Username").fill("newcomer")
    await page.get_by_label("Email").fill("newcomer@example.test")
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_label("I accept the terms").check()
    await page.get_by_role("button", name="Create account").click()
    await page.get_by_role("heading", name="Check your mail").wait_for()
    (mail,) = await mails_to("newcomer@example.test")
    await page.goto(server_url + link_in(mail["body"], "/signup/confirm"))
    await page.get_by_role("button", name="Open my account").click()
    await page.get_by_role("link", name="newcomer").wait_for()

    await page.get_by_role("link", name="General discussion").click()
    await page.get_by_role("link", name="Start a topic").click()
    await page.get_by_label("Title").fill("My first topic")
    await page.get_by_label("Your post").fill("Hello **everyone**, see <https://example.org>")
    await page.get_by_role("button", name="Start topic").click()

    await page.get_by_role("heading", name="My first topic").wait_for()
    assert await page.locator("article.post strong").inner_text() == "everyone"
    link = page.locator("article.post a", has_text="example.org")
    assert await link.get_attribute("rel") == "nofollow ugc noopener noreferrer"
    assert (await link.get_attribute("href")).startswith("/out?to=")
    await context.close()
