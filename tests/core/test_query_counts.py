"""Every public page type renders in a pinned number of queries that does not grow with content.

Each test renders a page once to create image renditions (a one-off write), then counts the
queries of a second render; then adds 50 more articles, each with its own image and tags, and
checks that the count has not moved.
"""

import pytest
from django.core.cache import cache

from pages.core.factories import ImageFactory, translate_page
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.standard.factories import StandardPageFactory

# The pinned bounds. Raising one needs a reason in the commit message.
MAX_QUERIES = {
    "home": 3,
    "standard": 2,
    "news_index": 3,
    "news_index_tag": 4,
    "article": 4,
    "search": 2,
    "feed": 5,
}


@pytest.fixture
def site_content(home, home_en):
    news_index = NewsIndexPageFactory(parent=home, slug="news")
    about = StandardPageFactory(parent=home, slug="about", show_in_menus=True)
    translate_page(about, title="About", slug="about")
    translate_page(news_index, title="News", slug="news")
    article = None
    for _ in range(3):
        article = add_article(news_index)
    return {"news_index": news_index, "about": about, "article": article}


def add_article(news_index):
    return NewsArticlePageFactory(
        parent=news_index,
        title="خبر عن الوزارات والخدمات",
        main_image=ImageFactory(),
        tags=["تدريب", "شبكات"],
    )


def count_queries(client, url, django_assert_max_num_queries, bound):
    cache.clear()
    assert client.get(url).status_code == 200  # warm: renditions are created on first render
    with django_assert_max_num_queries(bound) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


URLS = {
    "home": lambda content: "/ar/",
    "standard": lambda content: "/ar/about/",
    "news_index": lambda content: "/ar/news/",
    "news_index_tag": lambda content: f"/ar/news/?tag={content['article'].tags.first().slug}",
    "article": lambda content: content["article"].url,
    "search": lambda content: "/ar/search/?q=%D8%AE%D8%A8%D8%B1",
    "feed": lambda content: "/ar/news/feed/rss/",
}


@pytest.mark.parametrize("kind", list(URLS))
def test_query_count_is_pinned_and_constant(client, site_content, django_assert_max_num_queries, kind):
    url = URLS[kind](site_content)
    bound = MAX_QUERIES[kind]
    before = count_queries(client, url, django_assert_max_num_queries, bound)

    for _ in range(50):
        add_article(site_content["news_index"])
    after = count_queries(client, url, django_assert_max_num_queries, bound)

    assert after == before, f"{kind}: {before} queries with 3 articles, {after} with 53"


@pytest.mark.parametrize("kind", ["home", "news_index", "article"])
def test_english_pages_keep_the_same_bound(client, site_content, django_assert_max_num_queries, kind):
    arabic_url = URLS[kind](site_content)
    english_url = "/en/" + arabic_url.removeprefix("/ar/")
    if kind == "article":
        english_url = translate_page(site_content["article"], title="Ministries open services").url
    count_queries(client, english_url, django_assert_max_num_queries, MAX_QUERIES[kind])
