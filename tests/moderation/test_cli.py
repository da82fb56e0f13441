"""`forum moderation scan`: JSON Lines in, one verdict object out per line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from moderation.cli import moderation_group, scan_lines
from moderation.verdict import Context

REPO = Path(__file__).resolve().parents[2]
LINES = [
    '{"id": "a", "text": "you f.u.c.k.i.n.g idiot"}',
    "plain text mailing bob@example.com",
    '{"id": "b", "body": "no text field"}',
    "{not json",
    "",
    '{"id": 7, "text": 42}',
    '"a JSON string is text too"',
    '["a", "list"]',
]


def test_scan_lines_gives_one_object_per_line_in_order() -> None:
    out = list(scan_lines(LINES))
    assert len(out) == len(LINES)
    # The disguised word is censored, and the second reader (profane_from) reads the line as
    # the insult it is: held for harassment, the whole sentence the reader's span.
    assert out[0] == {
        "id": "a",
        "action": "hold",
        "offensive": True,
        "categories": ["harassment", "indecent"],
        "pii": [],
        "censored": "*** ************* *****",
    }
    assert out[1]["id"] == 2 and out[1]["action"] == "warn"
    assert out[1]["pii"] == [{"type": "EMAIL_ADDRESS", "start": 19, "end": 34}]
    assert out[6]["action"] == "allow" and out[6]["censored"] == "a JSON string is text too"


def test_bad_lines_become_error_objects_and_the_scan_goes_on() -> None:
    out = list(scan_lines(LINES))
    errors = {o["line"]: o["error"] for o in out if "error" in o}
    assert errors[3] == "missing text field"
    assert errors[4].startswith("invalid JSON")
    assert errors[5] == "empty line"
    assert errors[6] == "text must be a string"
    assert errors[8].startswith("expected an object")
    assert out[2]["id"] == "b"


def test_invalid_utf8_is_an_error_for_that_line_only() -> None:
    out = list(scan_lines([b'{"text": "ok"}', b"\xff\xfe broken", b"shit"]))
    assert out[0]["action"] == "allow"
    assert out[1]["error"].startswith("not UTF-8")
    assert out[2]["offensive"] is True


def test_the_click_command_reads_a_file_and_a_policy(tmp_path: Path) -> None:
    data = tmp_path / "posts.jsonl"
    data.write_text("\n".join(LINES[:2]) + "\n", encoding="utf-8")
    policy = tmp_path / "strict.toml"
    policy.write_text(
        '[categories.offensive]\nclause = "No profanity."\n'
        'detectors = ["profanity"]\naction = "block"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(moderation_group, ["scan", str(data), "--policy", str(policy)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["action"] for r in rows] == ["block", "allow"]


def test_a_broken_policy_stops_the_scan_with_its_line(tmp_path: Path) -> None:
    policy = tmp_path / "bad.toml"
    policy.write_text('[categories.x]\nclause = "x"\naction = "maybe"\n', encoding="utf-8")
    result = CliRunner().invoke(
        moderation_group, ["scan", "-", "--policy", str(policy)], input="hello\n"
    )
    assert result.exit_code == 1
    assert f"{policy}:3" in result.output and "unknown action 'maybe'" in result.output


def test_the_command_runs_as_a_real_process_on_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "moderation.cli", "scan", "-", "--surface", "chat"],
        input='{"id": 1, "text": "call me at (415) 555-0132"}\nshit\n',
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=True,
    )
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows[0]["pii"][0]["type"] == "PHONE_NUMBER"
    assert rows[1] == {
        "id": 2,
        "action": "censor",
        "offensive": True,
        "categories": ["obscene"],
        "pii": [],
        "censored": "****",
    }
    assert proc.stderr == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class _Pipe(io.BytesIO):
    def fileno(self) -> int:
        raise io.UnsupportedOperation("a pipe has no size")


def test_progress_goes_to_stderr_only_when_it_is_a_terminal(monkeypatch, tmp_path: Path) -> None:
    from moderation import cli

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    data = tmp_path / "posts.txt"
    data.write_bytes(b"one\ntwo\nthree\n")
    with data.open("rb") as f:
        assert list(cli._lines_with_progress(f)) == [b"one\n", b"two\n", b"three\n"]
    assert "scanning" in terminal.getvalue() and "100%" in terminal.getvalue()
    assert list(cli._lines_with_progress(_Pipe(b"a\nb\n"))) == [b"a\n", b"b\n"]


def test_scan_judges_a_body_as_the_forum_does_and_a_title_with_the_rules_alone() -> None:
    """The second reader lifts the rules' hold on a joke in a post, as the forum does; a
    title, which the forum judges with moderate() alone, stays held."""
    joke = ["i'll kill you if you spoil the finale 😂"]
    assert [o["action"] for o in scan_lines(joke, context=Context(surface="post"))] == ["allow"]
    assert [o["action"] for o in scan_lines(joke, context=Context(surface="title"))] == ["hold"]
