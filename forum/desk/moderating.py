"""The one place where the posting flow asks the content policy what to do with a text.

validate (posting.check_*) → **moderate (here)** → store (posting) → publish (events).
Forums, boards, news groups and chat all come through ``decide()``; the policy file
decides the action, this module only turns the verdict into what to store.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio

from forum.accounts.members import Account
from forum.metrics import VERDICTS
from forum.storage.tables import PostStatus
from moderation import (
    Action,
    Context,
    Policy,
    Verdict,
    censored_only,
    load_policy,
    moderate,
    reread,
)
from moderation.messages import describe

NEW_ACCOUNT_AGE = timedelta(days=1)
_policy: Policy | None = None


def use_policy(path: Path | None) -> Policy:
    """Load the policy file (bundled default when None) for this process; fails loudly."""
    global _policy
    _policy = load_policy(path)
    return _policy


def current_policy() -> Policy:
    """The policy in force (the bundled one until ``use_policy`` is called)."""
    global _policy
    if _policy is None:
        _policy = load_policy(None)
    return _policy


def finding_dicts(verdict: Verdict, field_name: str = "body") -> list[dict[str, Any]]:
    """Findings as plain dicts for JSON, templates and the review queue."""
    messages = {r.finding: r.message for r in verdict.reasons if r.finding is not None}
    return [
        {
            "field": field_name,
            "type": f.type,
            "start": f.start,
            "end": f.end,
            "text": f.text,
            "category": f.category,
            "message": messages.get(f, ""),
            # What a moderator reads ("sexual language", "a threat of violence"), never
            # the internal type.
            "label": describe(f),
        }
        for f in verdict.findings
    ]


def reason_dicts(verdict: Verdict) -> list[dict[str, Any]]:
    """Reasons as plain dicts: category, clause, action and a sentence for a person."""
    return [
        {
            "category": r.category,
            "clause": r.clause,
            "action": r.action.label,
            "detector": r.detector,
            "message": r.message,
        }
        for r in verdict.reasons
    ]


@dataclass(frozen=True)
class Decision:
    """What the policy decided: the strongest action, the status a stored post gets, the
    text to keep (masked where the policy censors), and the verdicts that say why."""

    action: Action
    status: PostStatus
    body: str
    title: str | None = None
    verdicts: tuple[tuple[str, Verdict], ...] = field(default=())

    @property
    def refused(self) -> bool:
        """Nothing may be stored: the author must confirm a disclosure (warn), or the policy
        blocks the text."""
        return self.action in (Action.WARN, Action.BLOCK)

    @property
    def findings(self) -> list[dict[str, Any]]:
        """Every finding of the title and the body, as dicts."""
        return [d for name, v in self.verdicts for d in finding_dicts(v, name)]

    def findings_acting(self, action: Action) -> list[dict[str, Any]]:
        """Findings whose policy category took ``action`` (e.g. the ones that ask to confirm)."""
        result = []
        for name, verdict in self.verdicts:
            categories = {r.category for r in verdict.reasons if r.action == action}
            result.extend(d for d in finding_dicts(verdict, name) if d["category"] in categories)
        return result

    @property
    def masked(self) -> list[dict[str, Any]]:
        """What the policy masked in the stored text: per word, the field, the word, what it
        is ("profanity") and the clause (its title and sentence) that masks it."""
        policy = current_policy()
        result: list[dict[str, Any]] = []
        for name, verdict in self.verdicts:
            if verdict.action not in (Action.CENSOR, Action.HOLD):
                continue  # nothing masked (allowed), or nothing stored (warn, block)
            for r in verdict.reasons:
                if r.action != Action.CENSOR or r.finding is None:
                    continue
                entry = {
                    "field": name,
                    "text": r.finding.text,
                    "label": describe(r.finding),
                    "category": r.category,
                    "title": _category_title(policy, r.category),
                    "clause": r.clause,
                }
                if entry not in result:
                    result.append(entry)
        return result

    def reasons_acting(self, action: Action) -> list[dict[str, Any]]:
        """The reasons that took ``action``, strongest verdict first."""
        return [
            r
            for _, verdict in self.verdicts
            for r in reason_dicts(verdict)
            if r["action"] == action.label
        ]


def _category_title(policy: Policy, name: str) -> str:
    try:
        return policy.category(name).title
    except KeyError:  # a watched-word list of a category the policy does not name
        return name.replace("_", " ").capitalize()


def _context(author: Account, surface: str, confirm: bool) -> Context:
    is_new = datetime.now(UTC) - author.created < NEW_ACCOUNT_AGE
    return Context(surface=surface, confirmed_disclosure=confirm, author_is_new=is_new)


@functools.cache
def _reader() -> anyio.CapacityLimiter:
    """One read of the second reader at a time per process: it keeps a core busy for a few
    milliseconds, and the event loop must stay free meanwhile (made on first use, inside the
    event loop)."""
    return anyio.CapacityLimiter(1)


async def second_read(text: str, verdict: Verdict, context: Context, policy: Policy) -> Verdict:
    """``moderation.reread`` in a worker thread (docs/moderation.md, "The second reader");
    without a second reader in the policy, no thread is asked for."""
    if policy.engine.second is None:
        return verdict
    return await anyio.to_thread.run_sync(reread, text, verdict, context, policy, limiter=_reader())


async def decide(
    text: str,
    author: Account,
    surface: str,
    confirm_disclosure: bool,
    title: str | None = None,
) -> Decision:
    """Moderate a body (and a title) under the policy in force.

    allow → visible; censor → visible with the masked text; hold → pending (for review),
    its censored words masked too; warn (the disclosure warning) and block → ``refused``:
    nothing may be stored.
    """
    policy = current_policy()
    verdicts: list[tuple[str, Verdict]] = []
    if title is not None:
        verdicts.append(
            ("title", moderate(title, _context(author, "title", confirm_disclosure), policy))
        )
    context = _context(author, surface, confirm_disclosure)
    body_verdict = await second_read(text, moderate(text, context, policy), context, policy)
    verdicts.append(("body", body_verdict))
    action = max(v.action for _, v in verdicts)
    VERDICTS.labels(action.label).inc()
    title_verdict = verdicts[0][1] if title is not None else None
    # A held text keeps its censored words masked too: approving it publishes what the
    # moderator judged, not the profanity the policy masks everywhere else.
    if title_verdict is not None:
        title = censored_only(title, title_verdict)
    return Decision(
        action=action,
        status=PostStatus.pending if action == Action.HOLD else PostStatus.visible,
        body=censored_only(text, body_verdict),
        title=title,
        verdicts=tuple(verdicts),
    )
