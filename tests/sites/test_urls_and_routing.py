"""Host names (issue 9, point 11): each host serves its own Site, and every page's URL carries the host of
its own Site (the deepest site root it is under), from whichever Site it is linked."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page

from pages.core.fastpath.page_urls import page_url, row_url
from pages.core.fastpath.routing import fast_route

from .conftest import CHAPTER, MAIN, get, soup_of


def request_on(host, language):
    return RequestFactory().get(f"/{language}/", HTTP_HOST=host)


@pytest.mark.parametrize("host", [MAIN, CHAPTER])
@pytest.mark.parametrize("language", ["ar", "en"])
def test_page_urls_are_wagtails_on_both_hosts(sites, host, language):
    """``page_url`` (rows, no model) gives what ``Page.get_url`` of every page type gives, on either host."""
    with translation.override(language):
        for page in Page.objects.filter(depth__gt=1).specific():
            expected = page.get_url(request_on(host, language))
            request = request_on(host, language)
            assert page_url(request, page.url_path, language) == expected, (host, page.url_path)
            assert row_url(request, page.pk, page.url_path, language) == expected, (host, page.url_path)


def test_a_chapter_page_carries_its_chapters_host_from_the_main_site(sites):
    with translation.override("ar"):
        main = request_on(MAIN, "ar")
        assert sites["moi_launch"].get_url(main) == "http://a.testserver/ar/news/moi-launch/"
        assert sites["moi"].get_url(main) == "http://a.testserver/ar/"
        assert sites["moi_en"].get_url(request_on(MAIN, "en")) == "http://a.testserver/en/"
        # A chapter without a host of its own stays on the main site.
        assert sites["mof_budget"].get_url(main) == "/ar/chapters/mof/news/mof-budget/"
        assert sites["news"].get_url(main) == "/ar/news/"


def test_a_main_site_page_carries_the_main_host_from_a_chapter_site(sites):
    with translation.override("ar"):
        chapter = request_on(CHAPTER, "ar")
        assert sites["about"].get_url(chapter) == "http://testserver/ar/about/"
        assert sites["mof_budget"].get_url(chapter) == "http://testserver/ar/chapters/mof/news/mof-budget/"
        assert sites["moi_launch"].get_url(chapter) == "/ar/news/moi-launch/"


@pytest.mark.parametrize(
    ("host", "url", "title"),
    [
        (MAIN, "/ar/", "الرئيسية"),
        (MAIN, "/en/", "Home"),
        (CHAPTER, "/ar/", "فرع الداخلية"),
        (CHAPTER, "/en/", "Interior chapter"),
        (CHAPTER, "/ar/news/", "أخبار الداخلية"),
        (CHAPTER, "/ar/news/moi-launch/", "إطلاق خدمة الداخلية"),
        (CHAPTER, "/en/news/moi-launch/", "Interior launches a service"),
        (CHAPTER, "/ar/services/", "خدمات الداخلية"),
        (MAIN, "/ar/news/", "أخبار الهيئة"),
        (MAIN, "/ar/chapters/mof/news/mof-budget/", "موازنة المالية"),
    ],
)
def test_each_host_serves_its_own_site(client, sites, host, url, title):
    soup = soup_of(get(client, url, host))
    assert soup.title.get_text().split(" | ")[0] == title


@pytest.mark.parametrize("url", ["/ar/about/", "/ar/chapters/", "/en/about/"])
def test_a_chapter_host_does_not_serve_the_main_sites_pages(client, sites, url):
    assert get(client, url, CHAPTER).status_code == 404


@pytest.mark.parametrize(
    ("host", "path", "page"),
    [
        (MAIN, "", "home"),
        (MAIN, "news/cmc-forum/", "cmc_forum"),
        (MAIN, "chapters/moi/news/moi-launch/", "moi_launch"),
        (CHAPTER, "", "moi"),
        (CHAPTER, "news/moi-launch/", "moi_launch"),
        (CHAPTER, "news/feed/rss/", "moi_news"),
    ],
)
def test_the_fast_routing_finds_the_page_wagtail_finds_on_both_hosts(sites, host, path, page):
    request = RequestFactory().get(f"/ar/{path}", HTTP_HOST=host)
    with translation.override("ar"):
        routed = fast_route(request, path)
        wagtails = Page.route_for_request(RequestFactory().get(f"/ar/{path}", HTTP_HOST=host), path)
    assert routed is not None
    assert routed.page.pk == wagtails.page.pk == sites[page].pk
    # A routable page's sub-route: the same view (bound to two copies of the page), args and kwargs.
    assert unbound(routed.args) == unbound(wagtails.args)
    assert routed.kwargs == wagtails.kwargs


def unbound(values):
    return [getattr(value, "__func__", value) for value in values or ()]


def test_a_chapter_page_on_the_main_host_names_its_chapter_host_as_canonical(client, sites):
    soup = soup_of(get(client, "/ar/chapters/moi/news/moi-launch/"))
    assert soup.find("link", rel="canonical")["href"] == "http://a.testserver/ar/news/moi-launch/"
    assert soup.find("meta", property="og:url")["content"] == "http://a.testserver/ar/news/moi-launch/"
    hreflangs = {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate", hreflang=True)}
    assert hreflangs == {
        "ar": "http://a.testserver/ar/news/moi-launch/",
        "x-default": "http://a.testserver/ar/news/moi-launch/",
        "en": "http://a.testserver/en/news/moi-launch/",
    }


def test_head_links_on_the_chapter_host_are_the_chapters(client, sites):
    soup = soup_of(get(client, "/en/news/moi-launch/", CHAPTER))
    assert soup.find("link", rel="canonical")["href"] == "http://a.testserver/en/news/moi-launch/"
    feeds = sorted(link["href"] for link in soup.find_all("link", rel="alternate", type=True))
    assert feeds == ["http://a.testserver/en/news/feed/atom/", "http://a.testserver/en/news/feed/rss/"]
    switcher = soup.select_one("nav.language-switcher a")
    assert switcher["href"] == "/ar/news/moi-launch/"


def test_links_between_the_sites_in_both_directions(client, sites):
    """The main site's directory links the chapter on its host; the chapter's pages link the main site's
    pages on the main host."""
    directory = soup_of(get(client, "/ar/chapters/"))
    assert "http://a.testserver/ar/" in [a["href"] for a in directory.select("main a")]
    assert "/ar/chapters/mof/" in [a["href"] for a in directory.select("main a")]
    chapter_home = soup_of(get(client, "/ar/", CHAPTER))
    # The chapter's call to action points at the directory, a page of the main site (the factory's body).
    assert "http://testserver/ar/chapters/" in [a["href"] for a in chapter_home.select("main a")]


@pytest.mark.parametrize(("language", "main_home"), [("ar", "http://testserver/ar/"), ("en", "http://testserver/en/")])
def test_a_chapter_hosts_header_links_back_to_the_main_site_and_the_main_hosts_does_not(
    client, sites, language, main_home
):
    chapter_header = soup_of(get(client, f"/{language}/", host=CHAPTER)).select_one(".topbar__main-site")
    assert chapter_header is not None and chapter_header["href"] == main_home
    assert soup_of(get(client, f"/{language}/", host=MAIN)).select_one(".topbar__main-site") is None
