"""Abuse read by a small model that knows English words: what the phrase patterns and the
grammar of ``abuse.py`` miss because it is said in words no rule lists.

The words come from WordLlama's token embeddings (``wordllama`` on PyPI, MIT: 32,000
tokens x 256 numbers, distilled from large language models), which place "throat" near
"neck" and "houseplant" near "cactus". On top of them sits a one-layer convolution over
three tokens at a time, trained by ``bench/train_abuse_model.py`` on the project's own
labelled sentences; its weights are ``lexicon/abuse_model.npz``. It reads each sentence of
a text and gives the chance of each abuse family; the policy decides from which chance a
finding counts (``min_score`` of the four abuse categories).

Plain numpy at run time: one table lookup, two sums, a max and one small product per text.
"""

from __future__ import annotations

import math
import re
import tomllib
from functools import lru_cache
from pathlib import Path

import numpy as np

from moderation.detectors.abuse import ABUSE_PHRASES
from moderation.detectors.abuse_rules import Memo
from moderation.detectors.base import Doc, finding
from moderation.verdict import Finding

WEIGHTS = Path(__file__).parents[1] / "lexicon" / "abuse_model.npz"
FAMILIES = ("THREAT", "SELF_HARM", "HARASSMENT", "DOXXING")
# What a moderator reads for each family: the labels of lexicon/abuse.toml, shared with the
# phrase patterns.
LABELS = {
    family: spec["label"]
    for family, spec in tomllib.loads(ABUSE_PHRASES.read_text(encoding="utf-8"))["families"].items()
}
# A sentence ends after one of these, or at a line break (the second reader cuts its
# pieces at the same places).
SENTENCE = re.compile(r"[^\n.!?]*[.!?]+|[^\n.!?]+")
MAX_TOKENS = 64  # a sentence is read up to here
MAX_SENTENCES = 40  # and a text up to here (a long post's first screens)
FLOOR = 0.5  # below this chance nothing is reported; the policy's thresholds sit above


def vocabulary() -> tuple[object, np.ndarray]:
    """WordLlama's tokenizer and its token embeddings (float16), read from the package."""
    from importlib.util import find_spec

    from safetensors import safe_open
    from tokenizers import Tokenizer

    # The package's files, without running its __init__ (which pulls in requests and
    # pydantic for downloads this reader never makes).
    spec = find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the abuse model needs the wordllama package")
    root = Path(next(iter(spec.submodule_search_locations)))
    tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    with safe_open(str(root / "weights" / "l2_supercat_256.safetensors"), framework="np") as f:
        table = f.get_tensor("embedding.weight")
    return tokenizer, table


def token_ids(tokenizer: object, chunk: str) -> tuple[int, ...]:
    """The tokens of one whitespace-separated piece of folded text (without <s>)."""
    return tuple(tokenizer.encode(chunk, add_special_tokens=False).ids)  # type: ignore[attr-defined]


class Model:
    """The trained weights, folded into per-token tables at load.

    A convolution over tokens (t-1, t, t+1) is a sum of three per-token rows, one per
    window position, and the mean's share of the output is the mean of one more per-token
    row: multiplying the token table by the weights once at load leaves a table lookup, two
    sums, a max and one small product per text at run time.
    """

    def __init__(self, path: Path = WEIGHTS) -> None:
        tokenizer, table = vocabulary()
        with np.load(path) as w:
            proj, conv_w, conv_b = w["proj"], w["conv_w"], w["conv_b"]
            out_w, out_b = w["out_w"], w["out_b"]
            self.cues = frozenset(w["cues"].tolist()) if "cues" in w else None
        width = proj.shape[1]
        k, filters = conv_w.shape[0] // width, conv_w.shape[1]
        if k != 3:
            raise ValueError(f"{path}: the reader expects windows of 3 tokens, not {k}")
        # One row per token: its part as the left, middle and right token of a window (the
        # bias goes with the middle: every window has one), then, if the model reads the
        # sentence's mean too, its part of the logits through the mean. Built a block of
        # tokens at a time, so that no table-sized temporary is ever made.
        self.mean = out_w.shape[0] > filters
        weights = [conv_w[j * width : (j + 1) * width] for j in range(k)]
        if self.mean:
            weights.append(out_w[filters:])
        joined = np.concatenate(weights, axis=1).astype(np.float32)
        rows = np.empty((len(table) + 1, joined.shape[1]), np.float32)
        for lo in range(0, len(table), 4096):
            block = table[lo : lo + 4096].astype(np.float32) @ proj
            np.matmul(block, joined, out=rows[lo : lo + len(block)])
        rows[: len(table), filters : 2 * filters] += conv_b
        # The last row stands for "no token" before, between and after sentences: nothing as
        # a neighbour, and a window centred on it so low that no max takes it.
        rows[-1] = 0.0
        rows[-1, filters : 2 * filters] = -1e9
        self.rows = rows
        self.end = len(self.rows) - 1
        self.filters = filters
        self.out_w = np.ascontiguousarray(out_w[:filters])
        self.out_b = out_b
        self.tokenizer = tokenizer

    def logits(self, sentences: list[list[int]]) -> np.ndarray:
        """Per sentence (token ids, none empty), the scores of (none, THREAT, SELF_HARM,
        HARASSMENT, DOXXING) before the softmax: all sentences of a text in one pass.

        A handful of numpy calls per text, whatever its number of sentences.
        """
        f, end = self.filters, self.end
        ids: list[int] = [end]
        starts, counts = [], []
        for s in sentences:
            starts.append(len(ids) - 1)
            counts.append(len(s))
            ids += s
            ids.append(end)
        g = self.rows.take(ids, axis=0)
        # Window at token t: the left neighbour's first part, its own second (with the
        # bias), the right neighbour's third.
        conv = g[:-2, :f] + g[1:-1, f : 2 * f]
        conv += g[2:, 2 * f : 3 * f]
        if len(starts) == 1:  # max, then ReLU (ufunc.reduce: no Python wrapper)
            top = np.maximum.reduce(conv, axis=0, keepdims=True, initial=0.0)
        else:
            top = np.maximum.reduceat(conv, starts)
            np.maximum(top, 0, out=top)
        logits = top @ self.out_w
        logits += self.out_b
        if self.mean:
            total = np.add.reduceat(g[1:-1, 3 * f :], starts)
            logits += total / np.array(counts, np.float32)[:, None]
        return logits

    def chances(self, sentences: list[list[int]]) -> np.ndarray:
        """The logits' softmax: per sentence, the chance of each class."""
        logits = self.logits(sentences)
        logits -= logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)


