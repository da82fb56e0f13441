"""One way for every HTML composer to submit: redact, warn about disclosure, or post."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from litestar import Request
from litestar.response import Template

from forum.errors import DisclosureRequired, ForumError
from forum.posting.checks import allowance
from forum.posting.disclosure import redact_draft, warning_context
from forum.posting.submitting import Submitted
from forum.web.request import viewer

Render = Callable[[dict[str, Any], int], Awaitable[Template]]
Submit = Callable[[dict[str, str], bool], Awaitable[Submitted]]

REDACTED_NOTICE = "Personal information was masked. Check your post, then post it."


async def compose(
    data: dict[str, str], fields: tuple[str, ...], surface: str, submit: Submit, render: Render
) -> Submitted | Template:
    """Run a composer's form: the Redact button, the disclosure warning, errors, or success."""
    draft = {name: data.get(name, "") for name in fields}
    if data.get("disclosure_action") == "redact":
        return await render({"draft": redact_draft(draft, surface), "notice": REDACTED_NOTICE}, 200)
    try:
        return await submit(draft, data.get("confirm_disclosure") == "1")
    except DisclosureRequired as exc:
        return await render({"draft": draft, **warning_context(exc, draft)}, exc.status_code)
    except ForumError as exc:
        return await render({"draft": draft, "error": str(exc)}, exc.status_code)


async def posting_allowance(request: Request, chat: bool = False) -> dict[str, Any]:
    """Context for a composer: what is left of the member's posting limit (shown when little
    is), so the limit never comes as a surprise."""
    account = viewer(request)
    return {"allowance": await allowance(account, chat) if account is not None else None}
