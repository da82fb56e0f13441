"""A chat room that takes messages from staff only: members read, their sends are refused."""

from __future__ import annotations

import httpx

from forum.desk.space_settings import set_posters
from forum.storage.tables import Post, Posters, Role, SpaceKind


async def test_members_sends_are_refused_in_a_staff_only_room(
    client: httpx.AsyncClient, open_chat, make_member, make_space
) -> None:
    await make_space("news-desk", SpaceKind.chat)
    await set_posters("news-desk", Posters.staff, None)
    ada, mod = await make_member("ada"), await make_member("mod", Role.moderator)
    async with open_chat("news-desk", ada) as member, open_chat("news-desk", mod) as staff:
        await member.send(type="send", body="can I talk here?", client_id="a1")
        refused = await member.expect("error", client_id="a1")
        assert refused["code"] == "forbidden" and "Only staff" in refused["detail"]
        await staff.send(type="send", body="Service at noon", client_id="m1")
        await staff.expect("sent", client_id="m1")
        seen = await member.expect("message")
        assert seen["body"] == "Service at noon"
    assert [p["body"] for p in await Post.select(Post.body)] == ["Service at noon"]
