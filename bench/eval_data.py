"""Where the shared evaluation data lies: ``shared/eval-data`` beside an ancestor of the repo."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def locate() -> Path | None:
    """The eval-data folder, or None when no ancestor of the repo has one beside it."""
    for parent in (REPO, *REPO.parents):
        candidate = parent / "shared" / "eval-data"
        if candidate.is_dir():
            return candidate
    return None


def find_data(explicit: str | None) -> Path:
    """The eval-data folder: --data, else the one found beside an ancestor of the repo."""
    if explicit:
        return Path(explicit)
    found = locate()
    if found is None:
        raise SystemExit("eval data not found: pass --data DIR")
    return found
