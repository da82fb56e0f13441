"""Moderation engine: text in, verdict out. Pure Python, no web imports."""

from moderation.pipeline import censored_only, moderate, redact, reread
from moderation.policy import Category, Policy, PolicyError
from moderation.policy_parse import default_policy, load_policy
from moderation.verdict import Action, Context, Finding, Reason, Verdict

__all__ = [
    "Action",
    "Category",
    "Context",
    "Finding",
    "Policy",
    "PolicyError",
    "Reason",
    "Verdict",
    "censored_only",
    "default_policy",
    "load_policy",
    "moderate",
    "redact",
    "reread",
]
