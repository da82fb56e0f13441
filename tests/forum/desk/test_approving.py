"""Approving a post held or reported for offensive content takes a confirmation, logged with
its optional reason; other held posts are approved in one step as before."""

from __future__ import annotations

import httpx

from forum.storage.desk_tables import ModerationLog
from forum.storage.tables import Post, PostStatus, Role, SpaceKind
from tests.conftest import browser_login, csrf_from

THREAT = "I will find where you live and hurt you."


async def _held(client: httpx.AsyncClient, make_member, make_space, body: str, **extra) -> dict:
    await make_space("wall", SpaceKind.board)
    author = await make_member("author")
    held = await client.post(
        "/api/spaces/wall/messages", json={"body": body, **extra}, headers=author.headers
    )
    assert held.json()["status"] == "pending"
    return held.json()


async def _approvals() -> list[dict]:
    return await ModerationLog.select(ModerationLog.reason, ModerationLog.details).where(
        ModerationLog.action == "approve"
    )


async def test_approving_a_threat_needs_a_confirmation_and_logs_the_reason(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    held = await _held(client, make_member, make_space, THREAT)
    await make_member("mod", Role.moderator)
    await browser_login(client, "mod")
    queue = await client.get("/moderation")
    item_id = (await client.get("/api/moderation/queue")).json()[0]["id"]
    token = csrf_from(queue.text)
    hasty = await client.post(
        f"/moderation/items/{item_id}", data={"action": "approve", "_csrf_token": token}
    )
    assert hasty.status_code == 400
    assert "Confirm that you have read it" in hasty.text
    post_page = await client.get(f"/moderation/posts/{held['id']}")
    assert 'name="confirm" value="1" required' in post_page.text
    from_post_page = await client.post(
        f"/moderation/posts/{held['id']}", data={"action": "approve", "_csrf_token": token}
    )
    assert from_post_page.status_code == 400
    status = await Post.select(Post.status).where(Post.id == held["id"]).first()
    assert status["status"] == PostStatus.pending.value
    assert await _approvals() == []
    confirmed = await client.post(
        f"/moderation/items/{item_id}",
        data={
            "action": "approve",
            "confirm": "1",
            "reason": "A line quoted from a film, not aimed at anyone.",
            "_csrf_token": token,
        },
    )
    assert confirmed.status_code == 303
    status = await Post.select(Post.status).where(Post.id == held["id"]).first()
    assert status["status"] == PostStatus.visible.value
    [logged] = await _approvals()
    assert logged["reason"] == "A line quoted from a film, not aimed at anyone."
    assert "Threats" in str(logged["details"])


async def test_the_api_asks_for_the_same_confirmation(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    held = await _held(client, make_member, make_space, THREAT)
    mod = await make_member("mod", Role.moderator)
    item_id = (await client.get("/api/moderation/queue", headers=mod.headers)).json()[0]["id"]
    url = f"/api/moderation/queue/{item_id}"
    hasty = await client.post(url, json={"action": "approve"}, headers=mod.headers)
    assert hasty.status_code == 400 and "approving publishes it" in hasty.json()["detail"]
    sure = await client.post(url, json={"action": "approve", "confirm": True}, headers=mod.headers)
    assert sure.status_code == 200 and sure.json()["post_status"] == "visible"
    assert [r["reason"] for r in await _approvals()] == [""]
    assert (await Post.select(Post.status).where(Post.id == held["id"]).first())["status"] == (
        "visible"
    )


async def test_the_queue_puts_remove_first_for_offensive_items_only(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    author = await make_member("author")
    for body, extra in (
        (THREAT, {}),
        ("my card 4111 1111 1111 1111", {"confirm_disclosure": True}),
    ):
        held = await client.post(
            "/api/spaces/wall/messages", json={"body": body, **extra}, headers=author.headers
        )
        assert held.json()["status"] == "pending"
    await make_member("mod", Role.moderator)
    await browser_login(client, "mod")
    html = (await client.get("/moderation")).text
    threat, card = html.split('class="queue-item"')[1:3]
    assert THREAT in threat and "4111" in card
    assert threat.index(">Remove</button>") < threat.index(">Approve</button>")
    assert 'name="confirm" value="1" required' in threat
    # A card number held after the author confirmed: approving stays one step.
    assert card.index(">Approve</button>") < card.index(">Remove</button>")
    assert 'name="confirm"' not in card


async def test_approving_a_held_post_publishes_its_profanity_masked(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    held = await _held(client, make_member, make_space, "This shit update: " + THREAT)
    mod = await make_member("mod", Role.moderator)
    item_id = (await client.get("/api/moderation/queue", headers=mod.headers)).json()[0]["id"]
    judged = (await client.get(f"/api/posts/{held['id']}", headers=mod.headers)).json()
    assert judged["original"].startswith("This shit update")  # the moderator reads it whole
    sure = await client.post(
        f"/api/moderation/queue/{item_id}",
        json={"action": "approve", "confirm": True},
        headers=mod.headers,
    )
    assert sure.status_code == 200
    public = (await client.get(f"/api/posts/{held['id']}")).json()
    assert public["body"] == "This **** update: " + THREAT
    assert public["original"] is None
