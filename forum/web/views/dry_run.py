"""The policy dry-run page: paste a changed policy file, see what it would change."""

from __future__ import annotations

from litestar import Request, get, post
from litestar.response import Template

from forum.desk.dry_run import MAX_POSTS, dry_run, policy_from_text
from forum.desk.moderating import current_policy
from forum.web.guards import moderator
from forum.web.request import form_data
from moderation import PolicyError


@get("/moderation/dry-run", name="dry_run_form", guards=[moderator])
async def dry_run_form() -> Template:
    """The form, pre-filled with the policy in force."""
    source = current_policy().source
    try:
        text = open(source, encoding="utf-8").read()  # noqa: SIM115 - small file
    except OSError:
        text = ""
    return Template("moderation/dry_run.html", context={"policy_text": text, "last": 1000})


@post("/moderation/dry-run", name="dry_run", guards=[moderator])
async def dry_run_page(request: Request) -> Template:
    """Run the pasted policy against the last N posts and show the differences."""
    data = await form_data(request)
    text = data.get("policy", "")
    try:
        last = int(data.get("last", "1000"))
    except ValueError:
        last = 0
    context = {"policy_text": text, "last": last}
    if not 1 <= last <= MAX_POSTS:
        context["error"] = f"Check between 1 and {MAX_POSTS:,} posts."
        return Template("moderation/dry_run.html", context=context, status_code=400)
    try:
        candidate = policy_from_text(text)
    except PolicyError as exc:
        where = f"line {exc.line}: " if exc.line else ""
        context["error"] = f"The policy cannot be used — {where}{exc.problem}"
        return Template("moderation/dry_run.html", context=context, status_code=400)
    context["result"] = await dry_run(candidate, last)
    return Template("moderation/dry_run.html", context=context)
