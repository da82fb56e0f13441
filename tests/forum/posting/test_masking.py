"""Honest masking: readers get the masked rendering, the author keeps their own words and is
told what was masked under which clause; nobody else ever reads the original."""

from __future__ import annotations

import httpx

from forum.storage.tables import Post, Role, SpaceKind
from tests.conftest import PASSWORD, browser_login, csrf_from, form_post

TEXT = "This update is shit"
MASKED = "This update is ****"


async def _masked_topic(client: httpx.AsyncClient, make_member, make_space):
    await make_space("general")
    ada = await make_member("ada")
    created = await client.post(
        "/api/spaces/general/topics",
        json={"title": "The update", "body": TEXT},
        headers=ada.headers,
    )
    assert created.status_code == 201
    return ada, created.json()


async def test_the_author_is_told_what_was_masked_and_under_which_clause(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    ada, created = await _masked_topic(client, make_member, make_space)
    assert created["status"] == "visible"
    [masked] = created["masked"]
    assert masked["text"] == "shit" and masked["label"] == "profanity"
    assert masked["title"] == "Obscene"  # the clause's human title, not an internal code
    assert masked["clause"].startswith("Profanity")
    post = (await client.get(f"/api/topics/{created['topic_id']}")).json()["posts"][0]
    assert post["body"] == MASKED
    mine = (await client.get(f"/api/posts/{post['id']}", headers=ada.headers)).json()
    assert mine["body"] == MASKED and mine["original"] == TEXT
    assert mine["masked"][0]["title"] == "Obscene"
    # On the page: a note for Ada alone, with the clause and a link to edit.
    await browser_login(client, "ada")
    page = (await client.get(f"/t/{created['topic_id']}")).text
    assert "Only you and the moderators see this note." in page
    assert "Obscene" in page and TEXT in page and f'href="/p/{post["id"]}/edit"' in page


async def test_nobody_else_reads_the_original(
    client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    _, created = await _masked_topic(client, make_member, make_space)
    topic_id = created["topic_id"]
    post_id = (await Post.select(Post.id).first())["id"]
    bob = await make_member("bob")
    readings = [
        await client.get(f"/t/{topic_id}"),  # a visitor, and the cached page after
        await client.get(f"/t/{topic_id}"),
        await client.get(f"/api/topics/{topic_id}"),
        await client.get(f"/api/posts/{post_id}"),
        await client.get(f"/api/posts/{post_id}", headers=bob.headers),
        await client.get("/api/spaces/general"),
        await client.get("/feeds/general.atom"),
        await client.get("/s/general"),
        await client.get("/u/ada"),
    ]
    member = new_client()
    await browser_login(member, "bob")
    readings.append(await member.get(f"/t/{topic_id}"))
    readings.append(await member.get(f"/p/{post_id}/edit"))  # not his: refused
    for reading in readings:
        assert "shit" not in reading.text, reading.url
    assert all(r.status_code == 200 for r in readings[:-1])
    assert readings[-1].status_code == 403
    assert "****" in readings[0].text and "****" in readings[6].text  # the page and the feed
    assert (await client.get(f"/api/posts/{post_id}")).json()["original"] is None
    # Moderators see it, to judge the post as it was written.
    mod = await make_member("mod", Role.moderator)
    judged = (await client.get(f"/api/posts/{post_id}", headers=mod.headers)).json()
    assert judged["original"] == TEXT
    staff = new_client()
    await browser_login(staff, "mod")
    assert TEXT in (await staff.get(f"/moderation/posts/{post_id}")).text


async def test_edit_shows_the_authors_own_words(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    _, created = await _masked_topic(client, make_member, make_space)
    post_id = (await Post.select(Post.id).first())["id"]
    await browser_login(client, "ada")
    form = await client.get(f"/p/{post_id}/edit")
    assert f">{TEXT}</textarea>" in form.text
    assert "****" not in form.text.split("<textarea")[1]
    saved = await client.post(
        f"/p/{post_id}/edit",
        data={"body": "This update is disappointing", "_csrf_token": csrf_from(form.text)},
    )
    assert saved.status_code == 303
    row = await Post.select(Post.body, Post.original).where(Post.id == post_id).first()
    assert row == {"body": "This update is disappointing", "original": None}
    page = (await client.get(f"/t/{created['topic_id']}")).text
    assert "Only you and the moderators see this note." not in page


async def test_a_board_message_keeps_the_original_for_its_author(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    await make_member("ada")
    await browser_login(client, "ada")
    posted = await form_post(client, "/s/wall", "/s/wall/messages", {"body": TEXT})
    assert posted.status_code == 303
    page = (await client.get("/s/wall")).text
    assert MASKED in page and "Only you and the moderators see this note." in page


async def test_export_has_the_original_and_deletion_erases_it(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    ada, created = await _masked_topic(client, make_member, make_space)
    topic_id, post_id = created["topic_id"], (await Post.select(Post.id).first())["id"]
    bob = await make_member("bob")
    await client.post(  # Bob answers: Ada's post is kept, masked, after she leaves
        f"/api/topics/{topic_id}/posts",
        json={"body": "Agreed", "parent_id": post_id},
        headers=bob.headers,
    )
    export = (await client.get("/api/me/export", headers=ada.headers)).json()
    [first] = [p for p in export["posts"] if p["id"] == post_id]
    assert first["body"] == MASKED and first["original"]["body"] == TEXT
    await browser_login(client, "ada")
    deleted = await form_post(
        client, "/account/delete", "/account/delete", {"password": PASSWORD, "confirm": "1"}
    )
    assert deleted.status_code in (200, 303)
    row = await Post.select(Post.body, Post.original).where(Post.id == post_id).first()
    assert row == {"body": MASKED, "original": None}
