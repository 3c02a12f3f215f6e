"""Every public page type renders in a pinned number of queries that does not grow with content.

The site is built once for the module (tests/conftest.py ``module_db``): a home, an About page, a news
index and 3 articles, every page with the body the factories give (the blocks of the demo content: an
image, a document, a call to action to a page). Each page is rendered once to create image renditions
(a one-off write) and the queries of a second render are counted; then 50 more articles are added, each
with its own images, document and tags, and each test checks that its page's count has not moved.
tests/core/test_seed_demo.py checks the demo content itself against the same pins.
"""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pages.core.factories import ImageFactory, english_locale, translate_page
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.standard.factories import StandardPageFactory

from ..conftest import forget_process_state, make_home, make_home_en

# The pinned bounds. Raising one needs a reason in the commit message. A page with a body pays one query
# for each kind of chooser block in it, whatever their number: the images, the documents and the pages
# of its calls to action (home, standard and article: 3 each).
MAX_QUERIES = {
    "home": 6,
    "standard": 5,
    "news_index": 3,
    "news_index_tag": 4,
    "article": 7,
    "search": 2,
    "feed": 5,
}

URLS = {
    "home": lambda content: "/ar/",
    "standard": lambda content: "/ar/about/",
    "news_index": lambda content: "/ar/news/",
    "news_index_tag": lambda content: f"/ar/news/?tag={content['article'].tags.first().slug}",
    "article": lambda content: content["article"].url,
    "search": lambda content: "/ar/search/?q=%D8%AE%D8%A8%D8%B1",
    "feed": lambda content: "/ar/news/feed/rss/",
}


def add_article(news_index):
    return NewsArticlePageFactory(
        parent=news_index,
        title="خبر عن الوزارات والخدمات",
        main_image=ImageFactory(),
        tags=["تدريب", "شبكات"],
    )


def queries_of_a_warm_render(url, client=None):
    """The SQL of rendering ``url`` a second time, in a process that has kept nothing before the first."""
    client = client or Client()
    forget_process_state()
    assert client.get(url).status_code == 200  # warm: renditions are created on first render
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def listing(queries):
    return "\n".join(f"{number}. {sql}" for number, sql in enumerate(queries, start=1))


@pytest.fixture(scope="module")
def site_content(module_db, django_db_blocker):
    with django_db_blocker.unblock():
        english_locale()
        home = make_home()
        make_home_en(home)
        news_index = NewsIndexPageFactory(parent=home, slug="news")
        about = StandardPageFactory(parent=home, slug="about", show_in_menus=True)
        translate_page(about, title="About", slug="about")
        translate_page(news_index, title="News", slug="news")
        articles = [add_article(news_index) for _ in range(3)]
        return {"news_index": news_index, "about": about, "article": articles[-1]}


@pytest.fixture(scope="module")
def queries_with_3_articles(site_content, django_db_blocker):
    with django_db_blocker.unblock():
        return {kind: queries_of_a_warm_render(url(site_content)) for kind, url in URLS.items()}


@pytest.fixture(scope="module")
def with_53_articles(site_content, queries_with_3_articles, django_db_blocker):
    with django_db_blocker.unblock():
        for _ in range(50):
            add_article(site_content["news_index"])
    return site_content


@pytest.mark.parametrize("kind", list(URLS))
def test_query_count_is_pinned_and_constant(db, client, with_53_articles, queries_with_3_articles, kind):
    before = queries_with_3_articles[kind]
    after = queries_of_a_warm_render(URLS[kind](with_53_articles), client)

    assert len(before) <= MAX_QUERIES[kind], f"{kind}: {len(before)} queries\n{listing(before)}"
    assert len(after) == len(before), f"{kind}: {len(before)} queries with 3 articles, with 53:\n{listing(after)}"


@pytest.mark.parametrize("kind", ["home", "news_index", "article"])
def test_english_pages_keep_the_same_bound(db, client, with_53_articles, kind):
    arabic_url = URLS[kind](with_53_articles)
    english_url = "/en/" + arabic_url.removeprefix("/ar/")
    if kind == "article":
        english_url = translate_page(with_53_articles["article"], title="Ministries open services").url
    queries = queries_of_a_warm_render(english_url, client)
    assert len(queries) <= MAX_QUERIES[kind], f"{kind}: {len(queries)} queries\n{listing(queries)}"
