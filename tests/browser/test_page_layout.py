"""What a person sees of a page's layout: chart legends beside their colours, IP addresses on one
line, and no console error on an ordinary page (the favicon)."""

from __future__ import annotations

from forum.storage.tables import SpaceKind
from tests.conftest import PASSWORD

PHONE = {"width": 390, "height": 844}
SPAM = "Deals: " + " ".join(f"https://shop{n}.example/buy" for n in range(6))


async def _signed_in(browser, server_url: str, username: str, viewport: dict | None = None):
    context = await browser.new_context(viewport=viewport or {"width": 1280, "height": 800})
    page = await context.new_page()
    await page.goto(server_url + "/login")
    await page.get_by_label("Username").fill(username)
    await page.get_by_label("Password").fill(PASSWORD)
    await page.get_by_role("button", name="Sign in").click()
    await page.get_by_role("link", name=username, exact=True).wait_for()
    return context, page


# For each legend entry: the vertical centre of its colour square and of its label's text.
LEGEND_CENTRES = """() => Array.from(document.querySelectorAll("ul.legend li")).map(li => {
  const swatch = li.querySelector("svg").getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(li);
  range.setStartAfter(li.querySelector("svg"));
  const text = range.getBoundingClientRect();
  return [li.textContent.trim(), swatch.top + swatch.height / 2, text.top + text.height / 2,
          swatch.width];
})"""


async def test_dashboard_legend_labels_sit_beside_their_colour_squares(
    browser, server_url: str, client, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board, title="The wall")
    author = await make_member("author")
    await make_member("mod", role="moderator")
    held = await client.post(
        "/api/spaces/wall/messages", json={"body": SPAM}, headers=author.headers
    )
    assert held.json()["status"] == "pending"
    context, page = await _signed_in(browser, server_url, "mod")
    await page.goto(server_url + "/moderation/dashboard")
    entries = await page.evaluate(LEGEND_CENTRES)
    assert entries, "the chart of held posts has a legend"
    for label, swatch_centre, text_centre, swatch_width in entries:
        assert abs(swatch_centre - text_centre) <= 3, (label, swatch_centre, text_centre)
        assert swatch_width <= 16, (label, swatch_width)  # a small square, not a banner
    await context.close()


async def test_the_sessions_table_shows_an_ip_address_on_one_line_on_a_phone(
    browser, server_url: str, make_member
) -> None:
    await make_member("ada")
    context, page = await _signed_in(browser, server_url, "ada", PHONE)
    await page.goto(server_url + "/account")
    cell = page.locator("#sessions td", has_text="127.0.0.1")
    lines = await cell.evaluate(
        """td => { const range = document.createRange(); range.selectNodeContents(td);
        return new Set(Array.from(range.getClientRects()).map(r => Math.round(r.top))).size; }"""
    )
    assert lines == 1
    await context.close()


async def test_an_ordinary_page_logs_no_console_error_and_shows_an_icon(
    browser, server_url: str, make_space
) -> None:
    await make_space("general", title="General discussion")
    context = await browser.new_context()
    page = await context.new_page()
    errors: list[str] = []
    failed: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    for path in ("/", "/s/general"):
        await page.goto(server_url + path)
        await page.wait_for_load_state("networkidle")
    icon = await page.request.get(server_url + "/favicon.ico")
    assert icon.ok and icon.headers["content-type"] == "image/x-icon"
    assert (errors, failed) == ([], [])
    await context.close()


async def test_on_a_phone_no_cookie_banner_covers_the_first_screen(
    browser, server_url: str, make_space
) -> None:
    await make_space("general", title="General discussion")
    context = await browser.new_context(viewport=PHONE, is_mobile=True)
    page = await context.new_page()
    for path in ("/", "/s/general", "/login", "/signup"):
        await page.goto(server_url + path)
        assert await page.locator("aside.banner").count() == 0, path
        heading = await page.locator("main h1").bounding_box()
        assert heading and heading["y"] < PHONE["height"] / 4, path  # content starts at the top
        note = page.locator("footer.site .cookie-notice")
        assert "No cookie while you read" in await note.inner_text()
    # Where the session cookie is about to be set, one short line says so.
    note = page.locator("main form p", has_text="essential cookie")
    box = await note.bounding_box()
    assert box and box["height"] < PHONE["height"] / 10
    await context.close()
