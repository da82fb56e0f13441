"""Over NNTP as on the web: the poster is told what was masked, readers get the masked
article, and a held thread takes no follow-up until it is published."""

from __future__ import annotations

import httpx

from forum.storage.tables import Post
from tests.conftest import PASSWORD
from tests.forum.nntp.conftest import News, nntplib
from tests.forum.nntp.test_submitting import article, post


async def test_the_poster_hears_what_was_masked_and_readers_get_the_masked_text(
    client: httpx.AsyncClient, news: News, make_member, make_group
) -> None:
    await make_group("misc.test")
    ada = await make_member("ada")
    answer = await post(news, ada, article("misc.test", "The update", "This update is shit"))
    assert answer.startswith("240 ")
    assert 'words masked: "shit" (profanity, policy: Obscene)' in answer
    msgid = answer.split()[1]

    def read(s: nntplib.NNTP) -> list[str]:
        return [line.decode() for line in s.article(msgid)[1].lines]

    for user in (None, ada.username):  # a reader, and the author too: news has no private view
        lines = await news.session(read, user, PASSWORD if user else None)
        assert "This update is ****" in lines and not any("shit" in line for line in lines)


async def test_a_follow_up_to_a_held_article_is_refused(
    client: httpx.AsyncClient, news: News, make_member, make_group
) -> None:
    await make_group("misc.test")
    ada = await make_member("ada")
    held = await post(
        news, ada, article("misc.test", "Last night", "I will find where you live and hurt you.")
    )
    assert held.startswith("240 ") and "held for review" in held
    follow_up = await post(
        news, ada, article("misc.test", "Re: Last night", "And more", References=held.split()[1])
    )
    assert follow_up.startswith("441 ")
    assert await Post.count() == 1
