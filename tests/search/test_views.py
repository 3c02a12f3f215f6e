"""The search page, on SQLite and PostgreSQL alike: exact words, one language, pagination, blank queries."""

import pytest
from django.conf import settings
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from pages.search import results, views
from pages.search.views import MAX_QUERY_LENGTH, clean_query

from .conftest import paragraphs


class Searched:
    """The search view's response and context, without rendering the template (the view's own logic)."""

    def __init__(self, response):
        self.response = response
        self.context = response.context_data


def search(client, language, query, **params):
    request = RequestFactory().get(f"/{language}/search/", {"q": query, **params})
    with translation.override(language):
        response = views.search(request)
    assert response.status_code == 200
    return Searched(response)


def found(response):
    return [page.title for page in response.context["results"]]


@pytest.fixture
def ministries(make_article, translate):
    """An Arabic article about the ministries and its English translation, each also naming the other language."""
    arabic = make_article(
        title="منتدى الوزارات",
        summary="ملتقى لمديري تقنية المعلومات (ministries forum)",
        body=paragraphs("اجتمع ممثلو الوزارات في بغداد."),
    )
    english = translate(arabic, title="The ministries forum", summary="IT directors of the ministries (الوزارات) met.")
    return arabic, english


@pytest.mark.django_db
def test_finds_a_page_by_a_word_of_its_title(client, ministries):
    assert found(search(client, "ar", "الوزارات")) == ["منتدى الوزارات"]


@pytest.mark.django_db
def test_finds_a_page_by_a_word_of_its_body(client, ministries):
    assert found(search(client, "ar", "بغداد")) == ["منتدى الوزارات"]


@pytest.mark.django_db
def test_results_carry_their_type_s_summary(client, ministries):
    (result,) = search(client, "ar", "الوزارات").context["results"]
    assert result.summary.startswith("ملتقى")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("ar", "الوزارات", ["منتدى الوزارات"]),  # the English page says الوزارات too
        ("en", "الوزارات", ["The ministries forum"]),
        ("en", "ministries", ["The ministries forum"]),  # the Arabic page says ministries too
        ("ar", "ministries", ["منتدى الوزارات"]),
    ],
)
def test_results_are_only_in_the_current_language(client, ministries, language, query, expected):
    assert found(search(client, language, query)) == expected


@pytest.mark.django_db
def test_every_word_must_match(client, make_article):
    make_article(title="الوزارات في بغداد")
    make_article(title="الوزارات في البصرة")
    assert found(search(client, "ar", "الوزارات البصرة")) == ["الوزارات في البصرة"]


@pytest.mark.django_db
def test_draft_pages_are_not_found(client, make_article):
    draft = make_article(title="الوزارات مسودة")
    draft.unpublish()
    make_article(title="الوزارات منشور")
    assert found(search(client, "ar", "الوزارات")) == ["الوزارات منشور"]


@pytest.mark.django_db
def test_private_pages_are_not_found(client, make_article):
    from wagtail.models import PageViewRestriction

    private = make_article(title="الوزارات خاص")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    make_article(title="الوزارات عام")
    assert found(search(client, "ar", "الوزارات")) == ["الوزارات عام"]


@pytest.mark.django_db
def test_no_match_gives_an_empty_page_of_results(client, ministries):
    response = search(client, "ar", "كلمةغيرموجودة")
    assert response.context["search_query"] == "كلمةغيرموجودة"
    assert list(response.context["results"]) == []


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["", "   ", "\t\n"])
def test_blank_query_shows_the_form_without_searching(client, ministries, query):
    with CaptureQueriesContext(connection) as captured:
        response = search(client, "ar", query)
    assert response.context["search_query"] == ""
    assert response.context["results"] is None
    searched = [q["sql"] for q in captured.captured_queries if "indexentry" in q["sql"].lower()]
    assert searched == []


@pytest.mark.django_db
def test_missing_q_shows_the_form(client, home):
    response = client.get("/ar/search/")
    assert response.status_code == 200
    assert response.context["results"] is None
    assert response.context["search_query"] == ""


@pytest.mark.django_db
def test_the_page_lists_the_results(client, ministries):
    response = client.get("/ar/search/", {"q": "الوزارات"})
    assert response.status_code == 200
    content = response.content.decode()
    arabic, english = ministries
    assert arabic.url in content
    assert "منتدى الوزارات" in content
    assert english.url not in content


def test_query_is_trimmed_collapsed_and_capped():
    assert clean_query("  وزارة \t  الاتصالات \n") == "وزارة الاتصالات"
    assert len(clean_query("و" * 1000)) == MAX_QUERY_LENGTH
    assert clean_query("   ") == ""


@pytest.mark.django_db
def test_long_query_is_capped(client, home):
    response = search(client, "ar", "الوزارات " * 100)
    assert len(response.context["search_query"]) <= MAX_QUERY_LENGTH


@pytest.fixture
def many_articles(make_article):
    """Two pages of results plus two: newest article last."""
    return [
        make_article(title=f"تقرير الوزارات {number}", slug=f"report-{number}")
        for number in range(settings.SEARCH_PAGE_SIZE + 2)
    ]


@pytest.mark.django_db
def test_results_are_paginated(client, many_articles):
    first = search(client, "ar", "الوزارات").context["results"]
    second = search(client, "ar", "الوزارات", page=2).context["results"]
    assert first.paginator.count == len(many_articles)
    assert len(first) == settings.SEARCH_PAGE_SIZE
    assert len(second) == 2
    assert {page.pk for page in first}.isdisjoint(page.pk for page in second)


