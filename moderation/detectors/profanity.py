"""Profanity and slurs: a lexicon matcher over the normalised text that sees disguises.

Whole words only (so *class*, *Scunthorpe* and *cocktail* never match on a substring).
Plain spellings, glued compounds and phrases are found by regexes compiled from the
lexicon as tries — one C-level pass each. Only the few words that carry a disguise
(digits or symbols, inner separators, stretched letters, letters spaced apart) go
through the ``Speller``. Ambiguous terms count only in an insulting construction.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from operator import itemgetter

from moderation.detectors.base import Doc
from moderation.detectors.segments import Splitter, camel_outside_handles
from moderation.detectors.senses import AnchorTest, accept
from moderation.detectors.spelling import Speller
from moderation.lexicon import Lexicon, Term
from moderation.normalize import LEET, TOKEN, deleet
from moderation.verdict import Finding

# A letter held for three beats; a vowel held for two is in the lexicon as a spelling.
_TRIPLE = re.compile(r"([a-z])\1\1")
_WORD_AT = re.compile(r"[\w@$|*#\u00ad.'\u2019~!\-]+")
# Letters (or leetspeak digits and symbols) spelled apart: f u c k, f.u.c.k, 5 h 1 t.
_SPELLED = r"(?:\|<|[^\W\d_]|[01345789@$!|+(])"
_SPACED = re.compile(
    rf"(?<![\w@$!|+(<]){_SPELLED}(?:[\s.\-_*\u00b7\u00ad]{{1,5}}{_SPELLED}(?![\w@$!|+(<])){{2,}}"
)
MAX_SPELLED = 20  # letters in a word spelled out with spaces
_LETTER = re.compile(_SPELLED)
_LEET_SINGLES = frozenset("01345789@$!|+(")
_PUNCT = ".,;:!?\"'\u2019\u2018\u201c\u201d()[]{}<>\u2026&#-_~*/\\"
_LEAD_JUNK = "#.-_'\u2019~!*"
_TRAIL_JUNK = ".-_'\u2019~!"

Hit = tuple[int, int, Term, str]  # start, end, term, how it was read
# A chunk's plain word, its hits (offsets within the chunk), whether it is a single
# letter, whether a phrase starts with it.
ChunkReading = tuple[str, tuple[Hit, ...], int, bool] | tuple[()]
# A word that is nothing to this detector: empty, so that ``filter`` drops it in C.
BORING: ChunkReading = ()
_PLAIN: ChunkReading = ("", (), 0, False)  # the fields of a boring reading
_READING = itemgetter(1)  # (index, reading) -> the reading, for filter
SEEN_WORDS = 1 << 16  # chunks whose reading is kept


class ProfanityDetector:
    """Finds profane words and slurs, disguised or not."""

    name = "profanity"

    def __init__(
        self, lexicon: Lexicon, min_severity: float = 0.0, allowed: re.Pattern[str] | None = None
    ) -> None:
        self.lexicon = lexicon
        self.speller = Speller(lexicon)
        self.splitter = Splitter(lexicon)
        self.min_severity = min_severity
        self.allowed = allowed
        # Finding type -> policy category, filled in by the engine so that findings are
        # born categorised (the pipeline checks and fixes them if not).
        self.category_of: dict[str, str] = {}
        # Chunk -> its reading, for the chunks seen lately.
        self._seen = _Readings(self._reading)
        # (hit word, term) -> the anchors of the innocent phrases it may be part of.
        self._anchor_tests: dict[tuple[str, str], AnchorTest] = {}

    def detect(self, doc: Doc) -> list[Finding]:
        """Profane terms in the document that pass the sense checks."""
        folded = doc.folded
        lex = self.lexicon
        pairs = lex.phrase_pairs
        # Whitespace-separated chunks, each read once per process (see ``_read``): most
        # are plain words that are neither terms nor part of a phrase, and cost one dict
        # lookup here and nothing in the Python loop below, which visits only the rest.
        # Hits are kept as (chunk, offset in chunk, last chunk, end offset, term, how)
        # and placed in the text only if there are any.
        chunks = doc.chunks
        local: list[tuple[int, int, int, int, Term, str]] = []
        singles = 0
        prev = ""
        prev_i = -2
        long_phrase = False
        # Boring readings are empty: filter drops them in C, the loop visits the rest.
        for i, info in filter(_READING, enumerate(map(self._seen.__getitem__, chunks))):
            w, found, single, first = info
            if prev:
                if prev_i == i - 1 and (prev, w) in pairs:
                    phrase = pairs[prev, w]
                    if phrase is None:
                        long_phrase = True
                    else:
                        a = chunks[i - 1].find(prev)
                        b = chunks[i].find(w) + len(w)
                        local.append((i - 1, a, i, b, phrase, "phrase"))
            elif not (found or first or single):
                continue  # a phrase's second word with no first before it (you, the)
            for a, b, term, how in found:
                local.append((i, a, i, b, term, how))
            singles += single
            prev = w if first else ""
            prev_i = i
        hits: list[Hit] = []
        if len(local) == 1 and local[0][0] == local[0][2]:  # the usual case: one word
            i, a, _, b, term, how = local[0]
            p = _starts(folded, chunks, (i,))[i]
            hits = [(p + a, p + b, term, how)]
        elif local:
            starts = _starts(folded, chunks, sorted({k for h in local for k in (h[0], h[2])}))
            hits = [(starts[i] + a, starts[j] + b, t, how) for i, a, j, b, t, how in local]
        if long_phrase and lex.phrase_rx is not None:
            for m in lex.phrase_rx.finditer(folded):
                term = lex.phrase_terms.get(" ".join(m.group().split()))
                if term is not None:
                    hits.append((m.start(), m.end(), term, "phrase"))
        shape = doc.shape
        # camelCase needs a case change outside @handles (the splitter's own test, here
        # so that most texts skip the call).
        if shape is None or ("aA" in shape and camel_outside_handles(shape)):
            hits += self.splitter.camel_hits(doc.text, shape)
        if singles >= 3:
            for m in _SPACED.finditer(folded):
                hits.extend(self._spaced(m))
        if not hits:
            return []
        return accept(
            doc,
            hits,
            self.lexicon,
            self.min_severity,
            self.allowed,
            self.category_of,
            self._anchor_tests,
        )

    def _reading(self, chunk: str) -> ChunkReading:
        """A chunk's reading: ``_read``, plus its words with a letter held too long."""
        reading = self._read(chunk)
        if _TRIPLE.search(chunk):
            stretched = self._stretched(chunk)
            if stretched:
                w, found, single, first = reading or _PLAIN
                reading = (w, (*found, *stretched), single, first)
        return reading

    def _read(self, chunk: str) -> ChunkReading:
        """What one whitespace-separated chunk holds, as offsets within it: the plain word
        (for phrases), its hits, whether it is a single letter, whether a phrase starts
        with it. A plain word that none of this applies to is ``BORING``.

        Sentence punctuation is trimmed: a plain word is one dict lookup; only words with
        digits, symbols or inner punctuation, and long unknown words that may be
        compounds (shit+bag, dumb+ass), take the slow road.
        """
        lex = self.lexicon
        get = lex.words.get
        w = chunk if chunk.isalpha() else chunk.strip(_PUNCT)
        found: list[tuple[int, int, Term, str]] = []
        if w.isalpha():
            term = get(w)
            how = "exact"
            if (
                term is None
                and len(w) >= 6
                and w[:3] in lex.compound_prefix3
                and w not in lex.english  # assessing is not ass+essing
                and lex.compound_rx.fullmatch(w)
            ):
                term, how = self.speller._compound(w), "compound"
            if term is None and "v" in w and len(w) <= 12 and w not in lex.english:
                term, how = get(w.replace("v", "u")), "leet"  # fvck, pvssy, cvnt
            if term is not None:
                a = chunk.find(w)
                found.append((a, a + len(w), term, how))
            elif chunk[0] == "#" and len(w) >= 6 and w not in lex.english:  # #fuckthis
                a = chunk.find(w)
                found += [(a + s, a + e, t, h) for s, e, t, h in self.splitter.read(w)]
            single = len(w) == 1
            first = w in lex.phrase_firsts
            if found or single or first or w in lex.phrase_seconds:
                return w, tuple(found), int(single), first
            return BORING
        if (len(chunk) == 1 and chunk in _LEET_SINGLES) or chunk == "|<":
            return ("", (), 1, False)  # a leet letter spelled apart (5 h 1 t)
        if not w or w.isdigit():
            return BORING
        letters = w.rstrip("0123456789")
        # A number glued on (#bastard2024); one digit may be leetspeak (tit5).
        if letters.isalpha() and len(letters) >= 3 and len(w) - len(letters) >= 2:
            a = chunk.find(letters)
            term = get(letters)
            if term is not None:
                return ("", ((a, a + len(letters), term, "exact"),), 0, False)
            if chunk[0] == "#" and len(letters) >= 6 and letters not in lex.english:
                hits = [(a + s, a + e, t, h) for s, e, t, h in self.splitter.read(letters)]
                return ("", tuple(hits), 0, False) if hits else BORING
        if w[0] == "@" and w[1:].isalnum():  # a handle, unless it reads as a term (@ss)
            term = get(w.translate(LEET))
            if term is not None:
                a = chunk.find(w)
                found.append((a, a + len(w), term, "leet"))
            return ("", tuple(found), 0, False) if found else BORING
        head, apo, tail = w.replace("\u2019", "'").partition("'")
        if apo and head.isalpha() and tail.isalpha():  # don't, nigga's
            term = get(head)
            if term is not None:
                a = chunk.find(head)
                found.append((a, a + len(head), term, "exact"))
        else:
            a = chunk.find(w)
            term = get(w.translate(LEET))
            if term is not None:
                found.append((a, a + len(w), term, "leet"))
            else:
                for m in TOKEN.finditer(w):
                    sub = m.group()
                    if sub.isdigit():
                        continue
                    term = get(sub)
                    if term is not None:
                        found.append((a + m.start(), a + m.end(), term, "exact"))
                    elif not sub.isalpha():
                        for lo, hi, t, how in self._odd(sub, 0):
                            found.append((a + m.start() + lo, a + m.start() + hi, t, how))
        return ("", tuple(found), 0, False) if found else BORING

    def _odd(self, w: str, start: int) -> list[Hit]:
        """A word with digits, symbols or separators: trim punctuation, then spell it."""
        if w[0] == "@" and w[1:].isalnum():  # a mention, unless it is a leet spelling (@ss)
            term = self.lexicon.words.get(deleet(w))
            return [(start, start + len(w), term, "leet")] if term is not None else []
        clean = w.lstrip(_LEAD_JUNK).rstrip(_TRAIL_JUNK)
        if len(clean) < 2 or clean.isdigit() or clean.isalpha():
            return []
        if clean.replace("'", "").replace("\u2019", "").isalpha():
            return []  # plain words around an apostrophe: the exact pass saw them
        lo = start + w.index(clean)
        return [(lo + a, lo + b, t, how) for a, b, t, how in self.speller.match_token(clean)]

    def _stretched(self, folded: str) -> list[Hit]:
        """Words with a letter held too long (``fuuuck``, ``biiitch``): of one chunk,
        so that it is read once per process like the rest of the chunk (no such word
        reaches over a blank)."""
        out: list[Hit] = []
        seen = -1
        for m in _TRIPLE.finditer(folded):
            if m.start() < seen:
                continue
            s = m.start()
            while s and _WORD_AT.match(folded, s - 1, s):
                s -= 1
            word = _WORD_AT.match(folded, s)
            if word is None:
                continue
            seen = word.end()
            w = word.group().rstrip(_TRAIL_JUNK)
            if w.isalpha() and w not in self.lexicon.words:
                r = self.speller.match_word(w)
                if r is not None:
                    out.append((s, s + len(w), r[0], r[1]))
        return out

    def _spaced(self, m: re.Match[str]) -> list[Hit]:
        """Words spelled with spaces or dots between their letters (``f u c k``).

        A short run is read whole, or without a one-letter word at either end ("a f u c k
        i n g"); a long run is searched for listed words of up to MAX_SPELLED letters,
        so that the work stays linear in its length.
        """
        found = [(x.group(), m.start() + x.start()) for x in _LETTER.finditer(m.group())]
        letters = ["k" if c == "|<" else c for c, _ in found]
        n = len(letters)
        if deleet("".join(letters)) in self.lexicon.english:
            return []  # an English word spelled out (s h 0 e is a shoe, not a hoe)
        if n <= MAX_SPELLED:
            for lo, hi in ((0, n), (1, n), (0, n - 1)):
                if hi - lo >= 3:
                    r = self.speller.match_word("".join(letters[lo:hi]))
                    if r is not None:
                        return [
                            (found[lo][1], found[hi - 1][1] + len(found[hi - 1][0]), r[0], "spaced")
                        ]
            return []
        out: list[Hit] = []
        get = self.lexicon.words.get
        i = 0
        while i < n - 2:
            for k in range(min(MAX_SPELLED, n - i), 2, -1):
                term = get(deleet("".join(letters[i : i + k])))
                if term is not None:
                    out.append(
                        (
                            found[i][1],
                            found[i + k - 1][1] + len(found[i + k - 1][0]),
                            term,
                            "spaced",
                        )
                    )
                    i += k - 1
                    break
            i += 1
        return out


