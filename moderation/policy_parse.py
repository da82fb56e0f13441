"""Reading a policy file: TOML decoded, every key checked (errors point at their line), and
the Policy handed to the engine builder. ``load_policy`` is the way in."""

from __future__ import annotations

import functools
import hashlib
import re
import tomllib
from pathlib import Path
from types import MappingProxyType
from typing import Any

from moderation.engine import build_engine
from moderation.policy import (
    _CATEGORY_KEYS,
    _TOP_KEYS,
    _WATCH_LISTS,
    DEFAULT_POLICY_PATH,
    DETECTORS,
    GROUPS,
    Category,
    Escalation,
    Policy,
    PolicyError,
    WatchedWords,
    _line_of,
)
from moderation.verdict import PERSONAL_INFORMATION, Action


class _Checker:
    """Raises PolicyError for the first problem, located in the source text."""

    def __init__(self, text: str, source: str) -> None:
        self.text, self.source = text, source

    def fail(self, table: str, key: str | None, problem: str) -> PolicyError:
        """An error for ``table.key`` at its line in the file."""
        name = f"{table}.{key}" if key else table
        return PolicyError(self.source, _line_of(self.text, table, key), f"{name}: {problem}")

    def action(self, table: str, key: str, value: Any) -> Action:
        """An action name, or an error naming the valid ones."""
        if not isinstance(value, str):
            raise self.fail(table, key, f"expected an action name, got {value!r}")
        try:
            return Action.parse(value)
        except ValueError as e:
            raise self.fail(table, key, str(e)) from None

    def typed(
        self, table: str, key: str, value: Any, kind: type | tuple[type, ...], what: str
    ) -> Any:
        """A value of the expected TOML type."""
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(table, key, f"expected {what}, got {value!r}")
        return value

    def strings(self, table: str, key: str, value: Any) -> tuple[str, ...]:
        """A list of strings."""
        self.typed(table, key, value, list, "a list of strings")
        if not all(isinstance(v, str) for v in value):
            raise self.fail(table, key, "expected a list of strings")
        return tuple(value)


def _category(chk: _Checker, name: str, body: Any) -> Category:
    """One [categories.NAME] table."""
    table = f"categories.{name}"
    chk.typed("categories", name, body, dict, "a table")
    for key in body:
        if key not in _CATEGORY_KEYS:
            raise chk.fail(
                table, key, f"unknown key (expected one of: {', '.join(sorted(_CATEGORY_KEYS))})"
            )
    for key in ("clause", "action"):
        if key not in body:
            raise chk.fail(table, None, f"missing required key {key!r}")
    group = body.get("group", "offensive_content")
    if group not in GROUPS:
        raise chk.fail(
            table, "group", f"unknown group {group!r} (expected one of: {', '.join(GROUPS)})"
        )
    detectors = chk.strings(table, "detectors", body.get("detectors", []))
    for d in detectors:
        if d not in DETECTORS:
            raise chk.fail(
                table,
                "detectors",
                f"unknown detector {d!r} (expected one of: {', '.join(DETECTORS)})",
            )
    action = chk.action(table, "action", body["action"])
    confirmed = chk.action(table, "confirmed_action", body.get("confirmed_action", "allow"))
    escalate = []
    for rule in chk.typed(table, "escalate", body.get("escalate", []), list, "a list"):
        if not isinstance(rule, dict) or set(rule) != {"min_score", "action"}:
            raise chk.fail(table, "escalate", "each rule needs exactly min_score and action")
        score = chk.typed(table, "escalate", rule["min_score"], (int, float), "a number")
        escalate.append(Escalation(float(score), chk.action(table, "escalate", rule["action"])))
    surfaces = chk.typed(table, "surfaces", body.get("surfaces", {}), dict, "a table")
    min_score = chk.typed(table, "min_score", body.get("min_score", 0.0), (int, float), "a number")
    if not 0.0 <= min_score <= 1.0:
        raise chk.fail(table, "min_score", "must be between 0 and 1")
    new_author = body.get("new_author_action")
    return Category(
        name=name,
        title=chk.typed(
            table, "title", body.get("title", name.replace("_", " ").title()), str, "a string"
        ),
        clause=chk.typed(table, "clause", body["clause"], str, "a string"),
        group=group,
        action=action,
        confirmed_action=confirmed,
        reportable=chk.typed(
            table, "reportable", body.get("reportable", True), bool, "true or false"
        ),
        detectors=detectors,
        types=chk.strings(table, "types", body.get("types", [])),
        min_score=float(min_score),
        escalate=tuple(escalate),
        surfaces=tuple((k, chk.action(table, "surfaces", v)) for k, v in surfaces.items()),
        new_author_action=(
            chk.action(table, "new_author_action", new_author) if new_author is not None else None
        ),
        message=chk.typed(table, "message", body.get("message", ""), str, "a string"),
    )


