"""The second reader's head in PyTorch, and the batches it is trained on (bench only).

Used by ``train_abuse_encoder.py``, which trains the heads with the encoder's top layers. The
forum runs the trained heads with numpy (``moderation/detectors/abuse_encoder.py``, ``Head``).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import torch
from torch import nn


class Head(nn.Module):
    """Per window width, a convolution over that many tokens (ReLU, max over the text),
    beside the mean of the states; dropout; one product to the classes' logits."""

    def __init__(
        self, width: int, filters: int, widths: Sequence[int], dropout: float, classes: int
    ) -> None:
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.convs = nn.ModuleList(nn.Conv1d(width, filters, k, padding=k // 2) for k in widths)
        self.out = nn.Linear(len(widths) * filters + width, classes)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        m = mask.unsqueeze(-1)
        x = self.drop(x)
        mean = (x * m).sum(1) / m.sum(1)
        tops = [
            torch.relu(conv(x.transpose(1, 2))).transpose(1, 2).masked_fill(m == 0, 0)
            for conv in self.convs
        ]
        tops = [t.max(1).values for t in tops]
        return self.out(self.drop(torch.cat((*tops, mean), 1)))


def length_batches(rows: list, rng: random.Random, size: int) -> list[list]:
    """Batches of rows (states first) of about the same length, less padding to compute, in
    a random order: the rows are shuffled, sorted by length in groups of 50 batches."""
    rows = rows[:]
    rng.shuffle(rows)
    out = []
    for g in range(0, len(rows), size * 50):
        group = sorted(rows[g : g + size * 50], key=lambda r: len(r[0]))
        out += [group[b : b + size] for b in range(0, len(group), size)]
    rng.shuffle(out)
    return out
