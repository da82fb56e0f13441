"""Markdown to safe HTML: markdown-it-py renders, nh3 sanitises, outbound links are marked."""

from __future__ import annotations

from urllib.parse import quote, urlsplit

import nh3
from markdown_it import MarkdownIt

# Raw HTML in posts is shown as text; images are off because a remote image would
# make every reader's browser call a third party (privacy by default).
_md = MarkdownIt("commonmark", {"html": False, "linkify": True, "typographer": False})
_md.enable(["linkify", "strikethrough", "table"])
_md.disable(["image"])

ALLOWED_TAGS = {
    "a", "p", "br", "hr", "em", "strong", "del", "s", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}
LINK_REL = "nofollow ugc noopener noreferrer"


def leave_url(href: str) -> str:
    """The interstitial page that tells a member they are leaving the site."""
    return "/out?to=" + quote(href, safe="")


def is_outbound(href: str) -> bool:
    """True for absolute http(s) links, which leave the site."""
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if tag == "a" and attribute == "href":
        if is_outbound(value):
            return leave_url(value)
        if value.startswith(("/", "#", "mailto:")) and not value.startswith("//"):
            return value
        return None
    return value


def sanitize(html: str) -> str:
    """Keep only harmless tags and attributes; outbound links go through /out.

    Idempotent: HTML drops a newline that directly follows ``<pre>``, so one that survives
    cleaning is written twice, as the HTML serialisation rules say (else each pass would
    eat one).
    """
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_filter_attribute,
        link_rel=LINK_REL,
        url_schemes={"http", "https", "mailto"},
        strip_comments=True,
    )
    return cleaned.replace("<pre>\n", "<pre>\n\n")


def render_markdown(source: str) -> str:
    """Render a post's Markdown source to sanitised HTML."""
    return sanitize(_md.render(source))
