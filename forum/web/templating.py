"""Jinja set-up: autoescaping templates from the ``templates/`` directory."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import pass_context
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.template.config import TemplateConfig
from litestar.utils.scope.state import ScopeState

TEMPLATE_DIR = Path(__file__).resolve().parents[2] / "templates"
STATIC_DIR = Path(__file__).resolve().parent / "static"


CSRF_PLACEHOLDER = f"csrf-placeholder-{secrets.token_hex(16)}"
"""Stands for the CSRF token in cached fragments; replaced per response (forum.web.pages)."""


@pass_context
def csrf_token(context: Any) -> str:
    """The CSRF token for a form; marks the response so the CSRF cookie gets set.

    A fragment rendered for the cache gets a placeholder instead: a token is never cached.
    """
    if context.get("csrf_placeholder"):
        return CSRF_PLACEHOLDER
    scope = context["request"].scope
    scope.setdefault("state", {})["csrf_used"] = True
    token = ScopeState.from_scope(scope).csrf_token
    return token if isinstance(token, str) else ""


def format_time(value: datetime | None) -> str:
    """A short, unambiguous UTC timestamp for pages."""
    if value is None:
        return ""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def iso_time(value: datetime | None) -> str:
    """ISO-8601 for <time datetime=…> attributes."""
    return value.astimezone(UTC).isoformat() if value else ""


def _configure(engine: JinjaTemplateEngine) -> None:
    env = engine.engine
    env.globals["csrf_token"] = csrf_token
    env.filters["when"] = format_time
    env.filters["iso"] = iso_time
    env.trim_blocks = True
    env.lstrip_blocks = True


def template_config(site_name: str) -> TemplateConfig:
    """Templates from a directory, so Jinja autoescapes every .html template."""

    def configure(engine: JinjaTemplateEngine) -> None:
        _configure(engine)
        engine.engine.globals["site_name"] = site_name

    return TemplateConfig(
        directory=TEMPLATE_DIR, engine=JinjaTemplateEngine, engine_callback=configure
    )
