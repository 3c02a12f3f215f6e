"""Several sites, one tree (issue 9, point 3): every listing and navigation is scoped to the request's Site."""

import pytest
from defusedxml import ElementTree
from django.test import RequestFactory
from django.utils import translation

from home.models import HomePage
from pages.news.queries import latest_articles, related_articles

from .conftest import CHAPTER, MAIN, get, links, soup_of, text_of

CMC = ["منتدى الهيئة", "ورشة الهيئة"]
MOI = ["إطلاق خدمة الداخلية", "تدريب الداخلية"]
MOF = ["موازنة المالية"]


def titles(cards):
    return [card.title for card in cards]


def test_the_main_home_lists_the_cmcs_news_only(client, sites):
    content = text_of(soup_of(get(client, "/ar/")))
    assert all(title in content for title in CMC)
    assert not any(title in content for title in MOI + MOF)


def test_the_main_home_lists_the_chapters_news_when_it_says_so(client, sites):
    HomePage.objects.filter(pk=sites["home"].pk).update(include_chapter_news=True, latest_news_count=10)
    soup = soup_of(get(client, "/ar/"))
    content = text_of(soup)
    assert all(title in content for title in CMC + MOI + MOF)
    hrefs = links(soup)
    assert "http://a.testserver/ar/news/moi-launch/" in hrefs  # on the chapter's host
    assert "/ar/chapters/mof/news/mof-budget/" in hrefs  # a chapter without a host: on the main site


def test_the_chapter_home_lists_its_own_news(client, sites):
    soup = soup_of(get(client, "/ar/", CHAPTER))
    content = text_of(soup)
    assert all(title in content for title in MOI)
    assert not any(title in content for title in CMC + MOF)
    assert "/ar/news/moi-launch/" in links(soup)


@pytest.mark.parametrize("host", [MAIN, CHAPTER])
def test_latest_articles_under_a_root_page(sites, host):
    """``latest_articles`` (what a chapter's home and the ISOC chapter call): the root's subtree and
    language, chapters below it left out unless asked for; the same from either host."""
    request = RequestFactory().get("/ar/", HTTP_HOST=host)
    assert titles(latest_articles(request, sites["home"], 10)) == CMC
    assert titles(latest_articles(request, sites["home"], 10, include_chapters=True)) == [
        MOI[0],
        MOF[0],
        CMC[0],
        CMC[1],
        MOI[1],
    ]
    assert titles(latest_articles(request, sites["moi"], 10)) == MOI
    assert titles(latest_articles(request, sites["moi_news"], 1)) == MOI[:1]
    assert titles(latest_articles(request, sites["moi_en"], 10)) == ["Interior launches a service"]
    assert titles(latest_articles(request, sites["home_en"], 10)) == ["CMC forum"]
    assert latest_articles(request, sites["moi"], 0) == []


@pytest.mark.parametrize(
    ("host", "article", "expected"),
    [
        (MAIN, "cmc_forum", ["ورشة الهيئة"]),
        (MAIN, "mof_budget", []),
        (MAIN, "moi_launch", ["تدريب الداخلية"]),
        (CHAPTER, "moi_launch", ["تدريب الداخلية"]),
    ],
)
def test_related_news_stay_in_the_site_and_chapter(sites, host, article, expected):
    """Every article shares the tag منتدى: related news are those of the same chapter (or, for the CMC's
    articles, of none)."""
    request = RequestFactory().get("/ar/", HTTP_HOST=host)
    with translation.override("ar"):
        assert titles(related_articles(request, sites[article])) == expected


def test_related_news_on_the_article_page(client, sites):
    soup = soup_of(get(client, "/ar/news/moi-launch/", CHAPTER))
    related = text_of(soup, "main")
    assert "تدريب الداخلية" in related
    assert not any(title in related for title in CMC + MOF)


def test_news_index_lists_its_own_articles_on_either_host(client, sites):
    chapter = text_of(soup_of(get(client, "/ar/news/", CHAPTER)))
    assert all(title in chapter for title in MOI) and not any(title in chapter for title in CMC + MOF)
    main = text_of(soup_of(get(client, "/ar/news/")))
    assert all(title in main for title in CMC) and not any(title in main for title in MOI + MOF)


def menu(soup):
    return [(a.get_text(strip=True), a["href"]) for a in soup.select("nav.main-menu--bar a")]


