"""The demo community a newcomer meets on the first ``forum run``: every feature has something
to show, it is seeded through the real posting path, and once. (How long seeding takes is not
asserted here: a timed test fails on a loaded machine, as this one did under a benchmark.)"""

from __future__ import annotations

import re

import httpx

from forum.cli.demo import seed_demo
from forum.settings import Settings
from forum.storage.tables import Post
from tests.conftest import browser_login

ARTICLE = re.compile(r'<article class="post[^"]*"')


def _topic_ids(html: str) -> dict[str, int]:
    return {title: int(n) for n, title in re.findall(r'<a href="/t/(\d+)">([^<]+)</a>', html)}


async def test_the_demo_shows_every_feature_and_is_seeded_once(
    settings: Settings, client: httpx.AsyncClient, new_client
) -> None:
    credentials = await seed_demo(settings)
    assert credentials and set(credentials) == {"admin", "moderator"}
    posts = await Post.count()
    assert await seed_demo(settings) is None  # a second start adds nothing
    assert await Post.count() == posts

    # Forums: several topics with threaded replies, one long enough for two pages.
    general = (await client.get("/s/general")).text
    topics = _topic_ids(general)
    assert {"Welcome to the forum", "What are you reading this month?"} <= set(topics)
    welcome = (await client.get(f"/t/{topics['Welcome to the forum']}")).text
    assert "depth-1" in welcome and "depth-2" in welcome
    long = f"/t/{topics['What are you reading this month?']}"
    first = (await client.get(long)).text
    assert len(ARTICLE.findall(first)) == settings.page_size and 'href="?page=2"' in first
    assert ARTICLE.findall((await client.get(long + "?page=2")).text)
    help_topics = _topic_ids((await client.get("/s/help")).text)
    assert len(help_topics) >= 2

    # A news-group thread, readable on the web (and over NNTP, like every group).
    group = _topic_ids((await client.get("/s/help.python")).text)
    thread = (await client.get(f"/t/{group['List comprehension or loop?']}")).text
    assert len(ARTICLE.findall(thread)) >= 4 and "depth-2" in thread

    # A busy board and chat history.
    assert len(ARTICLE.findall((await client.get("/s/wall")).text)) >= 20
    assert len(ARTICLE.findall((await client.get("/s/lobby")).text)) >= 10
    assert len(ARTICLE.findall((await client.get("/s/python")).text)) >= 5

    # The held post stays out of public view; the moderators' queue has it and a report.
    assert "Clearance sale" not in (await client.get("/s/market")).text
    moderator = new_client()
    await browser_login(moderator, "moderator", credentials["moderator"])
    queue = (await moderator.get("/moderation")).text
    items = queue.split('<article class="queue-item"')[1:]
    held = [i for i in items if "Clearance sale" in i]
    reported = [i for i in items if "stolen bikes" in i]
    assert len(held) == 1 and "held by the policy" in held[0]
    assert len(reported) == 1 and "reported" in reported[0] and "ada" in reported[0]
    # A private conversation: the moderator finds it under Messages; the admin cannot read it.
    messages = (await moderator.get("/messages")).text
    (talk,) = re.findall(r'href="(/messages/\d+)"[^>]*>Linking my own blog\?', messages)
    assert "A list of links with no answer is not." in (await moderator.get(talk)).text
    admin = new_client()
    await browser_login(admin, "admin", credentials["admin"])
    assert "Moderation" in (await admin.get("/")).text
    assert (await admin.get(talk)).status_code == 404
