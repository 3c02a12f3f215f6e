"""What each page template shows: hero and latest news, articles with date, image, tags and related
news, the news index with its filter and pagination, search results and the empty state."""

import datetime

import pytest
from django.test import override_settings

from pages.core.factories import ImageFactory
from pages.news.factories import NewsArticlePageFactory

from .conftest import parse

# Wagtail leaves the temporary file of each new rendition for the garbage collector to close;
# pytest reports that as an unraisable ResourceWarning while the rendition is being made.
renders_images = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def test_home_shows_hero_short_number_and_latest_news(client, tree):
    soup = parse(client.get("/ar/"))
    main = soup.find("main")

    assert main.find("h1").get_text(strip=True) == tree["home"].hero_title
    assert main.find("a", href="tel:5050")
    cards = [card.find("a").get_text(strip=True) for card in main.find_all("article", class_="card")]
    assert cards == ["منتدى تقنية المعلومات الأول", "ورشة أمن الشبكات"]  # newest first
    assert main.find("a", href="/ar/news/")


def test_english_home_lists_english_news_only(client, tree):
    soup = parse(client.get("/en/"))
    cards = [card.find("a").get_text(strip=True) for card in soup.find_all("article", class_="card")]
    assert cards == ["The first IT forum"]


@pytest.mark.parametrize("key", ["home", "forum", "forum_en", "news", "about"])
def test_editor_text_takes_the_page_language_direction(client, tree, key):
    """Headings, leads, cards and blocks inherit ``<html dir>``: ``dir="auto"`` would turn an Arabic
    heading that starts with a Latin word ("ISOC: ...") left-to-right. Only the search box, where the
    reader may type either language, keeps ``dir="auto"``."""
    soup = parse(client.get(tree[key].url))
    auto = soup.find_all(dir="auto")
    # The search box comes twice: beside the brand on wide screens, inside the menu's disclosure on phones.
    assert [(element.name, element.get("name")) for element in auto] == [("input", "q")] * 2
    assert soup.find("h1").get("dir") is None


@pytest.mark.parametrize("key,expected", [("forum", "12 آذار 2025"), ("forum_en", "12 March 2025")])
def test_article_date_is_localised(client, tree, key, expected):
    soup = parse(client.get(tree[key].url))
    time = soup.find("article").find("time")
    assert time["datetime"] == "2025-03-12"
    assert time.get_text(strip=True) == expected


def test_article_tags_link_to_the_filtered_index_and_related_news_show_as_cards(client, tree):
    soup = parse(client.get(tree["forum"].url))

    tag_link = soup.find("div", class_="tag-list").find("a")
    assert tag_link.get_text(strip=True) == "منتدى"
    assert tag_link["href"].startswith("/ar/news/?tag=")
    filtered = parse(client.get(tag_link["href"]))
    assert filtered.find(class_="filter-state")
    assert "منتدى" in filtered.find(class_="filter-state").get_text()

    related = soup.find("section", class_="related")
    assert [a.get_text(strip=True) for a in related.find_all("a")] == ["ورشة أمن الشبكات"]


@renders_images
def test_images_are_renditions_with_sizes_and_lazy_below_the_fold(client, tree):
    image = ImageFactory(width=1600, height=900)
    article = tree["workshop"]
    article.main_image = image
    article.save_revision().publish()

    listing = parse(client.get("/ar/news/"))
    card_image = listing.select_one("article.card img")
    assert "/media/images/" in card_image["src"]
    assert card_image["src"] != image.file.url
    assert card_image["width"] and card_image["height"]
    assert card_image["loading"] == "lazy"
    assert card_image["alt"] == "صورة تجريبية"
    assert listing.select_one("article.card picture source[type='image/avif']")

    page = parse(client.get(article.url))
    main_image = page.find("figure", class_="article__image").find("img")
    assert main_image["width"] and main_image["height"]
    assert not main_image.has_attr("loading")  # the article's own image is above the fold
    og_image = page.find("meta", property="og:image")["content"]
    assert og_image.startswith("http://testserver/media/images/")
    assert "fill-1200x630" in og_image


@override_settings(NEWS_PAGE_SIZE=2)
def test_news_index_paginates_with_rel_prev_and_next(client, tree):
    for day in range(1, 5):
        NewsArticlePageFactory(parent=tree["news"], date=datetime.date(2024, 1, day))

    first = parse(client.get("/ar/news/"))
    pagination = first.find("nav", class_="pagination")
    assert pagination.find("a", rel="next")["href"] == "?page=2"
    assert not pagination.find("a", rel="prev")
    assert pagination.find(attrs={"aria-current": "page"}).get_text(strip=True) == "1"

    second = parse(client.get("/ar/news/?page=2"))
    pagination = second.find("nav", class_="pagination")
    assert pagination.find("a", rel="prev")["href"] == "?page=1"
    assert pagination.find("a", rel="next")["href"] == "?page=3"


@override_settings(NEWS_PAGE_SIZE=1)
def test_pagination_keeps_the_tag_filter(client, tree):
    tag = tree["forum"].tags.first()
    soup = parse(client.get(f"/ar/news/?tag={tag.slug}"))
    next_link = soup.find("nav", class_="pagination").find("a", rel="next")["href"]
    assert f"tag={tag.slug}" in next_link or "tag=%D9" in next_link
    assert "page=2" in next_link


def test_news_index_links_its_feeds(client, tree):
    soup = parse(client.get("/en/news/"))
    feeds = soup.find(class_="feed-links")
    assert feeds.find("a", type="application/rss+xml")["href"] == "/en/news/feed/rss/"
    assert feeds.find("a", type="application/atom+xml")["href"] == "/en/news/feed/atom/"


def test_standard_page_shows_title_and_introduction(client, tree):
    soup = parse(client.get("/ar/about/"))
    assert soup.find("h1").get_text(strip=True) == "عن الملتقى"
    assert soup.find("p", class_="lead").get_text(strip=True) == tree["about"].introduction


def test_search_keeps_the_query_counts_results_and_links_them(client, tree):
    soup = parse(client.get("/ar/search/?q=%D9%85%D9%86%D8%AA%D8%AF%D9%89"))  # منتدى
    field = soup.find("input", id="search-page-query")
    assert field["value"] == "منتدى"
    assert soup.find("label", attrs={"for": "search-page-query"})
    assert soup.find(class_="result-count")
    links = [a["href"] for a in soup.find("ol", class_="search-results").find_all("a")]
    assert "/ar/news/forum/" in links


def test_search_without_results_says_so(client, tree):
    soup = parse(client.get("/ar/search/?q=zzzqqq"))
    assert not soup.find("ol", class_="search-results")
    empty = soup.find(class_="empty-state")
    assert "zzzqqq" in empty.get_text()
    assert soup.find("input", id="search-page-query")["value"] == "zzzqqq"


def test_every_form_field_has_a_label(client, tree):
    for url in ("/ar/", "/en/search/?q=x"):
        soup = parse(client.get(url))
        for field in soup.find_all("input"):
            assert soup.find("label", attrs={"for": field["id"]}), (url, field)


def test_standard_page_lists_its_live_sub_pages(client, tree):
    soup = parse(client.get("/ar/about/"))
    section = soup.find("nav", class_="section-pages")
    assert [(a.get_text(strip=True), a["href"]) for a in section.find_all("a")] == [
        ("تاريخ الملتقى", "/ar/about/history/")
    ]

    tree["history"].unpublish()
    assert not parse(client.get("/ar/about/")).find("nav", class_="section-pages")