class _Readings(dict):
    """Readings of the chunks seen lately: a missing one is read and kept. The memory is
    emptied when it is full, so it holds the words in use. Reading is a pure function of
    the chunk, so any thread may fill it."""

    def __init__(self, read: Callable[[str], ChunkReading]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, chunk: str) -> ChunkReading:
        if len(self) >= SEEN_WORDS:
            self.clear()
        reading = self[chunk] = self.read(chunk)
        return reading


def _starts(folded: str, chunks: list[str], wanted: Iterable[int]) -> dict[int, int]:
    """Where the wanted whitespace-separated chunks (indices in increasing order) start
    in the folded text.

    Chunks are found in order with ``str.find`` from the previous one; only the wanted
    ones are searched for, so a candidate is checked to stand between whitespace.
    """
    out: dict[int, int] = {}
    pos = 0
    find = folded.find
    n = len(folded)
    for i in wanted:
        chunk = chunks[i]
        size = len(chunk)
        p = find(chunk, pos)
        # The only place it stands from here on is its place; otherwise check the blanks.
        while find(chunk, p + 1) >= 0 and (
            (p > 0 and not folded[p - 1].isspace())
            or (p + size < n and not folded[p + size].isspace())
        ):
            p = find(chunk, p + 1)
        out[i] = p
        pos = p + size
    return out
