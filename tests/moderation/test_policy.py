"""The policy file: typed, immutable, and loud about mistakes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from moderation import Action, Policy, PolicyError, load_policy
from moderation.policy import DEFAULT_POLICY_PATH

MINIMAL = """
[policy]
name = "tiny"

[categories.offensive]
clause = "No slurs."
detectors = ["profanity"]
action = "block"
"""


def test_bundled_policy_has_every_category_of_the_mission(policy: Policy) -> None:
    names = {c.name for c in policy.categories}
    assert {
        "offensive",
        "abusive",
        "indecent",
        "defamatory",
        "obscene",
        "inappropriate",
        "contact_data",
        "financial_data",
        "government_id",
        "spam",
    } <= names
    assert all(c.clause for c in policy.categories)
    assert policy.report_threshold == 3
    assert len(policy.sha256) == 64


def test_personal_information_warns_and_financial_data_is_held_when_confirmed(
    policy: Policy,
) -> None:
    assert policy.category("contact_data").action == Action.WARN
    assert policy.category("contact_data").confirmed_action == Action.ALLOW
    assert policy.category("financial_data").confirmed_action == Action.HOLD


def test_reportable_categories_are_what_members_can_pick(policy: Policy) -> None:
    reportable = {c.name for c in policy.reportable_categories}
    assert "defamatory" in reportable and "offensive" in reportable


def test_a_policy_is_immutable(policy: Policy) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.name = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        policy.categories[0].action = Action.ALLOW  # type: ignore[misc]
    with pytest.raises(TypeError):
        policy.detector_settings["links"] = {}  # type: ignore[index]


def test_a_minimal_policy_loads(write_policy: Callable[[str], Path]) -> None:
    p = load_policy(write_policy(MINIMAL))
    assert p.name == "tiny"
    assert p.category("offensive").action == Action.BLOCK
    assert p.report_threshold == 3


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (('action = "block"', 'action = "hide"'), 8, "unknown action 'hide'"),
        (
            ('detectors = ["profanity"]', 'detectors = ["telepathy"]'),
            7,
            "unknown detector 'telepathy'",
        ),
        (
            ('clause = "No slurs."', 'clause = "No slurs."\ncolour = "red"'),
            7,
            "colour: unknown key",
        ),
        (('name = "tiny"', 'name = "tiny'), 3, "not valid TOML"),
        (('action = "block"', 'action = "warn"'), 8, "only for personal_information"),
    ],
)
def test_invalid_policies_fail_loudly_with_the_line(
    write_policy: Callable[[str], Path], change: tuple[str, str], line: int, message: str
) -> None:
    path = write_policy(MINIMAL.replace(*change))
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    assert err.value.line == line
    assert message in str(err.value)
    assert str(err.value).startswith(f"{path}:{line}: ")


def test_a_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "nope.toml")


def test_a_policy_without_categories_is_an_error(write_policy: Callable[[str], Path]) -> None:
    with pytest.raises(PolicyError, match="at least one category"):
        load_policy(write_policy('[policy]\nname = "empty"\n[categories]\n'))


def test_loading_twice_gives_equal_but_independent_policies() -> None:
    a, b = load_policy(), load_policy()
    assert a is not b
    assert a.sha256 == b.sha256 == load_policy(DEFAULT_POLICY_PATH).sha256
