"""moderate(): run the detectors, map findings to policy categories, take the strongest action."""

from __future__ import annotations

import re
from collections.abc import Iterable
from operator import attrgetter

from msgspec.structs import replace

from moderation.detectors.base import Doc, Spans
from moderation.engine import NESTED_TYPES, PII_PRIORITY
from moderation.messages import redaction, sentence
from moderation.policy import Category, Policy
from moderation.policy_parse import default_policy
from moderation.verdict import PERSONAL_INFORMATION, Action, Context, Finding, Reason, Verdict

_DEFAULT_CONTEXT = Context()
_START, _END = attrgetter("start"), attrgetter("end")
_ACTION, _FINDING_START = attrgetter("action"), attrgetter("finding.start")
_NON_SPACE = re.compile(r"\S")
# The detectors whose findings the second reader may clear: the phrase patterns and grammar,
# and the word model.
ABUSE_RULES = frozenset({"abuse", "abuse_model"})


def _resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Among overlapping personal-data findings keep the most specific (card over phone)."""
    pii = [f for f in findings if f.type in PII_PRIORITY]
    if len(pii) < 2:
        return findings
    pii.sort(key=lambda f: (PII_PRIORITY[f.type], f.start))
    kept = Spans()
    dropped = set()
    for f in pii:
        if kept.overlaps(f.start, f.end):
            dropped.add(id(f))
        else:
            kept.add(f.start, f.end)
    return [f for f in findings if id(f) not in dropped] if dropped else findings


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


def _held(found: list[Finding], plan: dict, context: Context) -> bool:
    """Whether a finding already holds the text (or blocks it): the late detectors, which
    read for what the others missed, have nothing to add then."""
    for f in found:
        route = plan.get((f.detector, f.type))
        if (
            route is not None
            and f.score >= route[0].min_score
            and action_for(route[0], f, context) >= Action.HOLD
        ):
            return True
    return False


def _censor(text: str, spans: list[tuple[int, int]]) -> str:
    """Mask each span character for character (spaces kept), so offsets stay valid."""
    if len(spans) == 1:
        s, e = spans[0]
        word = text[s:e]
        if word.isprintable() and " " not in word:
            return f"{text[:s]}{'*' * (e - s)}{text[e:]}"
    parts = []
    pos = 0
    # Conditionals, not max(): the builtin parses its arguments as keywords on each call.
    for s, e in sorted(spans):
        if s < pos:
            s = pos
        parts.append(text[pos:s])
        word = text[s:e]
        parts.append(
            "*" * len(word) if word.isprintable() and " " not in word else _NON_SPACE.sub("*", word)
        )
        if e > pos:
            pos = e
    parts.append(text[pos:])
    return "".join(parts)


def moderate(text: str, context: Context | None = None, policy: Policy | None = None) -> Verdict:
    """Moderate one text under a policy: the strongest action, every reason, the findings."""
    policy = policy or default_policy()
    context = context or _DEFAULT_CONTEXT
    engine = policy.engine
    doc = Doc(text)
    found: list[Finding] = []
    for detector in engine.detectors:
        found += detector.detect(doc)
    if engine.numeric and doc.has_digit:
        for detector in engine.numeric:
            found += detector.detect(doc)
    if engine.late and not (found and _held(found, engine.plan, context)):
        for detector in engine.late:
            found += detector.detect(doc)
    return _judge(text, found, policy, context)


def _judge(text: str, found: list[Finding], policy: Policy, context: Context) -> Verdict:
    """The verdict on a text from its findings: route each to its category, take the
    strongest action, mask what the policy censors."""
    if not found:
        return Verdict(Action.ALLOW, (), (), text, policy.sha256)
    if len(found) > 1:
        found = _resolve_overlaps(found)
        # By start, the longest first: two stable sorts on C key functions.
        found.sort(key=_END, reverse=True)
        found.sort(key=_START)
    plan = policy.engine.plan
    findings: list[Finding] = []
    reasons: list[Reason] = []
    censor_spans: list[tuple[int, int]] = []
    default = context is _DEFAULT_CONTEXT or context == _DEFAULT_CONTEXT
    for f in found:
        route = plan.get((f.detector, f.type))
        if route is None:
            continue
        cat, name, message, static, content = route
        if f.score < cat.min_score:
            continue
        if f.category != name:
            f = replace(f, category=name)
        if static is None or f.action is not None or not default:
            action = action_for(cat, f, context)
        else:
            action = static
        findings.append(f)
        reasons.append(
            Reason(
                name,
                cat.clause,
                f.detector,
                action,
                f,
                message or sentence(f, cat.message),
                cat.group,
            )
        )
        if action and content:  # censor or stronger
            censor_spans.append((f.start, f.end))
    if not reasons:
        return Verdict(Action.ALLOW, (), (), text, policy.sha256)
    if len(reasons) > 1:  # the strongest first, then by position: two stable sorts
        reasons.sort(key=_FINDING_START)
        reasons.sort(key=_ACTION, reverse=True)
    censored = _censor(text, censor_spans) if censor_spans else text
    return Verdict(reasons[0].action, tuple(reasons), tuple(findings), censored, policy.sha256)


def censored_only(text: str, verdict: Verdict) -> str:
    """The text with only the words the policy censors masked: for a held text, what goes
    public if a moderator approves it (the held words are theirs to judge, the masked ones
    stay masked)."""
    if verdict.action == Action.CENSOR:
        return verdict.censored
    spans = [
        (r.finding.start, r.finding.end)
        for r in verdict.reasons
        if r.action == Action.CENSOR and r.finding is not None and r.group != PERSONAL_INFORMATION
    ]
    return _censor(text, spans) if spans else text


def redact(text: str, findings: Iterable[Finding]) -> str:
    """Replace each finding with a mask ("[email removed]", ███) so it is no longer there."""
    return redact_spans(text, findings)[0]


def redact_spans(text: str, findings: Iterable[Finding]) -> tuple[str, list[tuple[int, int]]]:
    """The redacted text and where each mask landed in it."""
    spans = sorted(
        ((f.start, f.end, f) for f in findings if 0 <= f.start < f.end <= len(text)),
        key=lambda t: (t[0], -t[1]),
    )
    out: list[str] = []
    masks: list[tuple[int, int]] = []
    size = pos = 0
    for start, end, f in spans:
        if start < pos:  # inside what is already masked (the zip of an address): extend
            if end > pos and f.type not in NESTED_TYPES:
                fill = "█" * (end - pos)
                out.append(fill)
                masks[-1] = (masks[-1][0], masks[-1][1] + len(fill))
                size += len(fill)
                pos = end
            continue
        out.append(text[pos:start])
        size += start - pos
        mask = redaction(f)
        out.append(mask)
        masks.append((size, size + len(mask)))
        size += len(mask)
        pos = end
    out.append(text[pos:])
    return "".join(out), masks


def reread(
    text: str, verdict: Verdict, context: Context | None = None, policy: Policy | None = None
) -> Verdict:
    """The second reader (``detectors/abuse_encoder.py``) on a text ``moderate()`` judged.

    It reads a post in context, which costs milliseconds, so the forum calls it in a worker
    thread after ``moderate()``, and only when its answer can change the verdict:

    - the abuse rules alone hold the text: below the policy's ``clear_below`` chance of abuse
      (by either reader, with ``confirm_from`` set) their findings are dropped (the
      joke, the quote, the film plot), the rest stands;
    - nothing holds it and the word model sees at least ``read_from`` chance of abuse, or it
      has at most ``read_short`` words: the reader's findings, at or above ``min_score``, are
      added;
    - another detector holds it (a slur, a watched word, spam) and the policy sets
      ``read_held``: the reader's findings are added, so that abuse in it is named too
      (from ``profane_from`` when the profanity lexicon flags a word of it, as below);
    - nothing holds it but the profanity lexicon censors a word of it and the policy sets
      ``profane_from``: it is read whatever the word model says, and the reader's findings
      count from that chance (a vulgar word aimed at someone);
    - nothing holds it but it has a finding of a category of ``read_disclosures`` (someone's
      address or number): it is read whatever the word model says (doxxing with no threat
      word in it).

    Without ``[detectors.abuse_encoder]`` in the policy, the verdict is returned unchanged.
    """
    policy = policy or default_policy()
    context = context or _DEFAULT_CONTEXT
    second = policy.engine.second
    if second is None or verdict.action == Action.BLOCK:
        return verdict
    holding = [r for r in verdict.reasons if r.action >= Action.HOLD]
    abuse_named = any(f.detector in ABUSE_RULES for f in verdict.findings)
    profane = any(f.detector == "profanity" for f in verdict.findings)
    if holding:
        if not all(r.detector in ABUSE_RULES for r in holding):
            # Held anyway (a slur, a watched word, spam): read it so that abuse in it is named.
            if abuse_named or not second.read_held:
                return verdict
            return _with(text, verdict, second.detect(Doc(text), profane), policy, context)
        if second.upholds(Doc(text)):
            return verdict
        kept = [f for f in verdict.findings if f.detector not in ABUSE_RULES]
        return _judge(text, kept, policy, context)
    if abuse_named:
        return verdict
    doc = Doc(text)  # the gate and the reader share its folded form
    if not second.reads(doc, profane, frozenset(r.category for r in verdict.reasons)):
        return verdict
    return _with(text, verdict, second.detect(doc, profane), policy, context)


def _with(
    text: str, verdict: Verdict, found: list[Finding], policy: Policy, context: Context
) -> Verdict:
    """The verdict with the second reader's findings added (unchanged without any)."""
    if not found:
        return verdict
    return _judge(text, [*verdict.findings, *found], policy, context)
