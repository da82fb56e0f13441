"""A photo attached in a real browser: the file field, the warning about its location and
serial, the confirmation, the thumbnail under the message and the full picture behind it."""

from __future__ import annotations

import io

from PIL import Image as PILImage

from forum.storage.tables import SpaceKind
from tests.browser.test_moderation_live import _sign_in
from tests.forum.images.pictures import SERIAL, photo_with_gps
from tests.forum.images.test_upload import seasoned


async def test_a_member_attaches_a_photo_and_is_told_what_was_removed(
    browser, server_url: str, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    await seasoned(await make_member("photographer"))
    context = await browser.new_context()
    page = await context.new_page()
    await _sign_in(page, server_url, "photographer")
    await page.goto(server_url + "/s/wall")
    await page.get_by_label("Your message").fill("Our allotment this morning")
    await page.get_by_label("Pictures (JPEG").set_input_files(
        [{"name": "IMG_2041.JPG", "mimeType": "image/jpeg", "buffer": photo_with_gps()}]
    )
    await page.get_by_label("Describe the pictures").fill("Rows of beans under a blue sky")
    await page.get_by_role("button", name="Post message").click()
    warning = page.locator(".disclosure")
    await warning.get_by_text("location (GPS)").wait_for()
    assert SERIAL in await warning.inner_text()
    await page.get_by_role("button", name="Post without it").click()
    picture = page.locator(".pictures img[alt='Rows of beans under a blue sky']")
    await picture.wait_for()
    assert await picture.evaluate("img => img.complete && img.naturalWidth > 0")
    link = await page.locator(".pictures a").get_attribute("href")
    served = await context.request.get(server_url + link)
    assert served.headers["content-type"] == "image/jpeg"
    assert not PILImage.open(io.BytesIO(await served.body())).getexif()
    await context.close()
