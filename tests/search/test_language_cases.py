"""The language cases (language_cases.py) on the database the tests run on: SQLite, or PostgreSQL with
DATABASE_URL. Each case text is the title of its own Arabic page; the queries go through the search
page's own reader (``pages.search.results.search_results``: on PostgreSQL the prepared query)."""

import pytest
from django.test import RequestFactory

from pages.core.factories import english_locale
from pages.search import results
from pages.standard.factories import StandardPageFactory

from ..conftest import make_home
from .language_cases import FINDS, KNOWN_MISSES, RANKS


@pytest.fixture(scope="module")
def case_pages(module_db, django_db_blocker):
    titles = {title for _query, title in FINDS + KNOWN_MISSES} | {title for _query, *pair in RANKS for title in pair}
    with django_db_blocker.unblock():
        english_locale()
        home = make_home()
        for number, title in enumerate(sorted(titles)):
            StandardPageFactory(parent=home, title=title, slug=f"case-{number}", introduction="", body=[])


def found(query):
    request = RequestFactory().get("/ar/search/", {"q": query})
    return [result.title for result in results.search_results(request, query, "ar", 100, "1")]


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "title"), FINDS)
def test_a_query_finds_the_other_forms_of_its_words(case_pages, query, title):
    assert title in found(query)


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "title"), KNOWN_MISSES)
@pytest.mark.xfail(strict=True, reason="a known limit of the stemmers (README, Search)")
def test_known_misses(case_pages, query, title):
    assert title in found(query)


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "better", "worse"), RANKS)
def test_the_word_and_its_light_stem_rank_above_a_shared_root(case_pages, query, better, worse):
    titles = found(query)
    assert better in titles
    assert worse in titles  # found through the root, so the order is what is tested
    assert titles.index(better) < titles.index(worse)
