"""Finds the demo site's URLs by following links, as a reader would, instead of hard-coding slugs."""

import urllib.request
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.anchors = []  # hrefs of <a> in document order
        self.alternates = {}  # hreflang -> href of <link rel="alternate">
        self.in_main = 0
        self.main_anchors = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.in_main += 1
        elif tag == "a" and attrs.get("href"):
            self.anchors.append(attrs["href"])
            if self.in_main:
                self.main_anchors.append(attrs["href"])
        elif tag == "link" and attrs.get("rel") == "alternate" and attrs.get("hreflang") and attrs.get("href"):
            self.alternates[attrs["hreflang"]] = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "main" and self.in_main:
            self.in_main -= 1


def fetch_links(url, language):
    request = urllib.request.Request(url, headers={"Accept-Language": language})
    with urllib.request.urlopen(request, timeout=10) as response:
        collector = LinkCollector()
        collector.feed(response.read().decode())
    return collector


def path_of(base, href):
    return unquote(urlsplit(urljoin(base, href)).path)


def article_paths(index_path, hrefs):
    """Paths of the articles an index links to: its children, not itself, its feeds or its query strings."""
    paths = []
    for href in hrefs:
        parts = urlsplit(href)
        link_path = unquote(parts.path)
        if parts.query or parts.fragment or parts.netloc:
            continue
        is_child = link_path.startswith(index_path) and link_path != index_path and "/feed/" not in link_path
        if is_child and link_path not in paths:
            paths.append(link_path)
    return paths


def alternate_path(base_url, path, language, alternate_language):
    collector = fetch_links(base_url + path, language)
    href = collector.alternates.get(alternate_language)
    assert href, f"{path} has no <link rel=alternate hreflang={alternate_language}>"
    return path_of(base_url + path, href)


def discover(base_url, arabic_news_path="/ar/news/"):
    """The paths of the home, news index and one article in each language (English ones via hreflang)."""
    news = fetch_links(base_url + arabic_news_path, "ar")
    articles = article_paths(arabic_news_path, news.main_anchors)
    assert articles, f"{arabic_news_path} links to no article"
    urls = {
        ("ar", "home"): "/ar/",
        ("ar", "news_index"): arabic_news_path,
        ("ar", "article"): articles[0],
    }
    for kind in ("home", "news_index", "article"):
        urls[("en", kind)] = alternate_path(base_url, urls[("ar", kind)], "ar", "en")
    return urls
