"""Every absolute URL (canonical, og:url, hreflang, feed links, og:image, robots.txt, the sitemap) comes from
the request's Wagtail Site, never from the port a client put in Host or the scheme it claimed."""

import io

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.core.management import call_command
from django.test import RequestFactory
from wagtail.models import Site

from pages.core.factories import ImageFactory, translate_page
from pages.core.fastpath.page_urls import absolute_url
from pages.news.factories import NewsIndexPageFactory
from pages.standard.factories import StandardPageFactory

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
SITE = "http://127.0.0.1:8000"

# What a client can put in a request; none of it may move a link.
CLIENT_CLAIMS = {
    "another port in Host": {"HTTP_HOST": "127.0.0.1:9999"},
    "X-Forwarded-Proto": {"HTTP_X_FORWARDED_PROTO": "https"},
    "X-Forwarded-Host and Port": {"HTTP_X_FORWARDED_HOST": "evil.example", "HTTP_X_FORWARDED_PORT": "444"},
    "an https request": {"secure": True},
}


@pytest.fixture
def content(home, home_en):
    about = StandardPageFactory(parent=home, title="عن الملتقى", slug="عن", share_image=ImageFactory())
    translate_page(about, title="About", slug="about")
    news = NewsIndexPageFactory(parent=home, slug="news")
    translate_page(news, title="News", slug="news")
    call_command("set_site_url", SITE, stdout=io.StringIO())
    return {"about": about}


def head_urls(response):
    assert response.status_code == 200, response.status_code
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    head = soup.find("head")
    return {
        "canonical": head.find("link", rel="canonical")["href"],
        "og:url": head.find("meta", property="og:url")["content"],
        "og:image": head.find("meta", property="og:image")["content"],
        "hreflang": sorted(link["href"] for link in head.find_all("link", rel="alternate", hreflang=True)),
        "feeds": sorted(link["href"] for link in head.find_all("link", rel="alternate", type=True)),
    }


def sitemap_urls(response):
    tree = ElementTree.fromstring(response.content)
    return sorted(
        [loc.text for loc in tree.findall("sm:url/sm:loc", NS)]
        + [link.get("href") for link in tree.findall("sm:url/xhtml:link", NS)]
    )


def test_head_links_are_on_the_site(client, content):
    urls = head_urls(client.get(content["about"].url))
    assert urls["canonical"] == urls["og:url"] == f"{SITE}/ar/%D8%B9%D9%86/"
    assert urls["hreflang"] == [f"{SITE}/ar/%D8%B9%D9%86/"] * 2 + [f"{SITE}/en/about/"]  # ar, x-default, en
    assert urls["feeds"] == [f"{SITE}/ar/news/feed/atom/", f"{SITE}/ar/news/feed/rss/"]
    assert urls["og:image"].startswith(f"{SITE}/media/images/")


@pytest.mark.parametrize("claim", CLIENT_CLAIMS.values(), ids=CLIENT_CLAIMS.keys())
def test_what_a_client_sends_moves_no_link(client, content, claim):
    url = content["about"].url
    assert head_urls(client.get(url, **claim)) == head_urls(client.get(url))
    assert sitemap_urls(client.get("/sitemap.xml", **claim)) == sitemap_urls(client.get("/sitemap.xml"))
    sitemap = sitemap_urls(client.get("/sitemap.xml", **claim))
    assert sitemap and all(url.startswith(f"{SITE}/") for url in sitemap)
    robots = client.get("/robots.txt", **claim).content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml\n" in robots


def test_a_view_that_is_not_a_page_is_on_the_site_too(client, content):
    soup = BeautifulSoup(client.get("/ar/search/?q=x", HTTP_HOST="127.0.0.1:9999").content.decode(), "html.parser")
    assert soup.find("link", rel="canonical")["href"] == f"{SITE}/ar/search/"
    assert soup.find("link", rel="alternate", hreflang="en")["href"] == f"{SITE}/en/search/?q=x"


def test_a_site_on_443_gives_https_links_to_a_plain_http_request(client, content):
    call_command("set_site_url", "https://multaqa.example.iq", stdout=io.StringIO())
    urls = head_urls(client.get("/en/about/", HTTP_HOST="multaqa.example.iq"))
    assert urls["canonical"] == "https://multaqa.example.iq/en/about/"
    assert all(url.startswith("https://multaqa.example.iq/") for url in urls["hreflang"] + urls["feeds"])


def test_each_site_gets_its_own_root_url(client, content):
    Site.objects.create(hostname="other.example", port=80, root_page=content["about"], site_name="other")

    other = head_urls(client.get("/en/", HTTP_HOST="other.example"))
    assert other["canonical"] == "http://other.example/en/"
    assert "Sitemap: http://other.example/sitemap.xml" in client.get("/robots.txt", HTTP_HOST="other.example").text
    other_sitemap = sitemap_urls(client.get("/sitemap.xml", HTTP_HOST="other.example"))
    assert other_sitemap and all(url.startswith("http://other.example/") for url in other_sitemap)
    assert head_urls(client.get("/en/"))["canonical"] == f"{SITE}/en/"  # the default site is unmoved
    # A page that is another Site's root has its canonical address there, whichever host it is read on.
    assert head_urls(client.get("/en/about/"))["canonical"] == "http://other.example/en/"


def test_absolute_url_keeps_paths_on_the_site_and_other_sites_urls_as_they_are(content):
    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1:9999")
    assert absolute_url(request, "/ar/أخبار/") == f"{SITE}/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/"
    assert absolute_url(request, "//evil.example/x") == f"{SITE}//evil.example/x"
    assert absolute_url(request, "http://other.example/en/") == "http://other.example/en/"
    assert absolute_url(request, "") == ""
    assert absolute_url(None, "/ar/") == "/ar/"
