"""Health checks for load balancers and Prometheus metrics for admins."""

from __future__ import annotations

import httpx
import pytest

from forum.storage.tables import SpaceKind


@pytest.fixture
def settings_env() -> dict[str, str]:
    """A metrics token, as a Prometheus server would be given."""
    return {"FORUM_METRICS_TOKEN": "scrape-secret-123"}


async def test_health_reports_the_database(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "redis": "not configured"}


async def test_metrics_need_an_admin_or_the_token(client: httpx.AsyncClient, make_member) -> None:
    member, admin = await make_member(), await make_member(role="admin")
    assert (await client.get("/metrics")).status_code == 401
    assert (await client.get("/metrics", headers=member.headers)).status_code == 403
    wrong = await client.get("/metrics", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert (await client.get("/metrics", headers=admin.headers)).status_code == 200
    ok = await client.get("/metrics", headers={"Authorization": "Bearer scrape-secret-123"})
    assert ok.status_code == 200


async def test_metrics_count_requests_verdicts_and_the_queue(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    author = await make_member()
    await client.post(
        "/api/spaces/wall/messages",
        json={"body": "card 4111 1111 1111 1111", "confirm_disclosure": True},
        headers=author.headers,
    )
    text = (
        await client.get("/metrics", headers={"Authorization": "Bearer scrape-secret-123"})
    ).text
    assert 'forum_moderation_verdicts_total{action="hold"}' in text
    assert "forum_review_queue_length 1.0" in text
    assert "forum_requests_total" in text
    assert "forum_request_duration_seconds" in text
