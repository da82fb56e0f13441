"""Acknowledged writes survive SIGKILL: bench/crash_trials.py with fewer trials, in CI.

The full run (20 trials on each backend) is ``python bench/crash_trials.py --trials 20
--backend sqlite|postgres``; its figures are in the README.
"""

from __future__ import annotations

import asyncpg
import pytest

from bench.crash_trials import run_trials
from tests.conftest import PG_URL, _unavailable
from tests.postgres_db import dsn


def _check(totals, trials: int) -> None:
    assert totals.trials == trials
    # Every trial wrote over HTTP and over websockets before the kill, or it proved nothing.
    assert totals.posts >= trials and totals.messages >= trials, totals.summary()
    assert not totals.lost, f"acknowledged but lost: {sorted(totals.lost)}"
    assert totals.integrity_failures == 0


async def test_no_acknowledged_write_is_lost_when_sqlite_is_killed() -> None:
    _check(await run_trials(5, "sqlite", seed=20261130), 5)


@pytest.mark.postgres
async def test_no_acknowledged_write_is_lost_when_postgres_is_killed() -> None:
    try:
        (await asyncpg.connect(dsn(PG_URL), timeout=3)).terminate()
    except (TimeoutError, OSError, asyncpg.PostgresError) as exc:
        _unavailable(f"PostgreSQL does not answer at {PG_URL}: {exc!r}")
    _check(await run_trials(2, "postgres", seed=20261130, postgres_url=PG_URL), 2)
