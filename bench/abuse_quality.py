"""The abuse figures of bench/quality.py alone: recall and look-alikes flagged on dev,
heldout and the fresh set (bench/moderation.py prints them with every other table).

    python bench/abuse_quality.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import quality  # noqa: E402

from moderation import load_policy  # noqa: E402

if __name__ == "__main__":
    quality.abuse(load_policy())
