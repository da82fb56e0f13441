"""``forum db backup`` of a running forum, ``forum db restore`` into another data directory."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx

from tests.forum.cli.test_cli import Server, _env
from tests.forum.images.pictures import png


def _forum(data_dir: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "forum", "db", *args],
        env={**_env(data_dir), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def _said(result: subprocess.CompletedProcess) -> str:
    """What the command told the operator, without rich's box and line wrapping."""
    return re.sub(r"[\s│╭╮╰╯─]+", " ", result.stdout + result.stderr)


def _post(server: Server, token: str, title: str) -> int:
    response = httpx.post(
        server.url + "/api/spaces/general/topics",
        json={"title": title, "body": f"The body of {title}."},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _picture(server: Server, token: str) -> dict:
    """A picture on a topic (its author's, held for review as a new member's)."""
    auth = {"Authorization": f"Bearer {token}"}
    files = {"image": ("chart.png", png(), "image/png")}
    image = httpx.post(server.url + "/api/images", files=files, headers=auth).json()
    topic = {"title": "With a picture", "body": "See it.", "images": [image["id"]]}
    made = httpx.post(server.url + "/api/spaces/general/topics", json=topic, headers=auth)
    assert made.status_code == 201, made.text
    return image


def test_a_live_backup_restores_into_a_new_data_dir_with_its_posts(tmp_path: Path) -> None:
    live_dir, new_dir, backup = tmp_path / "live", tmp_path / "new", tmp_path / "forum.backup"
    server = Server(live_dir)
    try:
        made = subprocess.run(
            [sys.executable, "-m", "forum", "users", "create", "grace", "--email",
             "grace@example.test", "--password", "a long passphrase", "--token"],
            env=_env(live_dir), capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert made.returncode == 0, made.stderr
        token = made.stdout.strip().splitlines()[-1]
        kept = [_post(server, token, f"Kept topic {n}") for n in range(3)]  # 5 posts a minute
        picture = _picture(server, token)
        made = _forum(live_dir, "backup", str(backup))  # while the server runs and writes
        assert made.returncode == 0, made.stderr
        assert "integrity ok" in made.stdout and "Pictures copied" in made.stdout
        copied = [p for p in backup.with_name("forum.backup.images").rglob("*") if p.is_file()]
        assert len(copied) == 2 and all(p.stat().st_mode & 0o777 == 0o600 for p in copied)
        # The backup holds what the database holds: its owner's only, whatever the umask.
        assert backup.stat().st_mode & 0o777 == 0o600
        assert (
            live_dir.stat().st_mode & 0o777,
            (live_dir / "forum.sqlite").stat().st_mode & 0o777,
        ) == (0o700, 0o600)
        later = _post(server, token, "Written after the backup")

        again = _forum(live_dir, "backup", str(backup))
        assert again.returncode != 0 and "already exists" in _said(again)
        busy = _forum(live_dir, "restore", str(backup), "--yes")
        assert busy.returncode != 0 and "stop it" in _said(busy)
    finally:
        server.stop()

    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    restored = _forum(new_dir, "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    with sqlite3.connect(new_dir / "forum.sqlite") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    copy = Server(new_dir)
    try:
        for post_id in kept:
            topic = httpx.get(f"{copy.url}/api/topics/{post_id}")
            assert topic.status_code == 200, topic.text
        assert httpx.get(f"{copy.url}/api/topics/{later}").status_code == 404
        login = httpx.post(
            copy.url + "/api/auth/login",
            json={"username": "grace", "password": "a long passphrase"},
        )
        assert login.status_code == 200
        served = httpx.get(copy.url + picture["url"], headers={"Authorization": f"Bearer {token}"})
        assert served.status_code == 200 and served.headers["content-type"] == "image/png"
    finally:
        copy.stop()


def test_restore_explains_missing_and_invalid_files(tmp_path: Path) -> None:
    data_dir = tmp_path / "var"
    missing = _forum(data_dir, "restore", str(tmp_path / "nope.backup"), "--yes")
    assert missing.returncode != 0 and "does not exist" in _said(missing)
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"this is not a database" * 100)
    invalid = _forum(data_dir, "restore", str(junk), "--yes")
    assert invalid.returncode != 0 and "is not a SQLite database" in _said(invalid)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    foreign = _forum(data_dir, "restore", str(other), "--yes")
    assert foreign.returncode != 0 and "is not a forum database" in _said(foreign)
    nowhere = _forum(data_dir, "backup", str(tmp_path / "no-such-dir" / "x.backup"))
    assert nowhere.returncode != 0 and "does not exist" in _said(nowhere)
    for result in (missing, invalid, foreign, nowhere):
        assert "Traceback" not in _said(result)


def test_postgres_backups_name_pg_dump_and_pg_restore(tmp_path: Path) -> None:
    url = "postgres://forum@db.internal:5433/forum"
    backup = _forum(tmp_path, "backup", "x.dump", FORUM_DATABASE_URL=url)
    assert backup.returncode == 1
    assert (
        "pg_dump --host=db.internal --port=5433 --username=forum --format=custom "
        "--file=x.dump forum" in _said(backup)
    )
    restore = _forum(tmp_path, "restore", "x.dump", FORUM_DATABASE_URL=url)
    assert restore.returncode == 1
    assert "pg_restore --host=db.internal --port=5433 --username=forum" in _said(restore)
