"""Every page type can be created where the tree rules allow it, and nowhere else."""

import pytest
from wagtail.models import Page

from home.factories import HomePageFactory
from home.models import HomePage
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.news.models import NewsArticlePage, NewsIndexPage
from pages.standard.factories import StandardPageFactory
from pages.standard.models import StandardPage

ALL_TYPES = {HomePage, StandardPage, NewsIndexPage, NewsArticlePage}


def allowed_children(parent):
    return {model for model in ALL_TYPES if model.can_create_at(parent)}


@pytest.mark.django_db
def test_home_is_a_singleton_under_the_root(locale_ar):
    root = Page.get_first_root_node()
    assert allowed_children(root) == {HomePage}
    HomePageFactory(parent=root)
    assert not HomePage.can_create_at(root)


def test_home_accepts_standard_pages_and_one_news_index(home):
    assert allowed_children(home) == {StandardPage, NewsIndexPage}
    NewsIndexPageFactory(parent=home)
    assert allowed_children(home) == {StandardPage}


def test_news_index_accepts_only_articles(home):
    news_index = NewsIndexPageFactory(parent=home)
    assert allowed_children(news_index) == {NewsArticlePage}


def test_articles_take_no_children(home):
    article = NewsArticlePageFactory(parent=NewsIndexPageFactory(parent=home))
    assert allowed_children(article) == set()


def test_standard_pages_nest(home):
    page = StandardPageFactory(parent=home)
    assert allowed_children(page) == {StandardPage}


def test_news_pages_cannot_live_outside_the_news_index(home):
    page = StandardPageFactory(parent=home)
    assert not NewsArticlePage.can_create_at(home)
    assert not NewsArticlePage.can_create_at(page)
    assert not NewsIndexPage.can_create_at(page)
