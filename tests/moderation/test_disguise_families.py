"""Disguise families read generically: styled and enclosed letters, mixed scripts,
symbols between letters, glued words, leetspeak spelled apart, disguised ambiguous terms."""
# ruff: noqa: RUF001  (the tests feed look-alike characters on purpose)

from __future__ import annotations

import pytest

from moderation import Policy, moderate
from moderation.normalize import fold


def offensive(text: str, policy: Policy) -> list[str]:
    """The texts of the profanity findings."""
    return [f.text for f in moderate(text, policy=policy).findings if f.detector == "profanity"]


@pytest.mark.parametrize(
    ("styled", "family"),
    [
        ("ⓢⓗⓘⓣ", "circled"),
        ("🅢🅗🅘🅣", "negative circled"),
        ("⒮⒣⒤⒯", "parenthesised"),
        ("🅂🄷🄸🅃", "squared"),
        ("🆂🅷🅸🆃", "negative squared"),
        ("🇸🇭🇮🇹", "regional indicators"),
        ("ꜱʜɪᴛ", "small capitals"),
        ("ˢʰⁱᵗ", "superscript"),
        ("𝐬𝐡𝐢𝐭", "mathematical bold"),
        ("𝓼𝓱𝓲𝓽", "mathematical script"),
        ("𝔰𝔥𝔦𝔱", "fraktur"),
        ("𝕤𝕙𝕚𝕥", "double-struck"),
        ("ｓｈｉｔ", "fullwidth"),
    ],
)
def test_styled_and_enclosed_letters_fold_to_the_word(
    styled: str, family: str, policy: Policy
) -> None:
    assert fold(styled) == "shit", family
    assert offensive(f"this is {styled} honestly", policy) == [styled], family


@pytest.mark.parametrize("word", ["ѕhit", "shіt", "fuсk", "bіtch", "ΒΙΤCΗ", "ΗΟΕ"])
def test_latin_words_with_some_cyrillic_or_greek_letters_are_read(
    word: str, policy: Policy
) -> None:
    assert offensive(f"you {word}", policy) == [word]


def test_upper_case_greek_and_cyrillic_fold_by_their_own_shape() -> None:
    # Greek capital eta looks like H (its small letter looks like n).
    assert fold("ΗΝΜ") == "hnm"


@pytest.mark.parametrize("text", ["f🔥u🔥c🔥k", "f★u★c★k", "s•h•i•t", "f ❤️ u ❤️ c ❤️ k", "b🙂itch"])
def test_emoji_and_symbols_between_letters_are_separators(text: str, policy: Policy) -> None:
    assert offensive(f"oh {text} off", policy)


def test_emoji_between_ordinary_words_flag_nothing(policy: Policy) -> None:
    assert offensive("I love you😍so much, this cake🎂is great ★★★★★", policy) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("#fuckthis", "fuck"),
        ("#ShitShow", "ShitShow"),
        ("#youareabitch", "bitch"),
        ("YouAreAnAsshole", "Asshole"),
        ("thisIsBullshit", "Bullshit"),
        ("YouAreADick", "Dick"),  # ambiguous, but the parts make it an insult
    ],
)
def test_hashtags_and_camel_case_are_split_into_words(
    text: str, found: str, policy: Policy
) -> None:
    assert found in offensive(f"well {text} today", policy)


@pytest.mark.parametrize(
    "text",
    [
        "#throwbackthursday",
        "#expertsexchange",
        "#penistone",
        "#Scunthorpe",
        "#cocktailhour",
        "MobyDick",
        "getClassName",
        "isAssessed",
        "assertEqual",
        "#therapistlife",
    ],
)
def test_innocent_hashtags_and_identifiers_stay_clean(text: str, policy: Policy) -> None:
    assert offensive(f"see {text} here", policy) == []


@pytest.mark.parametrize("text", ["5 h 1 t", "b 1 t c h", "$ h i t", "f u c k", "c u n 7"])
def test_leetspeak_spelled_apart_is_read(text: str, policy: Policy) -> None:
    assert offensive(f"what a {text} day", policy)


def test_numbers_spelled_apart_are_not_words(policy: Policy) -> None:
    assert offensive("room 1 4 5 3 and I have 1 cat and 3 dogs", policy) == []


@pytest.mark.parametrize(
    "text", ["I saw a d1ck pic", "what a pr!ck he was", "c0ck", "d.i.c.k", "nice tit5 there"]
)
def test_a_disguised_ambiguous_term_counts_in_its_profane_sense(text: str, policy: Policy) -> None:
    assert offensive(text, policy)


@pytest.mark.parametrize(
    "text", ["Moby Dick is a novel", "the cock crowed at dawn", "a prick of the needle"]
)
def test_the_same_terms_undisguised_keep_their_innocent_sense(text: str, policy: Policy) -> None:
    assert offensive(text, policy) == []
