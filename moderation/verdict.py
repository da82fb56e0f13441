"""The values moderation returns: actions, findings, reasons and the verdict.

Immutable msgspec Structs: cheap to build on the hot path, and they serialise directly
(``msgspec.json.encode(verdict)``) for the web app and the moderation log.
"""

from __future__ import annotations

import enum

import msgspec

# Category groups: which kind of policy clause a category belongs to.
OFFENSIVE_CONTENT = "offensive_content"
PERSONAL_INFORMATION = "personal_information"
SPAM = "spam"


class Action(enum.IntEnum):
    """What happens to a message; ordered by strength, the verdict takes the strongest."""

    ALLOW = 0
    CENSOR = 1
    WARN = 2
    HOLD = 3
    BLOCK = 4

    @property
    def label(self) -> str:
        """The name used in policy files ("allow", "censor", ...)."""
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Action:
        """Read an action from its policy-file name; raises ValueError on an unknown name."""
        try:
            return cls[name.strip().upper()]
        except KeyError:
            names = ", ".join(a.label for a in cls)
            raise ValueError(f"unknown action {name!r} (expected one of: {names})") from None


class Finding(msgspec.Struct, frozen=True):
    """One thing a detector found, with offsets into the original text."""

    type: str
    start: int
    end: int
    text: str
    detector: str
    category: str
    score: float = 1.0
    # Set by watched-word lists, whose list name decides the action, not the category.
    action: Action | None = None
    # Detector-specific detail (lexicon label, severity ...) as sorted (key, value) pairs.
    detail: tuple[tuple[str, str], ...] = ()


class Reason(msgspec.Struct, frozen=True):
    """Why a verdict was reached: the policy clause and the finding that triggered it."""

    category: str
    clause: str
    detector: str
    action: Action
    finding: Finding | None
    message: str
    group: str = OFFENSIVE_CONTENT


class Context(msgspec.Struct, frozen=True):
    """Where and by whom a text is posted; policies may act differently per surface."""

    surface: str = "post"
    confirmed_disclosure: bool = False
    author_is_new: bool = False


class Verdict(msgspec.Struct, frozen=True):
    """The outcome of moderating one text."""

    action: Action
    reasons: tuple[Reason, ...]
    findings: tuple[Finding, ...]
    censored: str
    policy_hash: str = ""

    @property
    def offensive(self) -> bool:
        """True when any offensive-content category fired."""
        return any(r.group == OFFENSIVE_CONTENT for r in self.reasons)

    @property
    def categories(self) -> tuple[str, ...]:
        """The categories that fired, strongest first, each once."""
        return tuple(dict.fromkeys(r.category for r in self.reasons))

    @property
    def pii(self) -> tuple[Finding, ...]:
        """Findings that belong to personal-information categories."""
        names = {r.category for r in self.reasons if r.group == PERSONAL_INFORMATION}
        return tuple(f for f in self.findings if f.category in names)

    @property
    def disclosure(self) -> bool:
        """True when the verdict asks the author to confirm a disclosure of personal data."""
        return self.action == Action.WARN

    @property
    def primary_reason(self) -> Reason | None:
        """The reason behind the verdict's action (the strongest), if any."""
        return self.reasons[0] if self.reasons else None
