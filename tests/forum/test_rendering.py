"""Markdown rendering: sanitised, no remote images, outbound links marked."""

from __future__ import annotations

from forum.rendering import render_markdown, sanitize


def test_raw_html_and_scripts_are_shown_as_text() -> None:
    html = render_markdown("<script>alert(1)</script> <img src=x onerror=alert(1)>")
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html


def test_javascript_links_lose_their_href() -> None:
    html = render_markdown("[click](javascript:alert(1))")
    assert "javascript:" not in html.split("[click]")[0] or "href" not in html
    assert 'href="javascript' not in html


def test_images_are_not_embedded() -> None:
    html = render_markdown("![cat](https://example.org/cat.png)")
    assert "<img" not in html
    assert "/out?to=https%3A%2F%2Fexample.org%2Fcat.png" in html


def test_outbound_links_are_marked_and_routed_through_the_leaving_page() -> None:
    html = render_markdown("<https://example.org/a?b=c>")
    assert 'href="/out?to=https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc"' in html
    assert 'rel="nofollow ugc noopener noreferrer"' in html


def test_local_links_stay_local() -> None:
    html = render_markdown("[topic](/t/1)")
    assert 'href="/t/1"' in html


def test_protocol_relative_links_are_dropped() -> None:
    assert 'href="//evil' not in sanitize('<a href="//evil.example/x">x</a>')


def test_code_blocks_keep_their_text_escaped() -> None:
    html = render_markdown("```\n<b>not bold</b>\n```")
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html
