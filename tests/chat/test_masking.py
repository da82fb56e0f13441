"""A chat message the policy masked: the room gets the masked text, the sender hears why."""

from __future__ import annotations

import pytest

from forum.storage.tables import Post, SpaceKind


@pytest.fixture
def backend() -> str:
    """Live behaviour; the storage is the same as for forums (tests/forum/posting)."""
    return "sqlite"


async def test_the_sender_is_told_what_was_masked(open_chat, make_member, make_space) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    async with open_chat("lobby", ada) as a, open_chat("lobby", bob) as b:
        await a.send(type="send", body="This update is shit", client_id="c1")
        sent = await a.expect("sent", client_id="c1")
        assert [(m["text"], m["label"], m["title"]) for m in sent["masked"]] == [
            ("shit", "profanity", "Obscene")
        ]
        assert "Published with words masked" in sent["detail"]
        message = await b.expect("message")
        assert message["body"] == "This update is ****" and "masked" not in message
    row = await Post.select(Post.original).first()
    assert row["original"] is not None and "This update is shit" in str(row["original"])


async def test_history_tells_the_sender_again_and_nobody_else(
    open_chat, make_member, make_space
) -> None:
    await make_space("lobby", SpaceKind.chat)
    ada, bob = await make_member("ada"), await make_member("bob")
    async with open_chat("lobby", ada) as a:
        await a.send(type="send", body="This update is shit", client_id="c1")
        await a.expect("sent", client_id="c1")
    async with open_chat("lobby", ada) as a, open_chat("lobby", bob) as b:
        (own,) = (await a.expect("history"))["messages"]
        assert [m["text"] for m in own["masked"]] == ["shit"]
        assert "Published with words masked" in own["detail"]
        (theirs,) = (await b.expect("history"))["messages"]
        assert theirs["body"] == "This update is ****"
        assert "masked" not in theirs and "detail" not in theirs
