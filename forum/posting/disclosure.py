"""The disclosure warning in the composer: findings highlighted in place, one-click redaction."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from forum.desk.moderating import current_policy
from forum.errors import DisclosureRequired
from moderation import Context, moderate, redact


@dataclass(frozen=True)
class Segment:
    """A run of the author's text; ``finding`` is set when the run was flagged."""

    text: str
    finding: dict[str, Any] | None = None


def segments(text: str, findings: list[dict[str, Any]]) -> list[Segment]:
    """Split a text into plain and flagged runs, for <mark> highlighting in the template."""
    out: list[Segment] = []
    pos = 0
    for finding in sorted(findings, key=lambda f: (f["start"], -f["end"])):
        start, end = finding["start"], finding["end"]
        if start < pos or end > len(text):
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], finding))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def warning_context(exc: DisclosureRequired, draft: dict[str, str]) -> dict[str, Any]:
    """Template context for the warning: what was found, where, and why it matters."""
    by_field: dict[str, list[dict[str, Any]]] = {}
    for finding in exc.findings:
        by_field.setdefault(finding.get("field", "body"), []).append(finding)
    return {
        "disclosure": {
            "message": str(exc),
            "findings": exc.findings,
            "fields": {
                name: segments(draft.get(name, ""), found) for name, found in by_field.items()
            },
        }
    }


def redact_draft(draft: dict[str, str], surface: str) -> dict[str, str]:
    """The draft with every piece of personal information masked (the "Redact" button)."""
    policy = current_policy()
    cleaned = dict(draft)
    for name in ("title", "body"):
        text = draft.get(name)
        if text:
            verdict = moderate(text, Context(surface=surface), policy)
            if verdict.pii:
                cleaned[name] = redact(text, verdict.pii)
    return cleaned
