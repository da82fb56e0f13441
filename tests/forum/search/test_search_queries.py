"""Whatever is typed into the search box is a clear answer, never a 500 and never syntax."""

from __future__ import annotations

import httpx
import pytest

from forum.reading.search_input import BadQuery, parse
from forum.storage.tables import SpaceKind

# FTS5 and tsquery syntax, unbalanced quotes, operators alone: each is read as plain words
# (``title:otter`` is the phrase "title otter", which the post does not hold).
HOSTILE = {
    "title:otter": False,
    "NEAR(otter river)": False,
    '"otter': True,
    "otter AND": True,
    "otter OR": True,
    "OR otter": True,
    "otter NOT river": True,
    "otter*": True,
    "^otter": True,
    "(otter": True,
    "otter & !river": True,
    "otter <-> river": True,
    "otter:*": True,
    "'otter'": True,
    "otter\\": True,
    "{otter}": True,
    "otter -": True,
    '"" otter': True,
    "ÖTTER": True,
}


async def test_query_syntax_is_never_passed_through(
    client: httpx.AsyncClient, make_member, make_space
) -> None:
    await make_space("wall", SpaceKind.board)
    ada = await make_member("ada")
    made = await client.post(
        "/api/spaces/wall/messages", json={"body": "an otter by the river"}, headers=ada.headers
    )
    otter = made.json()["id"]
    for text, expected in HOSTILE.items():
        found = await client.get("/api/search", params={"q": text})
        assert found.status_code == 200, (text, found.text)
        assert (otter in [i["post_id"] for i in found.json()["items"]]) is expected, text


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({}, 400, "Type a word"),
        ({"q": "   "}, 400, "Type a word"),
        ({"q": "x" * 201}, 400, "at most 200 characters"),
        ({"q": "the and of"}, 400, "too common"),
        ({"q": "!!! ???"}, 400, "punctuation"),
        ({"q": "-otter"}, 400, "not only what to leave out"),
        ({"q": " ".join(f"w{n}" for n in range(13))}, 400, "at most 12"),
        ({"q": "otter", "after": "yesterday"}, 400, "'after' must be a date"),
        ({"q": "otter", "before": "2026-13-45"}, 400, "'before' must be a date"),
        ({"q": "otter", "after": "2026-02-01", "before": "2026-01-01"}, 400, "earlier"),
        ({"q": "otter", "kind": "wiki"}, 400, "'kind' is one of"),
        ({"q": "otter", "sort": "random"}, 400, "'sort' is one of"),
        ({"q": "otter", "status": "secret"}, 400, "'status' is one of"),
        ({"q": "otter", "space": "nowhere"}, 404, "no space called 'nowhere'"),
        ({"q": "otter", "author": "nobody"}, 404, "no member called 'nobody'"),
        ({"q": "otter", "page": "51"}, 400, "first 1,000 results"),
    ],
)
async def test_bad_searches_get_a_sentence(
    client: httpx.AsyncClient, params: dict, status: int, words: str
) -> None:
    answer = await client.get("/api/search", params=params)
    assert answer.status_code == status, answer.text
    assert words in answer.json()["detail"]
    page = await client.get("/search", params={"q": "", **params})
    if params.get("q", "").strip():  # the page shows the same sentence above its form
        assert page.status_code == status and words.replace("'", "&#39;") in page.text


def test_terms_are_quoted_for_fts5_and_parameters_for_postgres() -> None:
    query = parse('otters "river bank" -beaver or:* NEAR(x)')
    assert query.fts5() == '(("otters") AND ("river bank") AND ("near x")) NOT ("beaver")'
    sql, values = query.tsquery()
    assert "{}" in sql and "otters" not in sql
    assert values == ["otters", "river bank", "near x", "beaver"]
    assert parse("otter OR beaver river").fts5() == '("otter" OR "beaver") AND ("river")'


def test_stop_words_go_except_inside_a_phrase() -> None:
    assert parse("the otter").words() == ["otter"]
    assert parse('"the otter"').words() == ["the", "otter"]
    with pytest.raises(BadQuery):
        parse('"to be or not"')
