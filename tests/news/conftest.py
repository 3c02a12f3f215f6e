import pytest

from pages.core.factories import translate_page
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home, title="الأخبار", slug="news")


@pytest.fixture
def news_index_en(news_index, home_en):
    return translate_page(news_index, title="News", slug="news")


@pytest.fixture
def make_articles(news_index):
    def make(count, **kwargs):
        return [NewsArticlePageFactory(parent=news_index, **kwargs) for _ in range(count)]

    return make
