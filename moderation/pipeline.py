"""moderate(): run the detectors, map findings to policy categories, take the strongest action."""

from __future__ import annotations

from collections.abc import Iterable

from moderation.detectors.base import Doc
from moderation.engine import NESTED_TYPES, PII_PRIORITY, is_personal
from moderation.messages import redaction, sentence
from moderation.policy import Category, Policy, default_policy
from moderation.verdict import Action, Context, Finding, Reason, Verdict

_DEFAULT_CONTEXT = Context()
_LAST = len(PII_PRIORITY)


def _resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Among overlapping personal-data findings keep the most specific (card over phone)."""
    pii = sorted((f for f in findings if f.type in PII_PRIORITY),
                 key=lambda f: (PII_PRIORITY[f.type], f.start))
    if len(pii) < 2:
        return findings
    kept: list[Finding] = []
    for f in pii:
        if not any(f.start < k.end and k.start < f.end for k in kept):
            kept.append(f)
    dropped = {id(f) for f in pii} - {id(f) for f in kept}
    return [f for f in findings if id(f) not in dropped]


def action_for(category: Category, finding: Finding, context: Context) -> Action:
    """The action a category takes on one finding in this context, as the policy says."""
    action = finding.action if finding.action is not None else category.action
    if finding.action is None:
        for surface, override in category.surfaces:
            if surface == context.surface:
                action = override
        for rule in category.escalate:
            if finding.score >= rule.min_score and rule.action > action:
                action = rule.action
        if context.author_is_new and category.new_author_action is not None:
            action = max(action, category.new_author_action)
    if action == Action.WARN and context.confirmed_disclosure:
        action = category.confirmed_action
    return action


def _route(policy: Policy, f: Finding) -> Category | None:
    """The first category (in policy order) that takes this finding."""
    for cat in policy.engine.routes.get(f.detector, ()):
        if f.detector == "watched_words" or cat.takes(f.detector, f.type):
            return cat if f.score >= cat.min_score else None
    return None


def _censor(text: str, spans: list[tuple[int, int]]) -> str:
    """Mask each span character for character, so offsets stay valid."""
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if not chars[i].isspace():
                chars[i] = "*"
    return "".join(chars)


def moderate(text: str, context: Context | None = None, policy: Policy | None = None) -> Verdict:
    """Moderate one text under a policy: the strongest action, every reason, the findings."""
    policy = policy or default_policy()
    context = context or _DEFAULT_CONTEXT
    doc = Doc(text)
    found: list[Finding] = []
    for detector in policy.engine.detectors:
        found.extend(detector.detect(doc))
    if not found:
        return Verdict(Action.ALLOW, (), (), text, policy.sha256)
    found = _resolve_overlaps(found)
    findings: list[Finding] = []
    reasons: list[Reason] = []
    censor_spans: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: (f.start, -f.end)):
        cat = _route(policy, f)
        if cat is None:
            continue
        f = Finding(f.type, f.start, f.end, f.text, f.detector, cat.name, f.score, f.action,
                    f.detail)
        action = action_for(cat, f, context)
        findings.append(f)
        reasons.append(Reason(cat.name, cat.clause, f.detector, action, f,
                              sentence(f, cat.message), cat.group))
        if action >= Action.CENSOR and not is_personal(cat):
            censor_spans.append((f.start, f.end))
    if not reasons:
        return Verdict(Action.ALLOW, (), (), text, policy.sha256)
    reasons.sort(key=lambda r: (-r.action, r.finding.start if r.finding else 0))
    return Verdict(reasons[0].action, tuple(reasons), tuple(findings),
                   _censor(text, censor_spans), policy.sha256)


def redact(text: str, findings: Iterable[Finding]) -> str:
    """Replace each finding with a mask ("[email removed]", ███) so it is no longer there."""
    spans = sorted(((f.start, f.end, f) for f in findings if 0 <= f.start < f.end <= len(text)),
                   key=lambda t: (t[0], -t[1]))
    out: list[str] = []
    pos = 0
    for start, end, f in spans:
        if f.type in NESTED_TYPES and start < pos:
            continue
        if start < pos:  # overlaps what was already masked: extend the mask
            if end > pos:
                out.append("█" * (end - pos))
                pos = end
            continue
        out.append(text[pos:start])
        out.append(redaction(f))
        pos = end
    out.append(text[pos:])
    return "".join(out)
