"""Versioned policy documents (terms, content policy, privacy policy, cookies).

Every version is kept and readable at /policies/{kind}/{version}. A version is in force
from its ``effective_at``; members who have not acknowledged a version that took effect
after they joined see a banner until they do.
"""

from __future__ import annotations

import difflib
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from piccolo.query.functions.aggregate import Max

from forum.accounts.members import Account
from forum.rendering import render_markdown
from forum.settings import Settings
from forum.storage import db
from forum.storage.privacy_tables import PolicyAcknowledgement, PolicyDocument, PolicyKind

TEXTS_DIR = Path(__file__).resolve().parent / "policy_texts"
TITLES = {
    PolicyKind.terms: "Terms of use",
    PolicyKind.content: "Content policy",
    PolicyKind.privacy: "Privacy policy",
    PolicyKind.cookies: "Cookies",
}
_CACHE_SECONDS = 30.0
_cache: tuple[float, list[dict[str, Any]]] | None = None
_COLUMNS = (
    PolicyDocument.id,
    PolicyDocument.kind,
    PolicyDocument.version,
    PolicyDocument.title,
    PolicyDocument.summary,
    PolicyDocument.effective_at,
    PolicyDocument.published_at,
)


class PolicyError(ValueError):
    """A document that cannot be published as given; the message says why."""


def invalidate() -> None:
    """Forget the cached current versions (after publishing, or on a new database)."""
    global _cache
    _cache = None


async def seed_policies() -> int:
    """Publish version 1 of every document that has none yet (idempotent); returns how many."""
    invalidate()
    created = 0
    async with db.write_transaction():
        for kind in PolicyKind:
            if await PolicyDocument.exists().where(PolicyDocument.kind == kind.value):
                continue
            body = (TEXTS_DIR / f"{kind.value}.md").read_text(encoding="utf-8")
            now = datetime.now(UTC)
            await PolicyDocument.insert(
                PolicyDocument(
                    kind=kind.value,
                    version=1,
                    title=TITLES[kind],
                    body=body,
                    summary="First version.",
                    effective_at=now,
                    published_at=now,
                )
            )
            created += 1
    return created


def check_kind(kind: str) -> PolicyKind:
    """The PolicyKind named ``kind``; raises PolicyError for anything else."""
    try:
        return PolicyKind(kind)
    except ValueError as exc:
        names = ", ".join(k.value for k in PolicyKind)
        raise PolicyError(f"There is no policy called {kind!r}; the policies are {names}.") from exc


async def publish(
    kind: str, body: str, summary: str, effective_at: datetime, title: str = ""
) -> int:
    """Add a new version of a document, in force from ``effective_at``; returns its number."""
    policy = check_kind(kind)
    body = body.strip()
    if not body:
        raise PolicyError("The document is empty.")
    if not summary.strip():
        raise PolicyError("Say in a sentence or two what changed (members will read it).")
    if effective_at.tzinfo is None:
        effective_at = effective_at.replace(tzinfo=UTC)
    async with db.write_transaction():
        row = await PolicyDocument.select(Max(PolicyDocument.version, alias="v")).where(
            PolicyDocument.kind == policy.value
        )
        version = (row[0]["v"] or 0) + 1
        await PolicyDocument.insert(
            PolicyDocument(
                kind=policy.value,
                version=version,
                title=title.strip() or TITLES[policy],
                body=body + "\n",
                summary=summary.strip(),
                effective_at=effective_at,
                published_at=datetime.now(UTC),
            )
        )
    invalidate()
    return version


async def current_documents() -> list[dict[str, Any]]:
    """The version of each document in force now (cached for a few seconds)."""
    global _cache
    now = time.monotonic()
    if _cache is not None and now - _cache[0] < _CACHE_SECONDS:
        return _cache[1]
    rows = await (
        PolicyDocument.select(*_COLUMNS)
        .where(PolicyDocument.effective_at <= datetime.now(UTC))
        .order_by(PolicyDocument.version, ascending=False)
    )
    latest: dict[str, dict[str, Any]] = {}
    for row in rows:
        latest.setdefault(row["kind"], row)
    documents = [latest[k.value] for k in PolicyKind if k.value in latest]
    _cache = (now, documents)
    return documents


async def versions(kind: str) -> list[dict[str, Any]]:
    """Every version of a document, newest first (future ones included)."""
    return (
        await PolicyDocument.select(*_COLUMNS)
        .where(PolicyDocument.kind == kind)
        .order_by(PolicyDocument.version, ascending=False)
    )


async def document(kind: str, version: int) -> dict[str, Any] | None:
    """One version of a document with its body, or None."""
    return (
        await PolicyDocument.select()
        .where(PolicyDocument.kind == kind, PolicyDocument.version == version)
        .first()
    )


async def pending_changes(account: Account) -> list[dict[str, Any]]:
    """Versions in force that took effect after the member joined and are not yet acknowledged."""
    newer = [d for d in await current_documents() if d["effective_at"] > account.created]
    if not newer:
        return []
    seen = await PolicyAcknowledgement.select(PolicyAcknowledgement.document).where(
        PolicyAcknowledgement.user == account.id,
        PolicyAcknowledgement.document.is_in([d["id"] for d in newer]),
    )
    acknowledged = {row["document"] for row in seen}
    return [d for d in newer if d["id"] not in acknowledged]


async def acknowledge(account: Account) -> int:
    """Record that the member has seen every version in force; returns how many were new."""
    pending = await pending_changes(account)
    if pending:
        async with db.write_transaction():
            await PolicyAcknowledgement.insert(
                *[PolicyAcknowledgement(user=account.id, document=d["id"]) for d in pending]
            )
    return len(pending)


def fill(body: str, settings: Settings) -> str:
    """A document's Markdown with the site's own figures in place of the placeholders."""
    for name, value in (
        ("{site_name}", settings.site_name),
        ("{request_log_days}", str(settings.request_log_days)),
        ("{session_days}", str(settings.session_days)),
    ):
        body = body.replace(name, value)
    return body


def render(body: str, settings: Settings) -> str:
    """A document as safe HTML, with the site's own figures filled in."""
    return render_markdown(fill(body, settings))


def changes(old: str, new: str, context: int = 2) -> list[tuple[str, str]]:
    """The changed lines between two versions, with a little context around each change:
    ("added" | "removed" | "same" | "gap", line)."""
    result: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=old.splitlines(), b=new.splitlines(), autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        if result:
            result.append(("gap", "…"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                result += [("same", line) for line in matcher.a[i1:i2]]
                continue
            result += [("removed", line) for line in matcher.a[i1:i2]]
            result += [("added", line) for line in matcher.b[j1:j2]]
    return result
