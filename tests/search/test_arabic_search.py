"""Arabic-aware full-text search, on SQLite and PostgreSQL alike: inflections find each other, English is
stemmed, languages stay apart; the tests marked ``postgres`` cover what only PostgreSQL has (its text
search configuration, the prepared search).

Pages are indexed by Wagtail's signal handlers when they are saved (the tasks backend runs at once
in tests); ``test_publishing_a_page_indexes_normalised_text`` proves the index is really populated.
"""

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.utils import translation
from modelsearch.query import Not, Phrase, PlainText
from wagtail.models import Locale, Page
from wagtail.search.models import IndexEntry

from pages.news.models import NewsArticlePage
from pages.search import results, views

from .conftest import paragraphs

pytestmark = pytest.mark.django_db


def to_tsvector(text):
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector('multaqa', %s)::text", [text])
        return cursor.fetchone()[0]


def search_view(language, query):
    request = RequestFactory().get(f"/{language}/search/", {"q": query})
    with translation.override(language):
        response = views.search(request)
    return [page.title for page in response.context_data["results"]]


def titles(results):
    return sorted(page.title for page in results)


@pytest.mark.postgres
def test_the_multaqa_configuration_leaves_arabic_stems_and_roots_alone_and_stems_english():
    assert to_tsvector("وزار خدم ةخدم") == "'ةخدم':3 'خدم':2 'وزار':1"
    assert to_tsvector("ministries services the") == "'ministri':1 'servic':2"


def test_publishing_a_page_indexes_normalised_text(make_article):
    article = make_article(title="الوزارات", body=paragraphs("تقدم الخدمات للمواطنين"))
    entry = IndexEntry.objects.get(
        content_type=ContentType.objects.get_for_model(NewsArticlePage), object_id=str(article.pk)
    )
    assert {"وزار", "ةوزر"} <= indexed_words(entry.title)  # the light stem, then the root
    assert {"خدم", "ةخدم"} <= indexed_words(entry.body)
    assert "الوزارات" not in str(entry.title)


def indexed_words(value):
    """The words of an index column: SQLite stores text, PostgreSQL a tsvector (``'وزار':1A 'ةوزر':2C``)."""
    return {word.split("'")[1] if "'" in word else word for word in str(value).split()}


@pytest.mark.postgres
def test_postgresql_keeps_the_raw_text_for_fuzzy_search_and_gives_roots_their_weight(make_article):
    article = make_article(title="الوزارات")
    entry = IndexEntry.objects.get(
        content_type=ContentType.objects.get_for_model(NewsArticlePage), object_id=str(article.pk)
    )
    assert entry.title_text == "الوزارات"
    assert str(entry.title) == "'ةوزر':2C 'وزار':1B"


def test_update_index_rebuilds_normalised_entries(make_article):
    make_article(title="الوزارات")
    IndexEntry.objects.all().delete()
    assert search_view("ar", "وزارة") == []
    call_command("update_index", stdout=io.StringIO())
    assert search_view("ar", "وزارة") == ["الوزارات"]


@pytest.mark.parametrize(
    ("query", "title", "body"),
    [
        ("وزارة", "منتدى الوزارات", ""),  # the first example, in the title
        ("وزارة", "منتدى", "اجتمع ممثلو الوزارات"),  # in the body
        ("خدمة", "خبر", "أطلقت الهيئة خدمات جديدة"),  # the second example
        ("الوزارات", "وزارة الاتصالات", ""),
        ("خدمات", "خبر", "الهيئة وخدمات المواطنين"),  # و as "and" on the page
        ("وخدمات", "خبر", "خدمة جديدة"),  # و as "and" in the query
        ("المؤسسات", "مؤسسة حكومية", ""),
        ("تدريب", "دورات للتدريب", ""),
        ("شبكة", "الشبكات", ""),
        ("محافظة", "المحافظات", ""),
        ("تقنية", "التقنيات", ""),
        ("معلومة", "تقنية المعلومات", ""),
        ("وِزَارَة", "الوزارات", ""),  # tashkeel in the query
        ("الإلكترونية", "خدمات إلكترونية", ""),
    ],
)
def test_an_inflected_query_finds_the_page(make_article, query, title, body):
    make_article(title=title, body=paragraphs(body) if body else [], slug="match")
    make_article(title="خبر آخر عن الطقس", slug="other")
    found = search_view("ar", query)
    assert title in found  # with the home page too where its hero text has the word
    assert "خبر آخر عن الطقس" not in found


def test_a_standard_page_is_found_too(make_standard_page):
    make_standard_page(title="عن الهيئة", introduction="تعمل الهيئة مع الوزارات", slug="about")
    assert search_view("ar", "وزارة") == ["عن الهيئة"]


def test_words_that_only_look_alike_are_not_found(make_article):
    make_article(title="زيارة الوفد", slug="visit")
    assert search_view("ar", "وزارة") == []


def test_a_word_that_only_shares_the_root_comes_after_the_word(make_article):
    make_article(title="الخادم", slug="server")
    make_article(title="خدمات", body=paragraphs("خبر طويل " * 30), slug="services")
    assert search_view("ar", "خدمة") == ["خدمات", "الخادم"]


def test_english_words_are_stemmed(make_article, translate):
    arabic = make_article(title="منتدى الوزارات")
    translate(arabic, title="The ministries forum", summary="Services for state institutions")
    assert search_view("en", "ministry") == ["The ministries forum"]
    assert search_view("en", "service") == ["The ministries forum"]


