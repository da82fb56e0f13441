"""The policy as typed, immutable objects; reading a file into them is ``policy_parse``."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from moderation.verdict import OFFENSIVE_CONTENT, PERSONAL_INFORMATION, SPAM, Action

DEFAULT_POLICY_PATH = Path(__file__).with_name("default_policy.toml")
GROUPS = (OFFENSIVE_CONTENT, PERSONAL_INFORMATION, SPAM)
DETECTORS = (
    "profanity",
    "abuse",
    "abuse_model",
    "abuse_encoder",
    "watched_words",
    "email",
    "phone",
    "address",
    "card",
    "iban",
    "bank",
    "national_id",
    "ip",
    "dob",
    "passport",
    "links",
)
_TOP_KEYS = {"policy", "reports", "detectors", "categories", "watched_words"}
_CATEGORY_KEYS = {
    "title",
    "group",
    "clause",
    "detectors",
    "types",
    "action",
    "confirmed_action",
    "reportable",
    "surfaces",
    "escalate",
    "new_author_action",
    "min_score",
    "message",
}
_WATCH_LISTS = ("block", "hold", "warn", "censor", "allow")


class PolicyError(ValueError):
    """A policy file that cannot be used, with the file, line and the problem."""

    def __init__(self, source: str, line: int | None, problem: str) -> None:
        self.source, self.line, self.problem = source, line, problem
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True, slots=True)
class Escalation:
    """A stronger action for findings scoring at least ``min_score``."""

    min_score: float
    action: Action


@dataclass(frozen=True, slots=True)
class Category:
    """One clause of the content policy and what the forum does about it."""

    name: str
    title: str
    clause: str
    group: str
    action: Action
    confirmed_action: Action
    reportable: bool
    detectors: tuple[str, ...]
    types: tuple[str, ...] = ()
    min_score: float = 0.0
    escalate: tuple[Escalation, ...] = ()
    surfaces: tuple[tuple[str, Action], ...] = ()
    new_author_action: Action | None = None
    message: str = ""

    def takes(self, detector: str, type_: str) -> bool:
        """Whether a finding of this detector and type belongs to this category."""
        return detector in self.detectors and (not self.types or type_ in self.types)


@dataclass(frozen=True, slots=True)
class WatchedWords:
    """Discourse-style word lists: one per action, plus words never to flag."""

    category: str = "inappropriate"
    lists: tuple[tuple[Action, tuple[str, ...]], ...] = ()
    allow: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Policy:
    """A loaded policy: categories, detector settings and the compiled detectors."""

    name: str
    version: str
    source: str
    sha256: str
    categories: tuple[Category, ...]
    report_threshold: int
    detector_settings: Mapping[str, Mapping[str, Any]]
    watched_words: WatchedWords
    engine: Any = field(default=None, compare=False, repr=False)

    def category(self, name: str) -> Category:
        """The category with this name; KeyError if the policy has none."""
        for c in self.categories:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def reportable_categories(self) -> tuple[Category, ...]:
        """Categories a member can pick when reporting a post."""
        return tuple(c for c in self.categories if c.reportable)


def _line_of(text: str, table: str, key: str | None = None) -> int | None:
    """The line of ``key`` inside ``[table]`` (or of the table header) in the source."""
    lines = text.splitlines()
    header = re.compile(r"^\s*\[\s*" + re.escape(table).replace(r"\.", r"\s*\.\s*") + r"\s*\]")
    start = next((i for i, ln in enumerate(lines) if header.match(ln)), None)
    if start is None:
        key_rx = re.compile(r"^\s*" + re.escape(table.split(".")[-1]) + r"\s*=")
        found = next((i for i, ln in enumerate(lines) if key_rx.match(ln)), None)
        return found + 1 if found is not None else None
    if key is None:
        return start + 1
    key_rx = re.compile(r"^\s*" + re.escape(key) + r"\s*=")
    for i in range(start + 1, len(lines)):
        if lines[i].lstrip().startswith("["):
            break
        if key_rx.match(lines[i]):
            return i + 1
    return start + 1
