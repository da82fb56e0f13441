"""``forum moderation scan``: moderate JSON Lines (or plain text lines) with a policy.

The web app mounts ``moderation_group`` as ``forum moderation``; ``python -m
moderation.cli scan`` runs the same command stand-alone. Moderators use it to dry-run a
policy on exported posts: each text is judged as the forum judges a post's body,
``moderate()`` and then the second reader (``reread``); a title or a user name, which the
forum judges with ``moderate()`` alone, is judged so here too.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

import click

from moderation.pipeline import moderate, reread
from moderation.policy import Policy, PolicyError
from moderation.policy_parse import default_policy, load_policy
from moderation.verdict import Context, Verdict


def verdict_record(ident: Any, verdict: Verdict) -> dict[str, Any]:
    """The output object for one moderated text."""
    return {
        "id": ident,
        "action": verdict.action.label,
        "offensive": verdict.offensive,
        "categories": list(verdict.categories),
        "pii": [{"type": f.type, "start": f.start, "end": f.end} for f in verdict.pii],
        "censored": verdict.censored,
    }


def _parse(line: str, number: int) -> tuple[Any, str | None, str | None]:
    """(id, text, error) for one input line."""
    stripped = line.strip()
    if not stripped:
        return number, None, "empty line"
    if stripped[0] not in '{["':
        return number, line.rstrip("\r\n"), None  # plain text
    try:
        obj = json.loads(stripped)
    except json.JSONDecodeError as e:
        return number, None, f"invalid JSON: {e.msg} at column {e.colno}"
    if isinstance(obj, str):
        return number, obj, None
    if not isinstance(obj, dict):
        return number, None, f"expected an object with a text field, got {type(obj).__name__}"
    ident = obj.get("id", number)
    text = obj.get("text")
    if not isinstance(text, str):
        problem = "missing text field" if text is None else "text must be a string"
        return ident, None, problem
    return ident, text, None


# Surfaces the forum judges with moderate() alone (the second reader reads bodies).
FIRST_STAGE_ONLY = frozenset({"title", "username"})


def judge(text: str, policy: Policy, context: Context | None = None) -> Verdict:
    """What the forum decides for a text on this surface."""
    verdict = moderate(text, context, policy)
    if context is not None and context.surface in FIRST_STAGE_ONLY:
        return verdict
    return reread(text, verdict, context, policy)


def scan_lines(
    lines: Iterable[str | bytes], policy: Policy | None = None, context: Context | None = None
) -> Iterator[dict[str, Any]]:
    """Judge each line (JSON object with ``text`` and optional ``id``, or plain text) as
    the forum would on the context's surface; a bad line yields an error object and the
    scan goes on."""
    policy = policy or default_policy()
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                yield {"id": number, "line": number, "error": f"not UTF-8: {e.reason}"}
                continue
        ident, text, error = _parse(raw, number)
        if error is not None:
            yield {"id": ident, "line": number, "error": error}
            continue
        yield verdict_record(ident, judge(text, policy, context))


def _lines_with_progress(stream: BinaryIO) -> Iterator[bytes]:
    """Lines of the input, with a progress bar on stderr when stderr is a terminal
    (by bytes for a file, a running count for a pipe)."""
    if not sys.stderr.isatty():
        yield from stream
        return
    try:
        total = os.fstat(stream.fileno()).st_size or None
    except (OSError, ValueError):
        total = None
    if total is None:
        with click.progressbar(stream, file=sys.stderr, label="scanning") as lines:
            yield from lines
        return
    with click.progressbar(length=total, file=sys.stderr, label="scanning") as bar:
        for line in stream:
            bar.update(len(line))
            yield line


@click.group("moderation", help="Moderation engine commands.")
def moderation_group() -> None:
    """The ``forum moderation`` command group."""


@moderation_group.command("scan")
@click.argument("source", type=click.File("rb"), default="-")
@click.option(
    "--policy",
    "policy_path",
    type=click.Path(dir_okay=False),
    help="Policy file (TOML); default: the bundled policy.",
)
@click.option(
    "--surface",
    default="post",
    show_default=True,
    help="Where the texts are posted: post, chat, newsgroup, board, title ...",
)
def scan(source: BinaryIO, policy_path: str | None, surface: str) -> None:
    """Moderate SOURCE (JSON Lines or plain text, '-' for stdin), one JSON object out
    per line in."""
    try:
        policy = load_policy(policy_path) if policy_path else default_policy()
    except PolicyError as e:
        raise click.ClickException(str(e)) from None
    for record in scan_lines(_lines_with_progress(source), policy, Context(surface=surface)):
        click.echo(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    moderation_group()
