"""Search fixtures: skips for the tests of one database on the other, and pages in both languages to search."""

import pytest
from django.db import connection
from wagtail.rich_text import RichText

from pages.core.factories import translate_page
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.standard.factories import StandardPageFactory

POSTGRES_ONLY = (
    "PostgreSQL only (Arabic-aware full-text search): run with DATABASE_URL=postgres://postgres@127.0.0.1:5432/multaqa"
)


SQLITE_ONLY = "SQLite only (modelsearch's FTS5 backend): run without DATABASE_URL"


@pytest.fixture(autouse=True)
def _skip_tests_of_the_other_database(request):
    if request.node.get_closest_marker("postgres") and connection.vendor != "postgresql":
        pytest.skip(POSTGRES_ONLY)
    if request.node.get_closest_marker("sqlite") and connection.vendor != "sqlite":
        pytest.skip(SQLITE_ONLY)


def paragraphs(*texts):
    return [("paragraph", RichText(f"<p>{text}</p>")) for text in texts]


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home, title="الأخبار", slug="news")


@pytest.fixture
def make_article(news_index):
    def make(**fields):
        fields.setdefault("summary", "ملخص")
        return NewsArticlePageFactory(parent=news_index, **fields)

    return make


@pytest.fixture
def make_standard_page(home):
    def make(**fields):
        return StandardPageFactory(parent=home, **fields)

    return make


@pytest.fixture
def translate():
    return translate_page
