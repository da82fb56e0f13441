"""What the second reader decides on the kept-back sixth (bench/train_abuse_encoder.py):
the reader alone, the check of the forum's reader against the trained networks, and the grid
of the policy's thresholds the bundled ones were chosen from (``python
bench/train_abuse_encoder.py --report FILE``)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import numpy as np
import train_abuse_model as base
from encoder_data import everyday

from moderation import Policy, load_policy
from moderation.detectors.abuse_encoder import Encoder
from moderation.detectors.base import Doc


def reader_alone(scores: np.ndarray, labels: np.ndarray) -> str:
    """The reader alone on the kept-back sixth: recall with 1% and 2% of the look-alikes
    flagged, and at a chance of 0.99."""
    abuse, looks = scores[labels > 0], scores[labels == 0]
    parts = [
        f"recall {np.mean(abuse > np.quantile(looks, 1 - share)):.3f} at {share:.0%} look-alikes"
        for share in (0.01, 0.02)
    ]
    parts.append(
        f"at 0.99 recall {np.mean(abuse >= 0.99):.3f}, look-alikes {np.mean(looks >= 0.99):.3f}"
    )
    return "reader alone, kept back: " + ", ".join(parts)


def check_reader(path: Path, texts: list[str], want: np.ndarray) -> None:
    """The forum's reader with the file just written (onnxruntime, then numpy) must give the
    chances the trained networks give."""
    got = 1 - Encoder(path, threads=2).chances([Doc(t).folded for t in texts])[:, 0]
    worst = float(np.abs(got - want).max())
    print(f"the forum's reader vs the trained networks: largest difference of a chance {worst:.2e}")
    if worst > 1e-3:
        raise SystemExit("the forum's reader disagrees with the trained networks")


def memoized(path: Path) -> Encoder:
    """The encoder of a weights file, each text read once however many policies ask."""
    reader = Encoder(path, threads=2)
    memo: dict[tuple[str, ...], np.ndarray] = {}

    def chances(texts: list[str]) -> np.ndarray:
        key = tuple(texts)
        if key not in memo:
            memo[key] = Encoder.chances(reader, texts)
        return memo[key]

    reader.chances = chances  # type: ignore[method-assign]
    return reader


def read_with(readers: dict[Path, Encoder]) -> None:
    """Make the forum's second reader use these encoders, by the weights file it asks for
    (``abuse_encoder.WEIGHTS``, ``abuse_encoder.CONFIRM_WEIGHTS``)."""
    from moderation.detectors import abuse_encoder

    abuse_encoder.shared_encoder.cache_clear()
    abuse_encoder._detector.cache_clear()
    abuse_encoder._confirmer.cache_clear()
    abuse_encoder.shared_encoder = lambda weights=abuse_encoder.WEIGHTS: readers[weights]  # type: ignore[assignment]


def policy_of(text: str) -> Policy:
    """The policy a variant of the bundled file's text describes (written to a temporary
    file, since load_policy reads a file)."""
    file = Path(tempfile.mkdtemp()) / "policy.toml"
    file.write_text(text, encoding="utf-8")
    return load_policy(file)


def report_kept_back(path: Path, check: list[tuple[str, int]]) -> None:
    """What the forum would decide (moderate(), then reread()) on the kept-back sixth, the
    kept-back ordinary sentences, tweets and everyday sentences, for a grid of the policy's
    ``read_from``, ``min_score`` and ``clear_below``, with the head just written."""
    from moderation import moderate, reread
    from moderation.detectors import abuse_encoder
    from moderation.policy import DEFAULT_POLICY_PATH

    read_with({abuse_encoder.WEIGHTS: memoized(path)})
    # One file's figures: the confirming weights (``confirm_from``) are left out.
    source = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    source = re.sub(r"confirm_from = [0-9.]+", "confirm_from = 0", source)
    y = np.array([c for _, c in check])
    sets = {
        "ordinary": base.prose_kept_back(),
        "tweets": base.davidson_kept_back(),
        "everyday": [t for t in everyday() if base.kept_back(t)],
    }
    print(
        f"kept back: {int((y > 0).sum())} abusive, {int((y == 0).sum())} look-alikes, "
        + ", ".join(f"{len(v)} {k}" for k, v in sets.items())
    )
    abuse = {"abuse", "abuse_model", "abuse_encoder"}
    first = {t: moderate(t) for t in [t for t, _ in check] + [t for v in sets.values() for t in v]}
    grid = [
        (r, m, c)
        for r in (0.005, 0.01, 0.02, 0.05)
        for m in (0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.997, 0.998, 0.999)
        for c in (0.2, 0.3, 0.5)
    ]
    for read_from, min_score, clear in grid:
        text = re.sub(r"read_from = [0-9.]+", f"read_from = {read_from}", source)
        text = re.sub(
            r"min_score = [0-9.]+\nclear_below = [0-9.]+",
            f"min_score = {min_score}\nclear_below = {clear}",
            text,
        )
        policy = policy_of(text)

        def flagged(t: str, policy=policy) -> bool:
            v = reread(t, first[t], policy=policy)
            return any(f.detector in abuse for f in v.findings)

        f = np.array([flagged(t) for t, _ in check])
        counts = {k: sum(map(flagged, v)) for k, v in sets.items()}
        # Ordinary sentences the reader holds that moderate() let through.
        added = sum(
            1 for t in sets["ordinary"] if not first[t].findings and flagged(t, policy=policy)
        )
        print(
            f"read_from {read_from:.3f} min_score {min_score:.3f} clear_below {clear:.2f}: "
            f"recall {f[y > 0].mean():.3f}, look-alikes {f[y == 0].mean():.3f}, "
            + ", ".join(f"{k} {n}" for k, n in counts.items())
            + f" (ordinary added by the reader: {added})",
            flush=True,
        )
