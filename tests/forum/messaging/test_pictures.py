"""Pictures in private messages: for the conversation's participants only (never staff, save
through the logged view of a held or reported message), shown on the page, in the API, live."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import UTC, datetime, timedelta

import httpx
from PIL import Image as PILImage

from forum.images.sweeping import sweep_staged
from forum.storage.image_tables import Image
from forum.storage.privacy_tables import AccessLog
from forum.storage.tables import Role
from tests.conftest import browser_login, csrf_from
from tests.forum.images.pictures import SERIAL, photo_with_gps, png
from tests.forum.images.test_upload import seasoned, upload
from tests.forum.messaging.helpers import read, send, start, started
from tests.forum.messaging.test_live import _cookie, _socket


async def _pair(make_member) -> tuple:
    ann, bob = await make_member("ann"), await make_member("bob")
    await seasoned(ann), await seasoned(bob)
    return ann, bob


async def test_a_pm_picture_is_served_to_participants_only_and_never_cached(
    client: httpx.AsyncClient, make_member
) -> None:
    ann, bob = await _pair(make_member)
    eve = await make_member("eve")
    mod = await make_member("mod", role=Role.moderator)
    admin = await make_member("boss", role=Role.admin)
    image = (await upload(client, ann, photo_with_gps(), alt="Our street")).json()
    warned = await start(client, ann, ["bob"], "Here it is", images=[image["id"]])
    assert warned.status_code == 422 and warned.json()["code"] == "image_disclosure"
    assert any(f["text"] == SERIAL for f in warned.json()["found"])
    assert await Image.count().where(Image.status == "staged") == 1  # nothing sent yet
    sent = await start(
        client, ann, ["bob"], "Here it is", images=[image["id"]], confirm_image_metadata=True
    )
    assert sent.status_code == 201 and sent.json()["status"] == "visible", sent.text
    for url in (image["url"], image["thumbnail"]):
        for outsider in (eve, mod, admin):
            assert (await client.get(url, headers=outsider.headers)).status_code == 404
        assert (await client.get(url)).status_code == 404  # a visitor
        served = await client.get(url, headers=bob.headers)
        assert served.status_code == 200 and served.headers["cache-control"] == "private, no-store"
        assert not PILImage.open(io.BytesIO(served.content)).getexif()
        assert SERIAL.encode() not in served.content
    [message] = (await read(client, bob, sent.json()["id"])).json()["messages"]
    assert message["images"] == [
        {"url": image["url"], "thumbnail": image["thumbnail"], "width": 480, "height": 640,
         "alt": "Our street"}
    ]  # fmt: skip
    await browser_login(client, "bob")
    page = await client.get(f"/messages/{sent.json()['id']}")
    assert f'<a href="{image["url"]}"><img src="{image["thumbnail"]}" alt="Our street"' in page.text


async def test_pictures_attach_from_the_plain_forms_after_the_warning(
    client: httpx.AsyncClient, make_member
) -> None:
    await _pair(make_member)
    await browser_login(client, "ann")
    form_page = await client.get("/messages/new")
    assert 'enctype="multipart/form-data"' in form_page.text and 'name="images"' in form_page.text
    form = {"to": "bob", "title": "Holiday", "body": "Look", "image_alt": "A lake",
            "_csrf_token": csrf_from(form_page.text)}  # fmt: skip
    files = {"images": ("IMG_1.JPG", photo_with_gps(), "image/jpeg")}
    warned = await client.post("/messages/new", data=form, files=files)
    assert warned.status_code == 422 and SERIAL in warned.text and "Send without it" in warned.text
    assert warned.headers["content-type"].startswith("text/html")
    [staged] = await Image.select(Image.id)
    confirm = {**form, "staged_image": str(staged["id"]), "confirm_image_metadata": "1"}
    sent = await client.post("/messages/new", data=confirm)
    assert sent.status_code == 303, sent.text
    page = await client.get(sent.headers["location"].split("#")[0])
    assert 'alt="A lake"' in page.text and 'enctype="multipart/form-data"' in page.text
    reply = {"body": "And another", "_csrf_token": csrf_from(page.text)}
    replied = await client.post(
        sent.headers["location"].split("#")[0], data=reply,
        files={"images": ("chart.png", png(), "image/png")},
    )  # fmt: skip
    assert replied.status_code == 303, replied.text
    rows = await Image.select(Image.status, Image.target_kind).order_by(Image.id)
    assert rows == [{"status": "attached", "target_kind": "message"}] * 2


async def test_the_other_tab_gets_the_message_with_its_picture(
    client: httpx.AsyncClient, server_url: str, make_member
) -> None:
    ann, _ = await _pair(make_member)
    cid = await started(client, ann, ["bob"])
    image = (await upload(client, ann, png(), alt="A chart")).json()
    async with _socket(server_url, await _cookie(server_url, "bob")) as bobs:
        assert (await send(client, ann, cid, "see", images=[image["id"]])).status_code == 201
        frame = json.loads(await asyncio.wait_for(bobs.recv(), 5))
    [shown] = frame["private"]["images"]
    assert shown["url"] == image["url"] and shown["alt"] == "A chart"
    assert shown["thumbnail"] == image["thumbnail"] and shown["thumb_width"] > 0


async def test_staff_see_a_reported_messages_picture_only_through_the_logged_view(
    client: httpx.AsyncClient, make_member
) -> None:
    ann, bob = await _pair(make_member)
    mod = await make_member("mod", role=Role.moderator)
    image = (await upload(client, ann, png())).json()
    sent = (await start(client, ann, ["bob"], "rude picture", images=[image["id"]])).json()
    route = f"/moderation/messages/{sent['message_id']}/images/{image['id']}"
    assert (await client.get(route, headers=mod.headers)).status_code == 404  # not reported
    assert (await client.get(route, headers=bob.headers)).status_code in (403, 404)
    reported = await client.post(
        f"/api/conversations/{sent['id']}/messages/{sent['message_id']}/report",
        json={"category": "indecent"}, headers=bob.headers,
    )  # fmt: skip
    assert reported.status_code == 201, reported.text
    assert await AccessLog.count() == 0
    view = await client.get(f"/api/moderation/messages/{sent['message_id']}", headers=mod.headers)
    assert view.json()["images"] == [{"url": route, "alt": ""}]
    seen = await client.get(route, headers=mod.headers)
    assert seen.status_code == 200 and seen.headers["cache-control"] == "private, no-store"
    assert await AccessLog.count() == 2  # the message, then its picture
    [row] = await AccessLog.select(AccessLog.what).where(AccessLog.what.like("picture%"))
    assert row["what"] == f"picture {image['id']} of private message {sent['message_id']}"
    assert (await client.get(image["url"], headers=mod.headers)).status_code == 404
    other = f"/moderation/messages/{sent['message_id']}/images/{image['id'] + 1}"
    assert (await client.get(other, headers=mod.headers)).status_code == 404
    assert await AccessLog.count() == 2  # the refused one wrote nothing


async def test_a_new_members_picture_holds_the_message_for_review(
    client: httpx.AsyncClient, make_member
) -> None:
    newbie = await make_member("newbie")  # a day old or less: the images category holds
    bob = await make_member("bob")
    image = (await upload(client, newbie, png())).json()
    sent = await start(client, newbie, ["bob"], "hi", images=[image["id"]])
    assert sent.status_code == 201 and sent.json()["status"] == "pending"
    assert (await client.get(image["url"], headers=bob.headers)).status_code == 404
    mine = await client.get(image["url"], headers=newbie.headers)
    assert mine.status_code == 200 and mine.headers["cache-control"] == "private, no-store"
    assert (await read(client, bob, sent.json()["id"])).json()["messages"] == []


async def test_leaving_export_sweep_and_erasure_of_the_author(
    client: httpx.AsyncClient, make_member, settings
) -> None:
    ann, bob = await _pair(make_member)
    cat = await make_member("cat")
    image = (await upload(client, ann, png(), alt="Kept")).json()
    sent = await start(client, ann, ["bob", "cat"], "pic", images=[image["id"]])
    cid = sent.json()["id"]
    left = await client.post(f"/api/conversations/{cid}/leave", headers=bob.headers)
    assert left.status_code == 200
    assert (await client.get(image["url"], headers=bob.headers)).status_code == 404
    await client.post(f"/api/conversations/{cid}/leave", headers=ann.headers)
    # The picture stays with the message in the conversation: the author who left no longer
    # sees it; those still there do.
    assert (await client.get(image["url"], headers=ann.headers)).status_code == 404
    assert (await client.get(image["url"], headers=cat.headers)).status_code == 200
    exported = (await client.get("/api/me/export", headers=ann.headers)).json()
    [entry] = exported["images"]
    assert entry["attached_to"] == "message" and entry["data_base64"]
    await upload(client, cat, png((90, 120)))  # staged, never sent
    await Image.update({Image.created: datetime.now(UTC) - timedelta(days=2)}).where(Image.id > 0)
    assert await sweep_staged() == 1
    assert (await client.get(image["url"], headers=cat.headers)).status_code == 200
    deleted = await client.request(
        "DELETE", "/api/me", json={"password": ann.password}, headers=ann.headers
    )
    assert deleted.status_code in (200, 204), deleted.text
    # Erasure deletes the author's pictures, files too; the message is blanked and removed.
    assert await Image.count() == 0
    assert not [p for p in (settings.data_dir / "images").rglob("*") if p.is_file()]
    assert (await client.get(image["url"], headers=cat.headers)).status_code == 404
    assert (await read(client, cat, cid)).json()["messages"] == []
