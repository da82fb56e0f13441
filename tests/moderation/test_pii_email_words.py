"""Email addresses written with "at" and "dot" to dodge scrapers."""

from __future__ import annotations

import pytest

from moderation import Policy, moderate


def emails(text: str, policy: Policy) -> list[str]:
    return [f.text for f in moderate(text, policy=policy).pii if f.type == "EMAIL_ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("reach me at jane dot doe at gmail dot com if you want", "jane dot doe at gmail dot com"),
        ("send it to j.smith[at]example[dot]org please", "j.smith[at]example[dot]org"),
        ("mail: j smith (at) example (dot) org", "j smith (at) example (dot) org"),
        ("contact jane.doe @ gmail . com for the files", "jane.doe @ gmail . com"),
        ("ping jane_doe AT gmail DOT com anytime", "jane_doe AT gmail DOT com"),
        ("my addy is name{at}domain{dot}co{dot}uk", "name{at}domain{dot}co{dot}uk"),
        ("drop a line to sarah<at>yahoo<dot>co<dot>uk", "sarah<at>yahoo<dot>co<dot>uk"),
        ("questions to support at forumhelp dot net, thanks", "support at forumhelp dot net"),
        ("my email is jdoe at uni dot edu", "jdoe at uni dot edu"),
    ],
)
def test_obfuscated_addresses_are_found_whole(text: str, address: str, policy: Policy) -> None:
    assert emails(text, policy) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "look at the dot com bubble, it was insane",
        "meet me at home dot",
        "let's meet at 5 dot 30",
        "she stared at the dot on the screen",
        "people at google dot their i's",
        "it's cheaper at amazon dot com right now",
        "I used to work at google dot com back then",
    ],
)
def test_sentences_with_at_and_dot_are_not_addresses(text: str, policy: Policy) -> None:
    assert emails(text, policy) == []


def test_a_plain_address_is_reported_once(policy: Policy) -> None:
    assert emails("write to jane.doe@gmail.com", policy) == ["jane.doe@gmail.com"]
