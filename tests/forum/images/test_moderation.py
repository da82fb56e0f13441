"""Pictures under moderation: new members' wait, removal blocks the picture, privacy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from forum.images.sweeping import sweep_staged
from forum.storage.desk_tables import ModerationLog
from forum.storage.image_tables import BlockedImageHash, Image
from forum.storage.tables import Role, SpaceKind
from tests.conftest import browser_login, form_post
from tests.forum.images.pictures import altered, png
from tests.forum.images.test_upload import seasoned, upload


async def test_a_new_members_picture_is_held_and_hidden_from_others(
    client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    newbie, other = await make_member("newbie"), await make_member("other")
    mod = await make_member("modo", role=Role.moderator)
    image = (await upload(client, newbie, png())).json()
    posted = await client.post(
        "/api/spaces/wall/messages", json={"body": "Look", "images": [image["id"]]},
        headers=newbie.headers,
    )  # fmt: skip
    assert posted.status_code == 201 and posted.json()["status"] == "pending"
    assert (await client.get(image["url"])).status_code == 404
    assert (await client.get(image["url"], headers=other.headers)).status_code == 404
    mine = await client.get(image["url"], headers=newbie.headers)
    assert mine.status_code == 200 and mine.headers["cache-control"] == "private, no-store"
    assert (await client.get(image["thumbnail"], headers=mod.headers)).status_code == 200
    await browser_login(client, "modo")  # the queue shows the picture to decide on
    queue = await client.get("/moderation")
    assert f'src="{image["thumbnail"]}"' in queue.text
    assert '<span class="badge">images</span>' in queue.text  # the clause that held it


async def test_a_removed_picture_cannot_come_back_altered(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    poster = await make_member("poster")
    await seasoned(poster)
    await make_member("modo", role=Role.moderator)
    original = png((400, 300))
    image = (await upload(client, poster, original)).json()
    posted = await client.post(
        "/api/spaces/wall/messages", json={"body": "Mine", "images": [image["id"]]},
        headers=poster.headers,
    )  # fmt: skip
    post_id = posted.json()["id"]
    assert (await client.get(image["url"])).status_code == 200
    await browser_login(client, "modo")
    page = f"/moderation/posts/{post_id}"
    removed = await form_post(
        client, page, page,
        {"action": "remove_image", "image_id": str(image["id"]), "category": "indecent",
         "reason": "Not for this board"},
    )  # fmt: skip
    assert removed.status_code == 303, removed.text
    [row] = await ModerationLog.select().where(ModerationLog.action == "remove_image")
    assert row["reason"] == "Not for this board" and row["post"] == post_id
    assert await BlockedImageHash.count() == 1
    client.cookies.clear()
    assert (await client.get(image["url"])).status_code == 404
    again = await upload(client, poster, altered(original), name="new.jpg")
    assert again.status_code == 422 and "removed by a moderator" in again.json()["detail"]
    assert await Image.count() == 1


async def test_export_holds_the_pictures_and_erasure_deletes_them(
    client: httpx.AsyncClient, make_member, settings
) -> None:
    gone = await make_member("gone")
    image = (await upload(client, gone, png())).json()
    exported = (await client.get("/api/me/export", headers=gone.headers)).json()
    [entry] = exported["images"]
    assert entry["id"] == image["id"] and entry["data_base64"]
    files = [p for p in (settings.data_dir / "images").rglob("*") if p.is_file()]
    assert len(files) == 2 and all(p.stat().st_mode & 0o077 == 0 for p in files)
    deleted = await client.request(
        "DELETE", "/api/me", json={"password": gone.password}, headers=gone.headers
    )
    assert deleted.status_code in (200, 204), deleted.text
    assert await Image.count() == 0
    assert not [p for p in (settings.data_dir / "images").rglob("*") if p.is_file()]


async def test_staged_pictures_nobody_posted_are_swept_after_a_day(
    client: httpx.AsyncClient, make_member, make_space, settings
) -> None:
    await make_space("wall", SpaceKind.board)
    kept_by = await make_member("keeper")
    await seasoned(kept_by)
    left = (await upload(client, kept_by, png((120, 90)))).json()
    posted = (await upload(client, kept_by, png((90, 120)))).json()
    await client.post(
        "/api/spaces/wall/messages", json={"body": "one", "images": [posted["id"]]},
        headers=kept_by.headers,
    )  # fmt: skip
    await Image.update({Image.created: datetime.now(UTC) - timedelta(days=2)}).where(Image.id > 0)
    assert await sweep_staged() == 1
    assert [r["id"] for r in await Image.select(Image.id)] == [posted["id"]]
    assert (await client.get(posted["url"])).status_code == 200
    names = {p.name for p in (settings.data_dir / "images").rglob("*") if p.is_file()}
    assert len(names) == 2 and left["url"].rsplit("/", 1)[1] not in names
