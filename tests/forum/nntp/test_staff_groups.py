"""A news group that takes articles from staff only: members' POSTs get 441 with the reason,
LIST ACTIVE marks it "n" for them, and staff post as usual."""

from __future__ import annotations

from forum.desk.space_settings import set_posters
from forum.storage.tables import Posters, Role, Topic
from tests.conftest import PASSWORD
from tests.forum.nntp.conftest import News
from tests.forum.nntp.test_submitting import article, post


async def test_members_cannot_post_to_a_staff_only_group_over_nntp(
    news: News, make_member, make_group
) -> None:
    await make_group("community.announce")
    await make_group("help.python")
    await set_posters("community.announce", Posters.staff, Posters.staff)
    ada, mod = await make_member("ada"), await make_member("mod", Role.moderator)
    refused = await post(news, ada, article("community.announce", "Hello", "Members too?"))
    assert refused.startswith("441 ") and "Only staff" in refused
    assert await Topic.count() == 0
    posted = await post(news, mod, article("community.announce", "Maintenance", "On Sunday."))
    assert posted.startswith("240 ")
    msgid = posted.split()[1]
    reply = await post(news, ada, article("community.announce", "Re: x", "ok", References=msgid))
    assert reply.startswith("441 ")
    status, lines = await news.block(b"LIST ACTIVE\r\n")
    assert status.startswith("215")
    flags = {line.split()[0]: line.split()[3] for line in lines}
    assert flags == {"community.announce": "n", "help.python": "y"}

    def active_as_staff(s) -> list:
        return [(g.group, g.flag) for g in s.list()[1]]

    as_staff = await news.session(active_as_staff, mod.username, PASSWORD)
    assert ("community.announce", "y") in as_staff
