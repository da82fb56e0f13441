"""Train the word model (bench/train_abuse_model.py, same options) on the second reader's
data: abuse_corpus_a to _x and the everyday sentences as not abuse, less every sentence of
the held-out sets (bench/encoder_data.py). Tried on 2026-12-07 and not shipped: see
train_abuse_model.py's docstring.

    python bench/train_abuse_model_all.py --out /tmp/abuse_model_all.npz
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import encoder_data  # noqa: E402
import train_abuse_model  # noqa: E402

if __name__ == "__main__":
    train_abuse_model.main(encoder_data.labelled() + [(t, 0) for t in encoder_data.everyday()])
