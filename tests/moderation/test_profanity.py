"""The profanity detector: disguises caught, innocent words and senses left alone."""
# ruff: noqa: RUF001  (the tests feed look-alike characters on purpose)

from __future__ import annotations

import pytest

from moderation import Policy, moderate


def profane(text: str, policy: Policy) -> list[str]:
    """The texts of the profanity findings."""
    return [f.text for f in moderate(text, policy=policy).findings if f.detector == "profanity"]


@pytest.mark.parametrize(
    "disguised",
    [
        "fuck",
        "FuCk",
        "f*ck",
        "f**k",
        "fuuuuuck",
        "f.u.c.k",
        "f u c k",
        "f-u-c-k",
        "f_u_c_k",
        "ｆｕｃｋ",
        "fu\u0301ck",
        "f\u200bu\u200bc\u200bk",
        "fцck".replace("ц", "u"),
        "b1tch",
        "b!tch",
        "8itch",
        "$hit",
        "sh1t",
        "5h1t",
        "@sshole",
        "a$$hole",
        "ѕһіt",
        "bіtсh",
        "niiiigger",
        "m0th3rf*cker",
        "b*i*t*c*h",
        "d11do",
    ],
)
def test_disguised_spellings_are_caught(disguised: str, policy: Policy) -> None:
    text = f"honestly you are such a {disguised} today"
    found = moderate(text, policy=policy).findings
    start = text.index(disguised)
    assert any(f.start <= start < f.end for f in found), disguised


def test_offsets_cover_exactly_the_disguised_word(policy: Policy) -> None:
    text = "what a f.u.c.k.i.n.g mess"
    [f] = moderate(text, policy=policy).findings
    assert text[f.start : f.end] == "f.u.c.k.i.n.g"
    assert moderate(text, policy=policy).censored == "what a ************* mess"


@pytest.mark.parametrize(
    "innocent",
    [
        "class",
        "assassin",
        "cumulative",
        "Scunthorpe",
        "cocktail",
        "Dickens",
        "Essex",
        "Sussex",
        "Middlesex",
        "shitake",
        "grape",
        "therapist",
        "analysis",
        "arsenal",
        "pass",
        "bass",
        "button",
        "hello",
        "cockpit",
        "peacock",
        "Penistone",
        "Hancock",
        "manslaughter",
        "Japón",
        "spicy",
        "raccoon",
        "homogeneous",
        "Niger",
        "title",
    ],
)
def test_innocent_words_with_profane_substrings_are_clean(innocent: str, policy: Policy) -> None:
    assert profane(f"We discussed {innocent} at length yesterday.", policy) == []


def test_better_profanity_documented_examples(policy: Policy) -> None:
    assert moderate("he is a m0th3rf*cker", policy=policy).offensive
    untouched = moderate("If you prick us do we not bleed?", policy=policy)
    assert untouched.findings == ()
    assert untouched.censored == "If you prick us do we not bleed?"


@pytest.mark.parametrize(
    ("innocent", "insult"),
    [
        ("A crow landed on the fence.", "shut up you crow"),
        ("Remember to nip it in the bud.", "you dumb nip"),
        ("Rake the leaves with the garden hoe.", "she is a hoe"),
        ("Homo sapiens evolved in Africa.", "you homo"),
        ("A coon raided the bins last night.", "you filthy coon"),
    ],
)
def test_ambiguous_words_count_only_as_insults(innocent: str, insult: str, policy: Policy) -> None:
    assert profane(innocent, policy) == []
    assert profane(insult, policy) != []


def test_a_word_that_is_ordinary_in_another_language_is_not_flagged_there(policy: Policy) -> None:
    assert profane("Ik weet niet hoe het moet, wat denk jij?", policy) == []
    assert profane("shut up hoe", policy) == ["hoe"]


def test_compounds_of_a_strong_term_and_an_insult_word(policy: Policy) -> None:
    assert profane("what a shitbrain", policy) == ["shitbrain"]
    assert profane("such a dumbass", policy) == ["dumbass"]


def test_mentions_and_links_are_not_the_authors_words(policy: Policy) -> None:
    assert profane("thanks @bitchface_fan see https://example.com/fuck-this", policy) == []