def abuse_chance(logits: list[float]) -> tuple[float, int]:
    """From one sentence's logits: the chance that it is abuse of any family (1 - the
    chance of none) and the most likely family's index in FAMILIES. Five numbers: plain
    Python is cheaper than five numpy calls."""
    none = logits[0]
    others = [math.exp(x - none) for x in logits[1:]]
    total = sum(others)
    return total / (1.0 + total), others.index(max(others))


@lru_cache(maxsize=2)
def shared_model(path: Path = WEIGHTS) -> Model:
    """The model of these weights, loaded once per process (under a second; it keeps about
    66 MB: a row of 288 numbers per token, and the tokenizer)."""
    return Model(path)


class AbuseModelDetector:
    """Each sentence's most likely abuse family, when its chance is above the floor.

    A sentence of fewer than ``min_words`` words is never read (a word on its own is the
    profanity lexicon's to judge), and a sentence is read only if one of its words holds a
    cue: a token that reaches many abusive training sentences and few ordinary ones (the
    weights file lists them). A word costs one lookup once its chunk has been seen.
    """

    name = "abuse_model"

    def __init__(self, path: Path = WEIGHTS, min_words: int = 3, min_score: float = FLOOR) -> None:
        self.model = shared_model(path)
        self.min_words = min_words
        self.min_score = max(min_score, FLOOR)
        # Per whitespace chunk, its tokens and whether one is a cue (a pure function of the
        # chunk, kept for the chunks seen lately).
        self._chunks = Memo(self._read_chunk)

    def _read_chunk(self, chunk: str) -> tuple[tuple[int, ...], bool]:
        ids = token_ids(self.model.tokenizer, chunk)
        cues = self.model.cues
        return ids, cues is None or not cues.isdisjoint(ids)

    def chance(self, doc: Doc) -> float:
        """The highest chance of abuse among the sentences it reads (0 when it reads none):
        the second reader's gate."""
        sentences = self._sentences(doc)[1]
        if not sentences:
            return 0.0
        return max(abuse_chance(x)[0] for x in self.model.logits(sentences).tolist())

    def detect(self, doc: Doc) -> list[Finding]:
        spans, sentences = self._sentences(doc)
        if not sentences:
            return []
        out: list[Finding] = []
        for k, logits in enumerate(self.model.logits(sentences).tolist()):
            score, best = abuse_chance(logits)
            if score >= self.min_score:
                out.append(family_finding(doc, *spans[k], FAMILIES[best], self.name, score))
        return out

    def _sentences(self, doc: Doc) -> tuple[list[tuple[int, int]], list[list[int]]]:
        """Where the sentences it reads are, and their tokens."""
        spans, sentences = [], []
        chunk = self._chunks.__getitem__
        for m in SENTENCE.finditer(doc.folded):
            words = m.group().split()
            if len(words) < self.min_words:
                continue
            ids: list[int] = []
            cued = False
            for c in words:
                t, q = chunk(c)
                ids += t
                cued = cued or q
            if cued:
                spans.append(m.span())
                sentences.append(ids[:MAX_TOKENS])
                if len(spans) >= MAX_SENTENCES:
                    break
        return spans, sentences


def family_finding(doc: Doc, s: int, e: int, family: str, detector: str, score: float) -> Finding:
    """A finding of an abuse family over a span of the folded text, its surrounding
    whitespace left out, with the family's label."""
    text = doc.folded[s:e]
    s, e = s + len(text) - len(text.lstrip()), s + len(text.rstrip())
    return finding(family, doc, s, e, detector, score, None, label=LABELS[family])


def sentences(text: str) -> list[str]:
    """The sentences the detector reads in a folded text (for training on the same cut)."""
    return [m.group().strip() for m in SENTENCE.finditer(text) if m.group().strip()]
