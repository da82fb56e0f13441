"""Where a Markdown post holds code: inline `code`, fenced and indented code blocks.

Posts are Markdown. What is inside code is a program, a log or a config someone is
asking about ("`host: 203.0.113.5`"), not the author's personal data, so the
personal-data findings there are dropped (see ``pii_screen``).
"""

from __future__ import annotations

import re

# A fence opens a block on its own line (up to three spaces in); the same fence closes it.
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)
# Inline code: a run of backticks, then anything up to a run of the same length.
_INLINE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
_INDENTED = re.compile(r"^(?: {4}|\t)[^\n]*(?:\n|$)", re.MULTILINE)


def _may_have_code(text: str) -> bool:
    """Cheap test: a backtick, a tilde fence, or a line indented by four spaces or a tab."""
    return (
        "`" in text
        or "~~~" in text
        or "\n    " in text
        or "\n\t" in text
        or text.startswith(("    ", "\t"))
    )


def _fenced(text: str) -> list[tuple[int, int]]:
    """Fenced blocks, from the opening fence to the end of the closing one (or the text)."""
    out = []
    opened: tuple[int, str] | None = None
    for m in _FENCE.finditer(text):
        fence = m.group(1)
        if opened is None:
            opened = (m.start(), fence)
        elif (
            fence[0] == opened[1][0] and len(fence) >= len(opened[1]) and m.group().strip() == fence
        ):
            out.append((opened[0], m.end()))
            opened = None
    if opened is not None:  # an unclosed fence runs to the end of the post
        out.append((opened[0], len(text)))
    return out


def _indented(text: str, fenced: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Indented blocks: runs of lines indented by four spaces or a tab that start the
    text or follow a blank line (an indented line inside a paragraph continues it)."""
    out: list[list[int]] = []
    for m in _INDENTED.finditer(text):
        s, e = m.span()
        if any(fs <= s < fe for fs, fe in fenced):
            continue
        if out and out[-1][1] == s:  # the next line of the same block
            out[-1][1] = e
        elif s == 0 or _after_blank_line(text, s):
            out.append([s, e])
    return [(s, e) for s, e in out]


def _after_blank_line(text: str, pos: int) -> bool:
    """Whether the line starting at ``pos`` follows a blank (or white) line."""
    prev_end = text.rfind("\n", 0, pos - 1)
    return pos >= 1 and not text[prev_end + 1 : pos - 1].strip()


def code_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, possibly overlapping spans of code in a Markdown text."""
    if not _may_have_code(text):
        return []
    fenced = _fenced(text) if ("```" in text or "~~~" in text) else []
    spans = fenced + _indented(text, fenced)
    if "`" in text:
        for m in _INLINE.finditer(text):
            s, e = m.span()
            if "\n\n" not in m.group(2) and not any(fs <= s < fe for fs, fe in fenced):
                spans.append((s, e))
    return sorted(spans)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the spans."""
    return any(s < end and start < e for s, e in spans)
