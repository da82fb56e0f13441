"""Where bench scripts find the shared evaluation data."""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def eval_data() -> Path:
    """shared/eval-data beside an ancestor of the repo."""
    for parent in (REPO, *REPO.parents):
        candidate = parent / "shared" / "eval-data"
        if candidate.is_dir():
            return candidate
    raise SystemExit("eval data not found")


def davidson_texts(split: str = "dev") -> list[str]:
    """The texts of davidson_<split>.jsonl, in file order."""
    with (eval_data() / f"davidson_{split}.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]
