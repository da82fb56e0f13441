"""Policy dry-run: what a changed policy file would do to the last N posts, before deploying it."""

from __future__ import annotations

import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from forum.desk.moderating import current_policy
from forum.storage.tables import Post
from moderation import Context, Policy, PolicyError, load_policy, moderate

MAX_POSTS = 100_000
MAX_POLICY_BYTES = 512_000


@dataclass
class Change:
    """One post whose verdict would change."""

    post_id: int
    space: str
    excerpt: str
    before: str
    after: str
    categories: list[str]


@dataclass
class DryRun:
    """Counts by action under both policies and the posts that would change."""

    checked: int = 0
    before: Counter = field(default_factory=Counter)
    after: Counter = field(default_factory=Counter)
    changes: list[Change] = field(default_factory=list)
    changed: int = 0


def policy_from_text(text: str) -> Policy:
    """Parse a policy pasted into a form; raises PolicyError naming the line and the problem."""
    if len(text.encode()) > MAX_POLICY_BYTES:
        raise PolicyError("pasted policy", None, "the policy is larger than 500 kB")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "policy.toml"
        path.write_text(text, encoding="utf-8")
        try:
            return load_policy(path)
        except PolicyError as exc:
            raise PolicyError("pasted policy", exc.line, exc.problem) from None


async def dry_run(candidate: Policy, last: int, keep: int = 200) -> DryRun:
    """Moderate the last ``last`` posts under the current and the candidate policy."""
    if not 1 <= last <= MAX_POSTS:
        raise ValueError(f"--last must be between 1 and {MAX_POSTS:,}")
    current = current_policy()
    rows = (
        await Post.select(Post.id, Post.body, Post.space.slug, Post.space.kind)
        .order_by(Post.id, ascending=False)
        .limit(last)
    )
    result = DryRun()
    for row in rows:
        context = Context(surface=row["space.kind"])
        old = moderate(row["body"], context, current)
        new = moderate(row["body"], context, candidate)
        result.checked += 1
        result.before[old.action.label] += 1
        result.after[new.action.label] += 1
        if old.action != new.action or old.categories != new.categories:
            result.changed += 1
            if len(result.changes) < keep:
                result.changes.append(
                    Change(
                        row["id"], row["space.slug"], row["body"][:160],
                        old.action.label, new.action.label, list(new.categories),
                    )
                )  # fmt: skip
    return result
