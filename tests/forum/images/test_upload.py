"""Pictures over HTTP: the API and the plain form, the disclosure warning, the served bytes."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import httpx
from PIL import Image as PILImage

from forum.storage.image_tables import Image
from forum.storage.tables import SpaceKind, User
from tests.conftest import browser_login, csrf_from
from tests.forum.images.pictures import SERIAL, photo_with_gps, png, png_bomb


async def seasoned(member) -> None:
    """An account older than a day: its pictures are not held as a new member's."""
    await User.update({User.created: datetime.now(UTC) - timedelta(days=3)}).where(
        User.id == member.account.id
    )


async def upload(client: httpx.AsyncClient, member, data: bytes, name: str = "p.jpg", **extra):
    files = {"image": (name, data, "image/jpeg")}
    return await client.post("/api/images", files=files, data=extra, headers=member.headers)


async def test_a_photo_with_gps_is_served_clean_after_the_author_confirms(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("photos")
    ada = await make_member("adah")
    await seasoned(ada)
    staged = await upload(client, ada, photo_with_gps(), alt="A lake")
    assert staged.status_code == 201, staged.text
    image = staged.json()
    assert image["needs_confirmation"] and image["status"] == "staged"
    assert {f["type"] for f in image["found"]} >= {"gps", "serial", "camera"}
    topic = {"title": "Holiday", "body": "The lake.", "images": [image["id"]]}
    warned = await client.post("/api/spaces/photos/topics", json=topic, headers=ada.headers)
    assert warned.status_code == 422 and warned.json()["code"] == "image_disclosure"
    found = warned.json()["found"]
    assert any(f["text"] == SERIAL for f in found) and any(f["type"] == "gps" for f in found)
    posted = await client.post(
        "/api/spaces/photos/topics",
        json={**topic, "confirm_image_metadata": True},
        headers=ada.headers,
    )
    assert posted.status_code == 201 and posted.json()["status"] == "visible"
    served = await client.get(image["url"])  # a visitor, no cookies
    assert served.status_code == 200 and served.headers["content-type"] == "image/jpeg"
    assert served.headers["x-content-type-options"] == "nosniff"
    assert served.headers["content-security-policy"].startswith("sandbox")
    assert "immutable" in served.headers["cache-control"]
    assert "set-cookie" not in served.headers
    picture = PILImage.open(io.BytesIO(served.content))
    assert not picture.getexif() and SERIAL.encode() not in served.content
    assert b"Canon" not in served.content
    thumb = await client.get(image["thumbnail"])
    assert thumb.status_code == 200 and max(PILImage.open(io.BytesIO(thumb.content)).size) <= 320
    api = (await client.get(f"/api/topics/{posted.json()['topic_id']}")).json()
    [shown] = api["posts"][0]["images"]
    assert shown == {"url": image["url"], "thumbnail": image["thumbnail"], "width": 480,
                     "height": 640, "alt": "A lake"}  # fmt: skip
    page = await client.get(f"/t/{posted.json()['topic_id']}")
    assert f'src="{image["thumbnail"]}"' in page.text and 'alt="A lake"' in page.text


async def test_a_png_named_jpg_is_served_as_png(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("board", SpaceKind.board)
    bo = await make_member("bob")
    await seasoned(bo)
    image = (await upload(client, bo, png(), name="photo.jpg")).json()
    assert image["url"].endswith(".png")
    posted = await client.post(
        "/api/spaces/board/messages", json={"body": "A chart", "images": [image["id"]]},
        headers=bo.headers,
    )  # fmt: skip
    assert posted.status_code == 201
    served = await client.get(image["url"])
    assert served.headers["content-type"] == "image/png"
    assert (await client.get(image["url"].replace(".png", ".jpg"))).status_code == 404


async def test_bombs_and_text_are_refused_and_nothing_is_stored(
    client: httpx.AsyncClient, make_member, settings
) -> None:
    cy = await make_member("cyd")
    bomb = await upload(client, cy, png_bomb(), name="bomb.png")
    assert bomb.status_code == 413 and "pixels" in bomb.json()["detail"]
    text = await upload(client, cy, b"GIF89a, or is it? <script>alert(1)</script>", name="a.gif")
    assert text.status_code == 415 and "not a JPEG, PNG, WebP or GIF" in text.json()["detail"]
    polyglot = await upload(client, cy, png() + b"<script>alert(1)</script>" * 4, name="a.png")
    assert polyglot.status_code == 415 and "after the picture" in polyglot.json()["detail"]
    assert await Image.count() == 0
    images_dir = settings.data_dir / "images"
    assert not images_dir.exists() or not any(p.is_file() for p in images_dir.rglob("*"))


async def test_a_picture_attaches_from_the_plain_form_and_survives_the_warning(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    di = await make_member("dina")
    await seasoned(di)
    await browser_login(client, "dina")
    page = await client.get("/s/wall")
    assert 'enctype="multipart/form-data"' in page.text and 'name="images"' in page.text
    files = {"images": ("IMG_0001.JPG", photo_with_gps(), "image/jpeg")}
    form = {"body": "My garden", "image_alt": "Roses", "_csrf_token": csrf_from(page.text)}
    warned = await client.post("/s/wall/messages", data=form, files=files)
    assert warned.status_code == 422
    assert "location (GPS)" in warned.text and SERIAL in warned.text
    [staged] = await Image.select(Image.id, Image.status)
    assert staged["status"] == "staged"
    assert f'name="staged_image" value="{staged["id"]}"' in warned.text
    not_a_picture = {"images": ("notes.jpg", b"just some notes", "image/jpeg")}
    kept = {**form, "staged_image": str(staged["id"])}
    refused = await client.post("/s/wall/messages", data=kept, files=not_a_picture)
    assert refused.status_code == 415 and "not a JPEG" in refused.text
    assert f'name="staged_image" value="{staged["id"]}"' in refused.text  # still attached
    confirm = {**form, "staged_image": str(staged["id"]), "confirm_image_metadata": "1"}
    posted = await client.post("/s/wall/messages", data=confirm)
    assert posted.status_code == 303
    [row] = await Image.select(Image.status, Image.target_kind, Image.alt)
    assert row == {"status": "attached", "target_kind": "post", "alt": "Roses"}
    assert 'alt="Roses"' in (await client.get("/s/wall")).text


async def test_the_form_refuses_without_its_csrf_token(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    await make_member("edna")
    await browser_login(client, "edna")
    files = {"images": ("a.png", png(), "image/png")}
    refused = await client.post("/s/wall/messages", data={"body": "hi"}, files=files)
    assert refused.status_code == 403
    assert await Image.count() == 0


async def test_a_picture_larger_than_the_text_routes_cap_is_taken(
    client: httpx.AsyncClient, make_member, settings
) -> None:
    fay = await make_member("fay")
    noise = PILImage.effect_noise((1100, 1100), 90).convert("RGB")
    out = io.BytesIO()
    noise.save(out, "PNG")
    assert len(out.getvalue()) > settings.max_request_bytes
    staged = await upload(client, fay, out.getvalue(), name="noise.png")
    assert staged.status_code == 201, staged.text
