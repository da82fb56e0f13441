"""Whether a post's pictures wait for a moderator: the policy's ``images`` category decides.

No ``if new member`` here: the category's action, per-surface overrides and
``new_author_action`` are applied by the pipeline's own ``action_for``, and a hold becomes one
more verdict of the post's ``Decision``, so its review item says which clause held it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from forum.accounts.members import Account
from forum.desk.moderating import NEW_ACCOUNT_AGE, Decision, current_policy
from forum.storage.tables import PostStatus
from moderation import Action, Context, Finding, Reason, Verdict
from moderation.pipeline import action_for

CATEGORY = "images"


def images_verdict(author: Account, surface: str) -> Verdict | None:
    """The policy's verdict on pictures from this author on this surface (None: no rule)."""
    try:
        category = current_policy().category(CATEGORY)
    except KeyError:  # a policy without an images category lets pictures through
        return None
    is_new = datetime.now(UTC) - author.created < NEW_ACCOUNT_AGE
    context = Context(surface=surface, author_is_new=is_new)
    marker = Finding("IMAGE", 0, 0, "", "images", CATEGORY)
    action = action_for(category, marker, context)
    if action == Action.ALLOW:
        return None
    message = category.message or category.clause
    reason = Reason(CATEGORY, category.clause, "images", action, None, message, category.group)
    return Verdict(action=action, reasons=(reason,), findings=(), censored="")


def with_images(decision: Decision, author: Account, surface: str, count: int) -> Decision:
    """The post's decision once its ``count`` pictures are weighed (unchanged when none).

    Only ``hold`` means something for a picture (no words to mask, nothing to confirm): a
    ``block`` holds too, so a person looks before anything is refused; ``censor`` and
    ``warn`` let it through.
    """
    if count == 0 or decision.refused:
        return decision
    verdict = images_verdict(author, surface)
    if verdict is None or verdict.action < Action.HOLD:
        return decision
    verdicts = (*decision.verdicts, ("images", verdict))
    action = max(decision.action, Action.HOLD)
    return replace(decision, action=action, status=PostStatus.pending, verdicts=verdicts)
