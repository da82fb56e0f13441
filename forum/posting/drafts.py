"""The moderate step of posting: what the policy decides about a draft.

``moderate_draft`` asks ``forum.desk.moderating.decide`` and turns a refusal into the error
the author sees (a disclosure warning, or a block that is logged first); what is stored
keeps the author's own words when the policy masked some (``kept_original``).
"""

from __future__ import annotations

from forum.accounts.members import Account
from forum.desk import modlog
from forum.desk.moderating import Decision, decide
from forum.errors import Blocked, DisclosureRequired
from forum.posting.checks import DISCLOSURE_MESSAGE
from forum.storage import db
from moderation import Action


async def moderate_draft(
    text: str,
    author: Account,
    space: dict,
    confirm_disclosure: bool,
    title: str | None = None,
) -> Decision:
    """The moderate step: what to store, or DisclosureRequired / Blocked (logged) to raise."""
    decision = await decide(text, author, space["kind"], confirm_disclosure, title)
    if not decision.refused:
        return decision
    if decision.action == Action.WARN:
        raise DisclosureRequired(DISCLOSURE_MESSAGE, decision.findings_acting(Action.WARN))
    reasons = decision.reasons_acting(Action.BLOCK)
    first = reasons[0]
    async with db.write_transaction():
        await modlog.record(
            "block",
            target=author.id,
            category=first["category"],
            clause=first["clause"],
            reason=first["message"],
            content=f"{title}\n\n{text}" if title else text,
            details={"space": space["slug"], "reasons": reasons},
        )
    raise Blocked(f"This cannot be posted: {first['message']} Policy: {first['clause']}", reasons)


def kept_original(decision: Decision, body: str, title: str | None = None) -> dict | None:
    """What ``Post.original`` keeps when the policy masked words: the author's own text and
    what was masked under which clause; None when the stored text is the author's."""
    masked = decision.masked
    if not masked:
        return None
    return {"body": body, "title": title, "masked": masked}


def masking_note(masked: list[dict]) -> str:
    """One sentence for the author about what was masked and why (chat, news server)."""
    if not masked:
        return ""
    words = "; ".join(f'"{m["text"]}" ({m["label"]}, policy: {m["title"]})' for m in masked)
    return f"Published with words masked: {words}. Edit your post to reword it."
