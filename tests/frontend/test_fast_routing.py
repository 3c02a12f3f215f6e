"""The one-query router (pages.core.fastpath.routing) finds what Wagtail's own tree walk finds, or steps aside."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page

from pages.core.fastpath.routing import fast_route, known_paths
from pages.news.factories import NewsArticlePageFactory

PATHS = [
    "",
    "about/",
    "about/history/",
    "about/history/nothing/",
    "policies/",
    "news/",
    "news/forum/",
    "news/feed/rss/",
    "news/feed/atom/",
    "news/feed/",
    "news/nothing/",
    "nothing/",
]


def describe(result):
    """A route result as comparable values: the page, and the sub-route's view name and arguments."""
    if result is None:
        return None
    page, args, kwargs = result
    if args:
        view, view_args, view_kwargs = args
        return page.pk, view.__name__, tuple(view_args), view_kwargs, kwargs
    return page.pk, kwargs


def wagtails_route(path, language):
    with translation.override(language):
        return describe(Page.route_for_request(RequestFactory().get(f"/{language}/{path}"), path))


def fast(path, language, twice=True):
    with translation.override(language):
        first = describe(fast_route(RequestFactory().get(f"/{language}/{path}"), path))
        if twice:  # the second call goes through the per-process table of known paths
            assert describe(fast_route(RequestFactory().get(f"/{language}/{path}"), path)) == first
        return first


def assert_same_routing(language="ar"):
    for path in PATHS:
        expected = wagtails_route(path, language)
        found = fast(path, language)
        assert found is None or found == expected, (language, path, found, expected)
        if expected is None:
            assert found is None, (language, path)


@pytest.mark.parametrize("language", ["ar", "en"])
def test_routes_like_wagtail(tree, language):
    assert_same_routing(language)
    assert fast("news/forum/", language)[0] == tree["forum" if language == "ar" else "forum_en"].pk
    news = tree["news" if language == "ar" else "news_en"]
    assert fast("news/feed/rss/", language)[0] == news.pk  # a sub-route of the news index, routed fast too


def test_drafts_and_moved_pages(client, tree):
    assert client.get("/ar/news/forum/").status_code == 200
    tree["forum"].unpublish()
    assert client.get("/ar/news/forum/").status_code == 404
    assert_same_routing()

    assert client.get("/ar/about/history/").status_code == 200
    tree["history"].move(tree["home"], pos="last-child")
    old_address = client.get("/ar/about/history/")  # no page there any more: Wagtail's automatic redirect
    assert (old_address.status_code, old_address["Location"]) == (301, "/ar/history/")
    assert client.get("/ar/history/").status_code == 200
    assert_same_routing()


def test_a_language_home_that_is_not_live_routes_as_wagtail_does(client, tree):
    assert client.get("/en/about/").status_code == 200
    tree["home_en"].unpublish()
    assert any(root.startswith("/") for _site, root, _path in known_paths.entries)  # routed fast before
    for path in PATHS:
        expected = wagtails_route(path, "en")
        found = fast(path, "en", twice=False)
        assert found is None or found == expected, path


def test_an_article_named_like_a_feed_is_the_article_wagtail_finds(client, tree):
    article = NewsArticlePageFactory(parent=tree["news"], title="feed", slug="feed")
    assert_same_routing()
    assert fast("news/feed/", "ar")[0] == article.pk
    assert client.get("/ar/news/feed/").status_code == 200