def _watched(chk: _Checker, body: Any, names: set[str]) -> WatchedWords:
    """The [watched_words] table."""
    chk.typed("watched_words", None, body, dict, "a table")
    lists = []
    for key, value in body.items():
        if key == "category":
            if value not in names:
                raise chk.fail("watched_words", key, f"no category named {value!r}")
        elif key in _WATCH_LISTS:
            words = chk.strings("watched_words", key, value)
            if key != "allow" and words:
                lists.append((Action.parse(key), words))
        else:
            raise chk.fail(
                "watched_words",
                key,
                f"unknown key (expected category or one of: {', '.join(_WATCH_LISTS)})",
            )
    return WatchedWords(
        category=body.get("category", "inappropriate"),
        lists=tuple(lists),
        allow=tuple(body.get("allow", ())),
    )


def parse_policy(data: dict[str, Any], text: str, source: str, sha256: str) -> Policy:
    """Check a decoded policy file and build the Policy (without its engine)."""
    chk = _Checker(text, source)
    for key in data:
        if key not in _TOP_KEYS:
            raise PolicyError(
                source,
                _line_of(text, key),
                f"{key}: unknown section (expected one of: {', '.join(sorted(_TOP_KEYS))})",
            )
    meta = chk.typed("policy", None, data.get("policy", {}), dict, "a table")
    cats_raw = chk.typed("categories", None, data.get("categories"), dict, "a table")
    if not cats_raw:
        raise PolicyError(source, None, "categories: a policy needs at least one category")
    categories = tuple(_category(chk, n, b) for n, b in cats_raw.items())
    for c in categories:
        if c.action == Action.WARN and c.group != PERSONAL_INFORMATION:
            raise chk.fail(
                f"categories.{c.name}",
                "action",
                "warn asks the author to confirm a disclosure: only for "
                "personal_information categories",
            )
    reports = chk.typed("reports", None, data.get("reports", {}), dict, "a table")
    hide_after = chk.typed(
        "reports", "hide_after", reports.get("hide_after", 3), int, "a whole number"
    )
    if hide_after < 1:
        raise chk.fail("reports", "hide_after", "must be at least 1")
    settings = chk.typed("detectors", None, data.get("detectors", {}), dict, "a table")
    for name, conf in settings.items():
        if name not in DETECTORS:
            raise chk.fail("detectors", name, f"unknown detector {name!r}")
        chk.typed("detectors", name, conf, dict, "a table")
    names = {c.name for c in categories}
    watched = _watched(chk, data.get("watched_words", {}), names)
    return Policy(
        name=chk.typed("policy", "name", meta.get("name", "unnamed policy"), str, "a string"),
        version=str(meta.get("version", "")),
        source=source,
        sha256=sha256,
        categories=categories,
        report_threshold=hide_after,
        detector_settings=MappingProxyType(
            {k: MappingProxyType(dict(v)) for k, v in settings.items()}
        ),
        watched_words=watched,
    )


def load_policy(path: str | Path | None = None) -> Policy:
    """Load and validate a policy file; ``None`` loads the bundled default."""
    p = Path(path) if path is not None else DEFAULT_POLICY_PATH
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise PolicyError(str(p), None, f"cannot read policy file: {e.strerror}") from None
    text = raw.decode("utf-8", errors="replace")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        m = re.search(r"line (\d+)", str(e))
        raise PolicyError(str(p), int(m.group(1)) if m else None, f"not valid TOML: {e}") from None
    policy = parse_policy(data, text, str(p), hashlib.sha256(raw).hexdigest())
    object.__setattr__(policy, "engine", build_engine(policy, text))
    return policy


@functools.cache
def default_policy() -> Policy:
    """The bundled policy, loaded once per process (a Policy is immutable)."""
    return load_policy(None)