@pytest.mark.django_db
@pytest.mark.parametrize(("page", "expected"), [("abc", 1), ("0", 2), ("99", 2), ("-1", 2)])
def test_bad_page_numbers_fall_back(client, many_articles, page, expected):
    assert search(client, "ar", "الوزارات", page=page).context["results"].number == expected


@pytest.mark.django_db
def test_query_count_does_not_grow_with_the_results(client, make_article, make_standard_page):
    """The rendered page: titles, URLs and summaries of two page types, without a query per result."""

    def count():
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/ar/search/", {"q": "الوزارات"})
        assert response.status_code == 200
        return len(captured.captured_queries)

    make_article(title="الوزارات", slug="first-article")
    make_standard_page(title="الوزارات صفحة", slug="first-page")
    count()  # warm the per-site caches
    few = count()
    for number in range(settings.SEARCH_PAGE_SIZE + 5):
        make_article(title=f"الوزارات {number}", slug=f"article-{number}")
        make_standard_page(title=f"الوزارات صفحة {number}", slug=f"page-{number}")
    # One query for the matches, one for the titles and summaries of a page of them, whatever their types.
    assert count() <= few


@pytest.mark.django_db
def test_results_keep_the_search_backends_order(client, make_article, locale_ar):
    """The rows read for a page of results come in the order of Wagtail's own search results."""
    for number in range(6):
        make_article(title="الوزارات " * (number % 3 + 1) + str(number), slug=f"ranked-{number}")
    expected = [page.pk for page in results.matching_pages(locale_ar.pk, "الوزارات")]
    assert len(expected) == 6
    assert [result.pk for result in search(client, "ar", "الوزارات").context["results"]] == expected


@pytest.mark.django_db
def test_every_match_is_counted_and_can_be_reached(client, make_article, settings):
    settings.SEARCH_PAGE_SIZE = 2
    made = {make_article(title=f"الوزارات {number}", slug=f"counted-{number}").pk for number in range(7)}
    pages = [search(client, "ar", "الوزارات", page=number).context["results"] for number in (1, 2, 3, 4)]
    assert [page.paginator.count for page in pages] == [7, 7, 7, 7]
    assert [len(page) for page in pages] == [2, 2, 2, 1]
    assert {result.pk for page in pages for result in page} == made
    assert not pages[-1].has_next()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["في", "من في", "-", "؟"])
def test_a_query_with_nothing_to_search_for_finds_nothing_on_either_database(client, make_article, query):
    """Stop words and separators only: no results, rather than the pages that hold في or a word starting with it."""
    make_article(title="في بغداد", body=paragraphs("فيها خدمات من الوزارة في بغداد"))
    assert found(search(client, "ar", query)) == []


@pytest.mark.django_db
def test_a_search_that_finds_nothing_offers_the_words_that_find_pages(client, make_article):
    make_article(title="الوزارات في بغداد", slug="ministries")
    make_article(title="خدمات البصرة", slug="services")
    response = search(client, "ar", "وزارة خدمة كلمةغيرموجودة")
    assert list(response.context["results"]) == []
    assert [(s.query, s.count) for s in response.context["suggestions"]] == [("وزارة", 1), ("خدمة", 1)]


@pytest.mark.django_db
def test_a_single_word_that_finds_nothing_offers_no_words(client, make_article):
    make_article(title="الوزارات في بغداد")
    assert search(client, "ar", "كلمةغيرموجودة").context["suggestions"] == []


@pytest.mark.django_db
def test_the_empty_results_page_links_the_suggestions_and_the_sections(client, make_article, make_standard_page):
    make_article(title="الوزارات في بغداد")
    section = make_standard_page(title="عن الملتقى", slug="about", show_in_menus=True)
    make_standard_page(title="صفحة مخفية", slug="hidden", show_in_menus=False)
    response = client.get("/ar/search/", {"q": "وزارة كلمةغيرموجودة"})
    content = response.content.decode()
    empty_state = content[content.index('class="empty-state"') :]
    assert '<a href="?q=%D9%88%D8%B2%D8%A7%D8%B1%D8%A9"><bdi>وزارة</bdi></a>' in empty_state
    assert f'<a href="{section.url}">عن الملتقى</a>' in empty_state
    assert "صفحة مخفية" not in empty_state


@pytest.mark.django_db
def test_the_suggestions_cost_one_query_per_word_up_to_a_bound(client, make_article):
    """An empty page of results costs the search's queries, plus one per suggested word (at most
    MAX_SUGGESTED_WORDS), whatever the number of pages; the sections come from the header's query."""
    from pages.search.suggestions import MAX_SUGGESTED_WORDS

    def count(query):
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/ar/search/", {"q": query}).status_code == 200
        return len(captured.captured_queries)

    make_article(title="الوزارات", slug="first")
    count("كلمةغيرموجودة")  # warm the per-site caches
    single = count("كلمةغيرموجودة")
    many_words = "وزارة خدمة شبكة تدريب كلمةغيرموجودة"
    few = count(many_words)
    for number in range(15):
        make_article(title=f"الوزارات والخدمات {number}", slug=f"more-{number}")
    assert few == count(many_words) == single + MAX_SUGGESTED_WORDS
