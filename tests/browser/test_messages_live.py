"""Two members exchange private messages: one with JavaScript off (forms alone), the other's
open conversation shows the new message live; a photo's location is warned about, and the
other tab shows it without its metadata."""

from __future__ import annotations

import io

from PIL import Image as PILImage

from tests.browser.test_moderation_live import _sign_in
from tests.forum.images.pictures import SERIAL, photo_with_gps
from tests.forum.images.test_upload import seasoned


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


async def test_a_photo_in_a_private_message_reaches_the_other_tab_without_its_metadata(
    browser, server_url: str, make_member
) -> None:
    ann, bob = await make_member("ann"), await make_member("bob")
    await seasoned(ann), await seasoned(bob)  # new members' pictures would wait for review
    ann_context, bob_context = await browser.new_context(), await browser.new_context()
    ann_page, bob_page = await ann_context.new_page(), await bob_context.new_page()
    await _sign_in(ann_page, server_url, ann.username)
    await ann_page.goto(server_url + "/messages/new?to=bob")
    await ann_page.get_by_label("Title").fill("The garden")
    await ann_page.get_by_label("Your message").fill("Shall we meet at the allotment?")
    await ann_page.get_by_role("button", name="Send", exact=True).click()
    await ann_page.locator("li.private-message", has_text="allotment").wait_for()
    conversation = ann_page.url.split("#")[0]

    await _sign_in(bob_page, server_url, bob.username)
    await bob_page.goto(conversation)
    await bob_page.get_by_label("Your message").fill("Yes! Send me a picture of it")
    await bob_page.get_by_role("button", name="Send", exact=True).click()
    await ann_page.locator("li.private-message.live", has_text="Send me a picture").wait_for()

    await ann_page.get_by_label("Your message").fill("Here it is this morning")
    await ann_page.get_by_label("Pictures (JPEG").set_input_files(
        [{"name": "IMG_2041.JPG", "mimeType": "image/jpeg", "buffer": photo_with_gps()}]
    )
    await ann_page.get_by_label("Describe the pictures").fill("Rows of beans")
    await ann_page.get_by_role("button", name="Send", exact=True).click()
    warning = ann_page.locator(".disclosure")
    await warning.get_by_text("location (GPS)").wait_for()
    assert SERIAL in await warning.inner_text()
    await ann_page.get_by_role("button", name="Send without it").click()
    await ann_page.locator("li.private-message .pictures img[alt='Rows of beans']").wait_for()

    live = bob_page.locator("li.private-message.live", has_text="Here it is this morning")
    picture = live.locator(".pictures img[alt='Rows of beans']")
    await picture.wait_for(timeout=5000)
    assert await picture.evaluate("img => img.complete && img.naturalWidth > 0")
    link = await live.locator(".pictures a").get_attribute("href")
    served = await bob_context.request.get(server_url + link)
    assert served.status == 200 and served.headers["cache-control"] == "private, no-store"
    data = await served.body()
    assert not PILImage.open(io.BytesIO(data)).getexif() and SERIAL.encode() not in data
    outsider = await browser.new_context()  # no cookie: the picture does not exist for it
    assert (await outsider.request.get(server_url + link)).status == 404
    for context in (ann_context, bob_context, outsider):
        await context.close()