def test_a_page_in_the_other_language_is_not_returned(make_article, translate):
    arabic = make_article(title="منتدى الوزارات", summary="ministries forum")
    translate(arabic, title="The ministries forum", summary="وزارة الاتصالات")
    assert search_view("ar", "وزارة") == ["منتدى الوزارات"]
    assert search_view("en", "وزارة") == ["The ministries forum"]
    assert search_view("en", "ministry") == ["The ministries forum"]
    assert search_view("ar", "ministry") == ["منتدى الوزارات"]


def test_every_word_must_match(make_article):
    make_article(title="خدمات الوزارات", slug="both")
    make_article(title="خدمات المحافظات", slug="one")
    assert search_view("ar", "وزارة خدمة") == ["خدمات الوزارات"]
    assert sorted(search_view("ar", "خدمة")) == ["خدمات المحافظات", "خدمات الوزارات"]


def test_stop_words_in_the_query_do_not_have_to_be_on_the_page(make_article):
    make_article(title="خدمات بغداد")
    assert search_view("ar", "خدمات في بغداد") == ["خدمات بغداد"]


def test_a_query_of_stop_words_only_finds_nothing(make_article):
    make_article(title="في بغداد")
    assert search_view("ar", "في") == []


@pytest.mark.parametrize(
    ("phrase", "found"),
    [
        ("وزارة الاتصالات", True),
        ("الوزارة الاتصالات", True),  # the page's وزارة is indexed as two words
        ("الاتصالات", True),
        ("أعلنت وزارة", True),
        ("أعلنت الوزارات الاتصالات", True),
        ("الاتصالات وزارة", False),  # wrong order
        ("أعلنت الاتصالات", False),  # not next to each other
    ],
)
def test_phrases(make_article, phrase, found):
    make_article(title="أعلنت وزارة الاتصالات خطتها")
    results = Page.objects.live().search(Phrase(phrase))
    assert titles(results) == (["أعلنت وزارة الاتصالات خطتها"] if found else [])


def test_not_excludes_inflections(make_article):
    make_article(title="خدمات الوزارات", slug="ministries")
    make_article(title="خدمات المحافظات", slug="governorates")
    results = Page.objects.live().search(PlainText("خدمة") & Not(PlainText("وزارة")))
    assert titles(results) == ["خدمات المحافظات"]


def test_autocomplete_matches_the_start_of_a_stem(make_article):
    make_article(title="الوزارات", slug="ministries")
    make_article(title="الخدمات", slug="services")
    assert titles(Page.objects.live().autocomplete("الوزا")) == ["الوزارات"]
    assert titles(Page.objects.live().autocomplete("وزارة")) == ["الوزارات"]


def test_ranking_prefers_the_title(make_article):
    make_article(title="خبر", body=paragraphs("ذكرت الوزارات"), slug="body")
    make_article(title="الوزارات", slug="title")
    assert search_view("ar", "وزارة") == ["الوزارات", "خبر"]


@pytest.fixture
def varied_pages(make_article, make_standard_page, translate):
    arabic = make_article(title="خدمات الوزارات", body=paragraphs("خدمة إلكترونية جديدة في بغداد"), slug="services")
    translate(arabic, title="Ministry services", summary="New e-services in Baghdad.")
    make_article(title="الوزارة", body=paragraphs("اجتماع في الوزارة"), slug="ministry")
    make_article(title="تقرير", body=paragraphs("خدمات المحافظات والوزارات"), slug="report")
    make_standard_page(title="عن الخدمات", slug="about-services")


@pytest.mark.postgres
@pytest.mark.parametrize(
    "query",
    ["وزارة", "خدمة", "الخدمات بغداد", "في", "؟", "'", "a:b & c", "وزارة!", "services", "خدمة |وزارة"],
)
@pytest.mark.parametrize("language", ["ar", "en"])
def test_the_prepared_search_reads_what_the_orm_reads(varied_pages, query, language):
    """The query compiled once (slots for the locale and the tsquery) finds the same pages in the same
    order, with the same count and fields, as the ranked queryset built for that query."""
    locale = Locale.objects.get(language_code=language)
    for requested in ("1", "2", "0"):
        prepared = results.PreparedSearch().page(query, locale.pk, 2, requested)
        built = results.built_per_request(query, locale.pk, 2, requested)
        assert (prepared.number, prepared.paginator.count) == (built.number, built.paginator.count)
        assert list(prepared.object_list) == list(built.object_list)


@pytest.mark.postgres
def test_the_prepared_search_is_what_the_page_uses_on_postgresql(varied_pages, django_assert_num_queries):
    assert results.page_reader().__self__.__class__ is results.PreparedSearches
    request = RequestFactory().get("/ar/search/", {"q": "خدمة"})
    results.search_results(request, "وزارة", "ar", 10, "1")  # compiles the query, loads the locales
    with translation.override("ar"), django_assert_num_queries(1):
        found = results.search_results(request, "خدمة", "ar", 10, "1")
    assert {result.title for result in found} == {"خدمات الوزارات", "تقرير", "عن الخدمات"}


@pytest.mark.parametrize("query", ["-", "- -"])
def test_a_query_of_separators_only_finds_nothing(varied_pages, query):
    """Nothing is left to search for. (The ranked queryset built for it would match the pages that
    have no index entry: modelsearch filters on a NULL tsquery.)"""
    assert search_view("ar", query) == []


@pytest.mark.postgres
def test_raw_tsquery_is_the_text_the_backend_gives_to_tsquery(varied_pages):
    compiler = results.PreparedSearch()
    compiler.query.compile()
    assert (
        compiler.query_compiler.raw_tsquery("وزارة الخدمات")
        == "(((('وزار' | 'زار') | 'ةوزر') | 'ةزرة') & ('خدم' | 'ةخدم'))"
    )
    assert compiler.query_compiler.raw_tsquery("-") is None