def test_the_menu_starts_at_each_sites_home(client, sites):
    chapter_menu = [("الرئيسية", "/ar/"), ("خدمات الداخلية", "/ar/services/")]
    assert menu(soup_of(get(client, "/ar/news/", CHAPTER))) == chapter_menu
    assert menu(soup_of(get(client, "/en/", CHAPTER))) == [("Home", "/en/"), ("Interior services", "/en/services/")]
    assert menu(soup_of(get(client, "/ar/news/"))) == [
        ("الرئيسية", "/ar/"),
        ("عن الملتقى", "/ar/about/"),
        ("فروع المؤسسات", "/ar/chapters/"),
    ]


def breadcrumbs(soup):
    return [(a.get_text(strip=True), a.get("href")) for a in soup.select("nav.breadcrumbs li > *")]


def test_breadcrumbs_start_at_each_sites_home(client, sites):
    assert breadcrumbs(soup_of(get(client, "/ar/news/moi-launch/", CHAPTER))) == [
        ("فرع الداخلية", "/ar/"),
        ("أخبار الداخلية", "/ar/news/"),
        ("إطلاق خدمة الداخلية", None),
    ]
    # The same page reached through the main site: its trail from the main home, its links on their own hosts.
    assert breadcrumbs(soup_of(get(client, "/ar/chapters/moi/news/moi-launch/"))) == [
        ("الرئيسية", "/ar/"),
        ("فروع المؤسسات", "/ar/chapters/"),
        ("فرع الداخلية", "http://a.testserver/ar/"),
        ("أخبار الداخلية", "http://a.testserver/ar/news/"),
        ("إطلاق خدمة الداخلية", None),
    ]


def search_titles(client, host, query, language="ar"):
    soup = soup_of(get(client, f"/{language}/search/", host, data={"q": query}))
    return sorted(
        a.get_text(strip=True) for a in soup.select("main ol a, main ul a") if "?q=" not in a["href"] and a.get_text()
    ), soup


def test_search_covers_the_requests_site(client, sites):
    main, soup = search_titles(client, MAIN, "الداخلية")
    assert set(MOI) <= set(main)  # the main site's search covers the chapters in its tree
    assert "http://a.testserver/ar/news/moi-launch/" in links(soup)  # on the chapter's host
    chapter, soup = search_titles(client, CHAPTER, "الهيئة")
    assert not any(title in chapter for title in CMC)
    chapter, soup = search_titles(client, CHAPTER, "الداخلية")
    assert set(MOI) <= set(chapter)
    assert not any(title in chapter for title in MOF)
    assert "/ar/news/moi-launch/" in links(soup)


def sitemap_locations(client, host):
    response = get(client, "/sitemap.xml", host)
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)
    namespace = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
    return [loc.text for loc in tree.findall("sm:url/sm:loc", namespace)] + [
        link.get("href") for link in tree.findall("sm:url/xhtml:link", namespace)
    ]


def test_each_sitemap_lists_the_urls_on_its_own_host(client, sites):
    main = sitemap_locations(client, MAIN)
    chapter = sitemap_locations(client, CHAPTER)
    assert all(url.startswith("http://testserver/") for url in main)
    assert all(url.startswith("http://a.testserver/") for url in chapter)
    assert "http://testserver/ar/chapters/mof/news/mof-budget/" in main  # no host of its own
    assert "http://testserver/ar/news/cmc-forum/" in main
    assert not any("/moi" in url or "/services/" in url for url in main)
    assert set(chapter) >= {
        "http://a.testserver/ar/",
        "http://a.testserver/en/",
        "http://a.testserver/ar/news/moi-launch/",
        "http://a.testserver/en/news/moi-launch/",
        "http://a.testserver/ar/services/",
    }


def test_the_chapters_feed_lists_its_articles_on_its_host(client, sites):
    response = get(client, "/ar/news/feed/rss/", CHAPTER)
    assert response.status_code == 200
    channel = ElementTree.fromstring(response.content).find("channel")
    assert channel.find("link").text == "http://a.testserver/ar/news/"
    items = [(item.find("title").text, item.find("link").text) for item in channel.findall("item")]
    assert items == [
        ("إطلاق خدمة الداخلية", "http://a.testserver/ar/news/moi-launch/"),
        ("تدريب الداخلية", "http://a.testserver/ar/news/moi-training/"),
    ]
    main_items = ElementTree.fromstring(get(client, "/ar/news/feed/rss/").content).find("channel").findall("item")
    assert [item.find("title").text for item in main_items] == CMC


def test_the_language_switcher_stays_on_the_chapter_host(client, sites):
    soup = soup_of(get(client, "/ar/services/", CHAPTER))
    assert [a["href"] for a in soup.select("nav.language-switcher a")] == ["/en/services/"]
    assert {link["href"] for link in soup.find_all("link", rel="alternate", hreflang=True)} == {
        "http://a.testserver/ar/services/",
        "http://a.testserver/en/services/",
    }