def test_a_word_talked_about_is_not_used(policy: Policy) -> None:
    assert profane("please stop using the word retard", policy) == []


def test_findings_carry_the_lexicon_label_and_severity(policy: Policy) -> None:
    [f] = moderate("you are a faggot", policy=policy).findings
    detail = dict(f.detail)
    assert f.type == "SLUR"
    assert detail["label"] == "sexual orientation / gender"
    assert float(detail["severity"]) >= 2.5
    assert 0.8 <= f.score <= 1.0


def test_html_character_references_are_read_as_the_letters_they_encode(
    policy: Policy,
) -> None:
    text = "lol &#128514;&#128514; you &#102;&#117;&#99;&#107;er"
    v = moderate(text, policy=policy)
    [f] = v.findings
    assert f.text == "&#102;&#117;&#99;&#107;er"
    assert v.censored == "lol &#128514;&#128514; you " + "*" * len(f.text)


def test_the_word_memory_is_bounded_and_never_changes_a_verdict(
    policy: Policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The detector remembers how it read each word; a full memory is emptied, and a
    verdict is the same whether its words were remembered, forgotten or never seen."""
    import moderation.detectors.profanity as profanity
    from moderation import load_policy

    texts = [
        "you are a f.u.c.k.i.n.g idiot",
        "the garden hoe is in the shed",
        "what a stupid b1tch",
        "fuuuuck this, said the cocker spaniel",
        "call me at 415-555-0132 you dumbass",
        "homo sapiens walked the earth",
        "s h i t happens",
    ] + [f"word{i} plain words number {i}" for i in range(40)]
    monkeypatch.setattr(profanity, "SEEN_WORDS", 16)
    first = [moderate(t, policy=policy) for t in texts]
    detector = policy.engine.detector("profanity")
    assert 0 < len(detector._seen) <= 16
    again = [moderate(t, policy=policy) for t in texts]
    fresh = load_policy()
    assert fresh.engine.detector("profanity")._seen == {}  # nothing shared between policies
    cold = [moderate(t, policy=fresh) for t in texts]
    assert first == again == cold
    assert first[0].offensive and first[2].offensive and first[3].offensive
    assert not first[1].offensive and not first[5].offensive


@pytest.mark.parametrize(
    "innocent",
    [
        "The ignition timing is retarded by two degrees.",
        "Retarded timing on the ignition will make the engine run rough.",
        "Try to retard the timing a couple of degrees and see if the pinging stops.",
        "Is the spark retarded at idle?",
        "Henry Van Dyke wrote that poem.",
        "He grew a Van Dyke beard for the play.",
    ],
)
def test_engine_timing_and_the_van_dyke_surname_are_not_slurs(
    innocent: str, policy: Policy
) -> None:
    """Car and small-engine boards talk of retarded timing all day; Van Dyke is a surname,
    a beard and a paint. The slurs themselves still count (next test)."""
    assert profane(innocent, policy) == []


@pytest.mark.parametrize("insult", ["you retard", "my brother is retarded lol", "what a dyke"])
def test_the_same_words_aimed_at_people_still_count(insult: str, policy: Policy) -> None:
    assert profane(insult, policy) != []


@pytest.mark.parametrize(
    "innocent",
    [
        "Our bitch had a litter of six puppies last night.",
        "The brood bitch and the stud dog were both health tested.",
        "We walked along the dyke to the windmill.",
        "Dyke Road is closed for resurfacing.",
        "Walked Offa's Dyke path last summer.",
        "Hoe the onion bed before it rains.",
        "Faggots and peas for tea tonight, proper northern food.",
        "I'm dying for a fag, anyone got a lighter?",
    ],
)
def test_everyday_senses_of_strong_words_are_not_slurs(innocent: str, policy: Policy) -> None:
    """Dog breeders, walkers, gardeners and British cooks use these words every day."""
    assert profane(innocent, policy) == []


@pytest.mark.parametrize(
    "insult",
    [
        "shut up bitch",
        "stupid bitch is due a slap",
        "she's a hoe",
        "give that hoe the finger",
        "a hoe in the auditorium",
        "what a dyke",
        "kill all faggots",
    ],
)
def test_the_everyday_senses_leave_the_slurs_counting(insult: str, policy: Policy) -> None:
    assert profane(insult, policy) != []
