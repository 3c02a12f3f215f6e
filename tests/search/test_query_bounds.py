"""Every query is bounded in the search backend (public and admin search alike), and SQLite's FTS5 never
sees a query's punctuation as syntax."""

import pytest
from django.db import connection
from modelsearch.query import And, Not, Or, Phrase, PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from pages.search import arabic
from pages.search.backend import MAX_QUERY_LENGTH, MAX_QUERY_TERMS, bounded_query, bounded_text

from .conftest import paragraphs


def test_a_long_text_keeps_its_first_words():
    text, words = bounded_text(" ".join(f"w{n}" for n in range(100)))
    assert words == MAX_QUERY_TERMS
    assert text.split() == [f"w{n}" for n in range(MAX_QUERY_TERMS)]


def test_hyphens_separate_words_as_modelsearch_reads_them():
    text, words = bounded_text("-".join(["a"] * 100))
    assert (words, text) == (MAX_QUERY_TERMS, "-".join(["a"] * MAX_QUERY_TERMS))


def test_a_text_is_cut_to_the_length_limit():
    text, words = bounded_text("a" * 10_000)
    assert (len(text), words) == (MAX_QUERY_LENGTH, 1)


def test_the_words_of_a_query_tree_count_together():
    query = And([PlainText(" ".join(["a"] * 15)), Phrase("b c d e f g h"), Or([PlainText("x"), Not(PlainText("y"))])])
    bounded = bounded_query(query)
    first, phrase = bounded.subqueries
    assert len(first.query_string.split()) == 15
    assert phrase.query_string == "b c d e f"
    assert query.subqueries[1].query_string == "b c d e f g h"  # the caller's query is left as it was


def test_a_query_without_words_is_dropped():
    assert bounded_query(And([PlainText("   "), PlainText("a")])).subqueries[0].query_string == "a"
    assert bounded_query(PlainText(" - ")) is None


def test_an_expanding_character_is_bounded_after_normalisation():
    """ﷺ is one character that Unicode normalisation turns into four words."""
    assert len(arabic.query_terms("ﷺ" * 200)) > 400
    search_backend = get_search_backend()
    if connection.vendor == "postgresql":
        compiler = search_backend.query_compiler_class(Page.objects.all(), PlainText("x"))
        tsquery = compiler.raw_tsquery("ﷺ" * 200)
        assert tsquery.count("&") == MAX_QUERY_TERMS - 1


@pytest.fixture
def ministry(make_article):
    return make_article(title="منتدى الوزارات", summary='"Quoted" forum', body=paragraphs("ministries meet"))


HOSTILE_QUERIES = [
    "ﷺ" * 200,
    "ﷺ" * 2000,
    " ".join(["وزارة"] * 5000),
    "-".join(["a"] * 5000),
    '"',
    'a"b',
    '"ministries',
    "NEAR(a b",
    "AND",
    "a OR NOT",
    "*",
    "^a",
    "title:a",
    "{title body}: a",
    "a & | ! ( ) : * <->",
    "!!!",
    "a\x00b",
    "%_%",
]


@pytest.mark.django_db
@pytest.mark.parametrize("method", ["search", "autocomplete"])
def test_hostile_queries_search_without_error_as_the_admin_does(ministry, method):
    """The admin's searches (images, documents, pages and their choosers) call the backend directly,
    without the public search's length limit."""
    search = getattr(get_search_backend(), method)
    for query in HOSTILE_QUERIES:
        assert isinstance(list(search(query, Page.objects.all())), list), query


@pytest.mark.django_db
@pytest.mark.parametrize("query", ['"ministries', 'ministries"', '"forum"', 'ministries "meet"'])
def test_a_double_quote_does_not_stop_the_words_from_matching(ministry, query):
    found = list(get_search_backend().search(query, Page.objects.all()))
    assert [page.pk for page in found] == [ministry.pk]


@pytest.mark.django_db
def test_punctuation_alone_matches_nothing_and_beside_a_word_is_ignored(ministry):
    search_backend = get_search_backend()
    assert list(search_backend.search("!!!", Page.objects.all())) == []
    assert [page.pk for page in search_backend.search("ministries !!!", Page.objects.all(), operator="and")] == [
        ministry.pk
    ]
