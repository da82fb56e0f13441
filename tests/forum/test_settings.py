"""Settings from the environment: news-server settings are read and checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from forum.settings import load_settings


def test_news_settings_are_read_and_bad_values_explained(tmp_path: Path) -> None:
    base = {"FORUM_DATA_DIR": str(tmp_path), "FORUM_SECRET_KEY": "k"}
    settings = load_settings(
        {**base, "FORUM_DOMAIN": "Forum.Example.org", "FORUM_NNTP_PORT": "1119"}
    )
    assert (settings.domain, settings.nntp_port) == ("forum.example.org", 1119)
    assert load_settings(base).nntp_port is None
    bad = {
        "FORUM_DOMAIN": ("a b", "FORUM_DOMAIN must be a domain name"),
        "FORUM_NNTP_PORT": ("70000", "FORUM_NNTP_PORT must be a TCP port"),
        "FORUM_NNTP_IDLE_TIMEOUT": ("soon", "FORUM_NNTP_IDLE_TIMEOUT must be a number"),
        "FORUM_NNTP_CERTFILE": ("/nowhere.pem", "not a readable file"),
    }
    for name, (value, message) in bad.items():
        with pytest.raises(SystemExit, match=message):
            load_settings({**base, name: value})
