"""Fixtures for the moderation tests: the bundled policy and small custom policies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from moderation import Policy, default_policy, load_policy
from moderation.policy import DEFAULT_POLICY_PATH


@pytest.fixture(scope="session")
def policy() -> Policy:
    """The bundled default policy (loaded once; a Policy is immutable)."""
    return default_policy()


@pytest.fixture
def write_policy(tmp_path: Path) -> Callable[[str], Path]:
    """Write a policy file and return its path."""

    def write(text: str, name: str = "policy.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def policy_with(write_policy: Callable[[str], Path]) -> Callable[[str], Policy]:
    """The bundled policy with extra TOML appended (e.g. watched words), loaded."""
    base = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")

    def make(extra: str, replace: tuple[str, str] | None = None) -> Policy:
        text = base if replace is None else base.replace(*replace)
        return load_policy(write_policy(text + "\n" + extra))

    return make
