"""Spaces that take posts from staff only (announcements): refused on every path for members,
open to moderators and admins, set by admins from the command line or the API."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx

from forum.desk.space_settings import set_posters
from forum.storage.desk_tables import ModerationLog
from forum.storage.tables import Posters, Role, Space, SpaceKind, Topic
from tests.conftest import browser_login, form_post
from tests.forum.cli.test_cli import Server


async def _staff_only(slug: str) -> None:
    await set_posters(slug, Posters.staff, Posters.staff)


async def test_members_cannot_start_or_reply_in_a_staff_only_group_over_the_api(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("community.announce", SpaceKind.newsgroup)
    await _staff_only("community.announce")
    ada, mod = await make_member("ada"), await make_member("mod", Role.moderator)
    url = "/api/spaces/community.announce/topics"
    refused = await client.post(url, json={"title": "Hi all", "body": "x"}, headers=ada.headers)
    assert refused.status_code == 403
    assert "Only staff" in refused.json()["detail"]
    news = await client.post(
        url, json={"title": "Maintenance", "body": "Sunday"}, headers=mod.headers
    )
    assert news.status_code == 201
    reply_url = f"/api/topics/{news.json()['id']}/posts"
    reply = await client.post(reply_url, json={"body": "Thanks!"}, headers=ada.headers)
    assert reply.status_code == 403
    assert await Topic.count() == 1
    assert (await client.post(reply_url, json={"body": "Update"}, headers=mod.headers)).is_success


async def test_a_board_can_take_new_messages_from_staff_while_members_reply_elsewhere(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("notices", SpaceKind.board)
    await set_posters("notices", Posters.staff, None)
    ada, admin = await make_member("ada"), await make_member("boss", Role.admin)
    url = "/api/spaces/notices/messages"
    assert (await client.post(url, json={"body": "hello"}, headers=ada.headers)).status_code == 403
    assert (await client.post(url, json={"body": "Notice"}, headers=admin.headers)).is_success


async def test_web_forms_hide_the_composer_and_refuse_members(
    client: httpx.AsyncClient, new_client, make_member, make_space
) -> None:
    await make_space("community.announce", SpaceKind.newsgroup)
    await _staff_only("community.announce")
    ada, mod = await make_member("ada"), await make_member("mod", Role.moderator)
    await browser_login(client, ada.username)
    page = await client.get("/s/community.announce")
    assert "Only staff start topics here" in page.text
    assert 'href="/s/community.announce/new"' not in page.text
    refused = await form_post(
        client,
        "/s/community.announce/new",
        "/s/community.announce/new",
        {"title": "Members can post?", "body": "Let us see"},
    )
    assert refused.status_code == 403
    assert "Only staff" in refused.text
    staff = new_client()
    await browser_login(staff, mod.username)
    assert 'href="/s/community.announce/new"' in (await staff.get("/s/community.announce")).text
    made = await form_post(
        staff,
        "/s/community.announce/new",
        "/s/community.announce/new",
        {"title": "Maintenance on Sunday", "body": "Two hours."},
    )
    assert made.status_code == 303
    topic_url = made.headers["location"]
    seen = await client.get(topic_url)
    assert "Only staff post here" in seen.text and 'name="body"' not in seen.text
    reply = await form_post(client, topic_url, f"{topic_url}/reply", {"body": "me too"})
    assert reply.status_code == 403


async def test_admins_set_who_may_post_over_the_api_and_it_is_logged(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("general")
    ada, admin = await make_member("ada"), await make_member("boss", Role.admin)
    url = "/api/admin/spaces/general/posting"
    body = {"who_starts": "staff", "reason": "read-only for the move"}
    assert (await client.post(url, json=body, headers=ada.headers)).status_code == 403
    done = await client.post(url, json=body, headers=admin.headers)
    assert done.status_code == 200
    assert done.json() == {
        "slug": "general", "who_starts": "staff", "who_replies": "members", "changed": True
    }  # fmt: skip
    bad = await client.post(url, json={"who_starts": "nobody"}, headers=admin.headers)
    assert bad.status_code == 400
    missing = await client.post("/api/admin/spaces/nope/posting", json=body, headers=admin.headers)
    assert missing.status_code == 404
    topic = {"title": "Still open?", "body": "x"}
    created = await client.post("/api/spaces/general/topics", json=topic, headers=ada.headers)
    assert created.status_code == 403
    logged = await ModerationLog.select().where(ModerationLog.action == "space_posters")
    assert len(logged) == 1 and logged[0]["actor"] == admin.account.id


def test_the_command_line_sets_who_may_post(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FORUM_")}
    env.update(FORUM_DATA_DIR=str(tmp_path / "var"), FORUM_PASSWORD_PROFILE="fast")

    def forum(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "forum", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=90,
        )

    # `forum run` seeds the demo, where announcements are staff-only from the start.
    Server(tmp_path / "var").stop()
    listed = forum("spaces", "list")
    assert listed.returncode == 0, listed.stderr
    announce = next(line for line in listed.stdout.splitlines() if "community.announce" in line)
    assert "starts: staff" in announce and "replies: staff" in announce
    changed = forum("spaces", "posting", "general", "--starts", "staff")
    assert changed.returncode == 0, changed.stderr
    assert "general: starts staff, replies members (changed)" in changed.stdout
    unknown = forum("spaces", "posting", "nope", "--replies", "staff")
    assert unknown.returncode != 0 and "no space called" in unknown.stderr


async def test_new_spaces_take_posts_from_members(make_space) -> None:
    await make_space("general")
    row = await Space.select(Space.who_starts, Space.who_replies).first()
    assert row == {"who_starts": "members", "who_replies": "members"}
