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


def test_links_in_mails_follow_the_listening_address_unless_a_public_url_is_set(
    tmp_path,
) -> None:
    base = {"FORUM_DATA_DIR": str(tmp_path)}
    assert load_settings(base).site_url == "http://127.0.0.1:8000"
    here = load_settings({**base, "FORUM_LISTEN_URL": "http://127.0.0.1:9123"})
    assert here.site_url == "http://127.0.0.1:9123"
    everywhere = load_settings({**base, "FORUM_LISTEN_URL": "https://0.0.0.0:8443"})
    assert everywhere.site_url.startswith("https://") and "0.0.0.0" not in everywhere.site_url
    public = {**base, "FORUM_LISTEN_URL": "http://127.0.0.1:9123"}
    public["FORUM_PUBLIC_URL"] = "https://forum.example.org/"
    assert load_settings(public).site_url == "https://forum.example.org"
