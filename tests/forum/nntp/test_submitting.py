"""Posting over NNTP: members only, through the same posting flow and policy as the web."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest

from forum.storage.tables import AccountStatus, Post, PostStatus, User
from tests.conftest import PASSWORD
from tests.forum.nntp.conftest import News, nntplib
from tests.forum.nntp.threads import start_thread


def article(groups: str, subject: str, body: str, **headers: str) -> bytes:
    """A news article as a newsreader sends it."""
    lines = ["From: someone <someone@example.org>", f"Newsgroups: {groups}"]
    lines += [f"Subject: {subject}"] if subject else []
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join([*lines, "", body]) + "\r\n").encode()


async def post(news: News, member, data: bytes) -> str:
    """POST an article as a member; returns the reply or the error reply."""

    def run(s: nntplib.NNTP) -> str:
        try:
            return s.post(data)
        except nntplib.NNTPError as exc:
            return exc.response

    return await news.session(run, member.username, PASSWORD)


async def test_member_starts_a_thread_and_replies_over_nntp(
    client: httpx.AsyncClient, news: News, make_member, make_group
) -> None:
    await make_group("help.python")
    ada = await make_member("ada")
    body = "Is this a bug?\n.leading dot survives\n\n-- \nada"
    subject = "=?utf-8?q?Gr=C3=BC=C3=9Fe_from_slrn?="
    started = await post(news, ada, article("help.python", subject, body))
    assert started.startswith("240 <post-")
    msgid = started.split()[1]
    answered = await post(
        news, ada, article("help.python", "Re: Grüße", "Answering myself", References=msgid)
    )
    assert answered.startswith("240 ")
    again = await post(
        news,
        ada,
        article("help.python", "Re: x", "Deeper", References=f"{msgid} {answered.split()[1]}"),
    )
    topics = (await client.get("/api/spaces/help.python")).json()["topics"]
    assert [t["title"] for t in topics] == ["Grüße from slrn"]
    posts = (await client.get(f"/api/topics/{topics[0]['id']}")).json()["posts"]
    assert [p["body"] for p in posts] == [body, "Answering myself", "Deeper"]
    assert [p["author"] for p in posts] == ["ada"] * 3
    assert posts[1]["parent_id"] is None and posts[2]["parent_id"] == posts[1]["id"]
    assert again.split()[1] == f"<post-{posts[2]['id']}@{news.settings.domain}>"


async def test_posting_needs_authinfo_and_an_active_unmuted_account(
    client: httpx.AsyncClient, news: News, make_member, make_group
) -> None:
    await make_group("help.python")
    ada = await make_member("ada")
    data = article("help.python", "Hello", "Anyone here?")

    def anonymous(s: nntplib.NNTP) -> str:
        with pytest.raises(nntplib.NNTPTemporaryError) as refused:
            s.post(data)
        return refused.value.response

    assert (await news.session(anonymous)).startswith("480 ")
    with pytest.raises(nntplib.NNTPTemporaryError, match=r"^481 "):
        await news.session(lambda s: None, "ada", "not the password")
    await User.update({User.muted_until: datetime.now(UTC) + timedelta(hours=1)}).where(
        User.id == ada.account.id
    )
    assert (await post(news, ada, data)).startswith("441 You are muted until")
    await User.update({User.status: AccountStatus.suspended.value}).where(User.id == ada.account.id)
    with pytest.raises(nntplib.NNTPTemporaryError, match=r"^481 "):
        await news.session(lambda s: None, "ada", PASSWORD)
    assert await Post.count() == 0


async def test_articles_the_forum_cannot_take_are_refused_with_a_reason(
    client: httpx.AsyncClient, start_news, make_member, make_group, make_space
) -> None:
    news = await start_news(nntp_max_article_bytes=2_000)
    await make_group("help.python")
    await make_group("community.announce")
    ada = await make_member("ada")
    _, first = await start_thread(client, ada, "community.announce", "News", "Read me")
    elsewhere = f"<post-{first}@{news.settings.domain}>"
    html = article("help.python", "Hi", "<p>hi</p>", Content_Type="text/html; charset=utf-8")
    cases = {
        "441 Post to one news group at a time": article(
            "help.python,community.announce", "Hi", "x"
        ),
        "441 There is no news group named no.such": article("no.such", "Hi", "x"),
        "441 Say where to post": article("", "Hi", "x").replace(b"Newsgroups: \r\n", b""),
        "441 Send plain text only": html,
        "441 None of the articles in References": article(
            "help.python", "Re: Hi", "x", References="<unknown@example.org>"
        ),
        "441 The article you reply to is in community.announce": article(
            "help.python", "Re: News", "x", References=elsewhere
        ),
        "441 Give the topic a title": article("help.python", "", "no subject"),
        "441 Articles can be at most 2,000 bytes": article("help.python", "Big", "word " * 500),
        "441 Lines can be at most 998 bytes": article("help.python", "Wide", "x" * 1200),
    }
    for expected, data in cases.items():
        assert (await post(news, ada, data)).startswith(expected), expected
    assert await Post.count() == 1


async def test_post_with_an_email_address_asks_for_confirmation_by_header(
    client: httpx.AsyncClient, news: News, make_member, make_group
) -> None:
    await make_group("help.python")
    ada = await make_member("ada")
    body = "Write to me at ada@example.org please"
    refused = await post(news, ada, article("help.python", "Contact", body))
    assert refused.startswith("441 Personal information found, nothing was posted: ")
    assert '"ada@example.org"' in refused
    assert "X-Confirm-Disclosure: yes" in refused
    assert await Post.count() == 0
    confirmed = article("help.python", "Contact", body, X_Confirm_Disclosure="yes")
    assert (await post(news, ada, confirmed)).startswith("240 ")
    assert (await Post.select(Post.body, Post.status).first()) == {
        "body": body,
        "status": PostStatus.visible.value,
    }


async def test_blocked_posts_are_refused_and_held_posts_wait_unseen(
    client: httpx.AsyncClient, news: News, make_member, make_group
) -> None:
    """The bundled policy blocks profanity in subjects and holds confirmed card numbers."""
    await make_group("help.python")
    ada = await make_member("ada")
    blocked = await post(news, ada, article("help.python", "shit happens", "a plain body"))
    assert blocked.startswith("441 This cannot be posted")
    assert "Nothing was posted." in blocked
    card = "my card is 4111 1111 1111 1111"
    held = await post(
        news, ada, article("help.python", "Question", card, X_Confirm_Disclosure="yes")
    )
    assert held.startswith("240 <post-") and "held for review" in held
    msgid = held.split()[1]

    def look(s: nntplib.NNTP) -> tuple:
        count = s.group("help.python")[1]
        with pytest.raises(nntplib.NNTPTemporaryError, match=r"^430 "):
            s.article(msgid)
        return count

    assert await news.session(look) == 0
    assert await Post.count().where(Post.status == PostStatus.pending.value) == 1


async def test_a_held_article_approved_later_gets_a_fresh_number(
    client: httpx.AsyncClient, news: News, make_member, make_group
) -> None:
    await make_group("help.python")
    ada = await make_member("ada")
    mod = await make_member("mod", role="moderator")
    held = await post(
        news,
        ada,
        article("help.python", "Card", "4111 1111 1111 1111", X_Confirm_Disclosure="yes"),
    )
    assert "held for review" in held
    later = await post(news, ada, article("help.python", "Later", "a plain question"))
    assert later.startswith("240 ")
    pending = await Post.select(Post.id, Post.article_number).where(
        Post.status == PostStatus.pending.value
    )
    before = pending[0]["article_number"]
    item = (await client.get("/api/moderation/queue", headers=mod.headers)).json()[0]
    await client.post(
        f"/api/moderation/queue/{item['id']}", json={"action": "approve"}, headers=mod.headers
    )
    after = (await Post.select(Post.article_number).where(Post.id == pending[0]["id"]))[0]
    assert after["article_number"] > before
    numbers = [r["article_number"] for r in await Post.select(Post.article_number)]
    assert len(numbers) == len(set(numbers))
