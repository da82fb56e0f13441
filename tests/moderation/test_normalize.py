"""The normalised form: folding keeps offsets, tokens and leetspeak readings."""
# ruff: noqa: RUF001  (the tests feed look-alike characters on purpose)

from __future__ import annotations

import pytest

from moderation.confusables import JOIN
from moderation.normalize import TOKEN, deleet, fold, squeeze, unseparate, url_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ＦＵＣＫ", "fuck"),  # fullwidth
        ("ѕһіt", "shit"),  # Cyrillic look-alikes
        ("αss", "ass"),  # Greek alpha
        ("BiTcH", "bitch"),  # mixed case
        ("𝐟𝐮𝐜𝐤", "fuck"),  # mathematical bold letters
        ("café", "cafe"),  # accents
    ],
)
def test_fold_reads_disguised_letters_as_latin(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_keeps_length_so_offsets_point_into_the_original() -> None:
    text = "f\u200bu\u0301ck ＹＯＵ 𝐫𝐞𝐚𝐥𝐥𝐲 İstanbul ß"
    folded = fold(text)
    assert len(folded) == len(text)


def test_invisible_characters_and_combining_marks_become_joiners() -> None:
    folded = fold("f\u200bu\u0301ck")
    assert folded == f"f{JOIN}u{JOIN}ck"
    assert folded.replace(JOIN, "") == "fuck"


def test_tokens_keep_inner_separators_but_not_sentence_punctuation() -> None:
    assert TOKEN.findall("f.u.c.k you, sh!t happens. well-known") == [
        "f.u.c.k",
        "you",
        "sh!t",
        "happens",
        "well-known",
    ]


@pytest.mark.parametrize(
    ("word", "reading"), [("b1tch", "bitch"), ("$h!t", "shit"), ("@55", "ass"), ("n00b", "noob")]
)
def test_deleet_reads_digits_and_symbols_as_letters(word: str, reading: str) -> None:
    assert deleet(word) == reading


def test_squeeze_and_unseparate() -> None:
    assert squeeze("fuuuuck") == "fuck"
    assert unseparate("f.u-c_k") == "fuck"


def test_url_spans_find_links_only_when_present() -> None:
    assert url_spans("no links here") == []
    text = "see https://example.com/a?b=c and www.example.org now"
    spans = url_spans(text)
    assert [text[s:e] for s, e in spans] == ["https://example.com/a?b=c", "www.example.org"]


@pytest.mark.parametrize(
    "text",
    [
        "see https://example.com/a?b=c and www.example.org now",
        "foo.com/http://x and bar.io/y\tWWW.EXAMPLE.COM/z",
        "..com/..x.com/ a/b http:// //www. x.co/&#128514;abc",
        "no link / here, just a slash and a www",
    ],
)
def test_url_spans_searching_only_runs_with_a_slash_or_www_finds_the_same_links(
    text: str,
) -> None:
    from moderation.detectors.base import Doc

    doc = Doc(text)
    assert url_spans(text, text.lower(), doc.shape) == url_spans(text)
    assert doc.urls == url_spans(text)
