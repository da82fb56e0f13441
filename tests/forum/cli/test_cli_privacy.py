"""`forum policies`, `forum privacy purge` and `forum mail newsletter` as an operator runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.forum.cli.test_cli import _env


def _forum(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "forum", *args],
        env=_env(data_dir),
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_operators_publish_policy_versions_and_purge_old_data(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    text = tmp_path / "privacy-v2.md"
    text.write_text("We now keep request data for {request_log_days} days.\n")
    published = _forum(
        data_dir, "policies", "publish", "privacy", str(text),
        "--effective", "2030-01-31", "--summary", "Shorter retention.",
    )  # fmt: skip
    assert published.returncode == 0, published.stderr
    assert "Published privacy version 2, in force from 2030-01-31 00:00 UTC." in published.stdout
    listing = _forum(data_dir, "policies", "list")
    assert "privacy  v2   from 2030-01-31 00:00 UTC  Shorter retention." in listing.stdout
    assert "terms    v1" in listing.stdout and "cookies  v1" in listing.stdout

    wrong = _forum(data_dir, "policies", "publish", "bylaws", str(text), "--effective",
                   "2030-01-31", "--summary", "x")  # fmt: skip
    assert wrong.returncode != 0 and "There is no policy called 'bylaws'" in wrong.stderr
    bad_date = _forum(data_dir, "policies", "publish", "terms", str(text), "--effective",
                      "next week", "--summary", "x")  # fmt: skip
    assert bad_date.returncode != 0 and "use a date like" in bad_date.stderr
    assert "Traceback" not in wrong.stderr + bad_date.stderr

    purged = _forum(data_dir, "privacy", "purge")
    assert purged.returncode == 0, purged.stderr
    assert (
        purged.stdout.strip()
        == "request_log: 0 deleted, mail_outbox: 0 deleted, sessions: 0 deleted"
    )
    sent = _forum(data_dir, "mail", "newsletter", "--subject", "Hello", str(text))
    assert sent.returncode == 0 and "Sent to 0 members." in sent.stdout
