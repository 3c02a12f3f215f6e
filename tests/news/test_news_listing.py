"""The news index lists its language's articles newest first, paginated, filterable by tag;
an article shows related articles."""

import datetime
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import override_settings

from pages.core.factories import translate_page
from pages.news.factories import NewsArticlePageFactory


def listed(response):
    return [article.pk for article in response.context["articles"]]


def test_listing_is_newest_first_and_leaves_out_drafts(client, news_index):
    old = NewsArticlePageFactory(parent=news_index, date=datetime.date(2026, 1, 5))
    new = NewsArticlePageFactory(parent=news_index, date=datetime.date(2026, 3, 1))
    middle = NewsArticlePageFactory(parent=news_index, date=datetime.date(2026, 2, 1))
    draft = NewsArticlePageFactory(parent=news_index, date=datetime.date(2026, 4, 1))
    draft.unpublish()

    response = client.get("/ar/news/")

    assert response.status_code == 200
    assert listed(response) == [new.pk, middle.pk, old.pk]


@override_settings(NEWS_PAGE_SIZE=10)
def test_listing_paginates(client, news_index, make_articles):
    articles = sorted(make_articles(23), key=lambda a: a.date, reverse=True)

    page_one = client.get("/ar/news/")
    page_three = client.get("/ar/news/?page=3")

    assert listed(page_one) == [a.pk for a in articles[:10]]
    assert listed(page_three) == [a.pk for a in articles[20:]]
    assert page_one.context["paginator"].num_pages == 3


@pytest.mark.parametrize("page", ["999", "abc", "-1"])
def test_out_of_range_page_numbers_fall_back_to_a_real_page(client, news_index, make_articles, page):
    make_articles(3)
    response = client.get(f"/ar/news/?page={page}")
    assert response.status_code == 200
    assert len(listed(response)) == 3


def test_tag_filter_keeps_only_tagged_articles(client, news_index):
    tagged = NewsArticlePageFactory(parent=news_index, tags=["أمن المعلومات"])
    NewsArticlePageFactory(parent=news_index, tags=["تدريب"])

    response = client.get(f"/ar/news/?tag={tagged.tags.first().slug}")

    assert listed(response) == [tagged.pk]
    assert response.context["tag"].name == "أمن المعلومات"


def test_unknown_tag_is_a_404(client, news_index):
    assert client.get("/ar/news/?tag=no-such-tag").status_code == 404


def test_each_language_lists_only_its_own_articles(client, news_index, news_index_en):
    arabic = NewsArticlePageFactory(parent=news_index)
    english = translate_page(arabic, title="Ministries open new services")
    arabic_only = NewsArticlePageFactory(parent=news_index)

    assert listed(client.get("/en/news/")) == [english.pk]
    assert set(listed(client.get("/ar/news/"))) == {arabic.pk, arabic_only.pk}


def test_article_shows_related_articles_sharing_a_tag(client, news_index):
    article = NewsArticlePageFactory(parent=news_index, tags=["شبكات"])
    related = NewsArticlePageFactory.create_batch(4, parent=news_index, tags=["شبكات"])
    NewsArticlePageFactory(parent=news_index, tags=["تدريب"])

    response = client.get(article.url)

    shown = [page.pk for page in response.context["related_articles"]]
    newest_three = [page.pk for page in sorted(related, key=lambda a: a.date, reverse=True)[:3]]
    assert shown == newest_three


def test_home_lists_the_latest_news_of_its_language(client, home, news_index, make_articles):
    articles = sorted(make_articles(5), key=lambda a: a.date, reverse=True)
    home.latest_news_count = 3
    home.save_revision().publish()

    response = client.get("/ar/")

    assert [page.pk for page in response.context["latest_news"]] == [a.pk for a in articles[:3]]


def head_links(response):
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    canonical = soup.find("link", rel="canonical")["href"]
    alternates = {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate", hreflang=True)}
    switcher = soup.find("nav", class_="language-switcher").find("a")["href"]
    return canonical, alternates, switcher


@override_settings(NEWS_PAGE_SIZE=2)
@pytest.mark.parametrize(
    ("query", "canonical_query"), [("", ""), ("?page=1", ""), ("?page=x", ""), ("?page=2", "?page=2")]
)
def test_a_listing_page_is_its_own_canonical_and_the_switcher_keeps_its_number(
    client, news_index, news_index_en, make_articles, query, canonical_query
):
    make_articles(4)

    canonical, alternates, switcher = head_links(client.get(f"/ar/news/{query}"))

    assert canonical == f"http://testserver/ar/news/{canonical_query}"
    assert switcher == f"/en/news/{canonical_query}"
    assert alternates["ar"] == canonical
    if canonical_query:
        # Whether the English list has a page 2 is not known without counting: no hreflang claims it.
        assert set(alternates) == {"ar", "x-default"}
    else:
        assert alternates["en"] == "http://testserver/en/news/"


@override_settings(NEWS_PAGE_SIZE=2)
def test_the_switcher_keeps_a_tag_only_where_the_other_language_uses_it(client, news_index, news_index_en):
    arabic_only = NewsArticlePageFactory(parent=news_index, tags=["تدريب"])
    shared = NewsArticlePageFactory(parent=news_index, tags=["5G"])
    NewsArticlePageFactory(parent=news_index_en, tags=["5G"])

    canonical, alternates, switcher = head_links(client.get(f"/ar/news/?tag={arabic_only.tags.first().slug}"))
    assert switcher == "/en/news/"  # no English article has this tag: the whole English list
    assert "en" not in alternates
    assert canonical == alternates["ar"]

    slug = shared.tags.first().slug
    canonical, alternates, switcher = head_links(client.get(f"/ar/news/?tag={slug}"))
    assert switcher == f"/en/news/?tag={slug}"
    assert alternates["en"] == f"http://testserver/en/news/?tag={slug}"
    assert canonical == f"http://testserver/ar/news/?tag={slug}"


def test_the_tag_filter_sentence_is_one_piece_of_text(client, news_index):
    """The quotes hug the tag: the sentence is one flex item, so the gap of .filter-state stays outside it."""
    article = NewsArticlePageFactory(parent=news_index, tags=["الملتقى"])
    soup = BeautifulSoup(client.get(f"/ar/news/?tag={article.tags.first().slug}").content.decode(), "html.parser")

    state = soup.find(class_="filter-state")
    sentence = state.find("span", recursive=False)
    assert sentence.find("bdi").get_text() == "الملتقى"
    assert [child.name for child in state.children if getattr(child, "name", None)] == ["span", "a"]
    assert re.search(r"[«“]الملتقى[»”]", sentence.get_text())


def grid_column_counts():
    """The column counts of ``.card-grid`` at each width, read from the stylesheet."""
    css = (Path(settings.BASE_DIR) / "cms" / "static" / "css" / "multaqa.css").read_text()
    rules = re.findall(r"\.card-grid\s*\{([^}]*)\}", css)
    return [int(count) for rule in rules for count in re.findall(r"grid-template-columns:\s*repeat\((\d+),", rule)]


def test_a_full_news_page_fills_every_row_of_the_card_grid():
    counts = grid_column_counts()
    assert counts == [1, 2, 3]
    assert all(settings.NEWS_PAGE_SIZE % count == 0 for count in counts), settings.NEWS_PAGE_SIZE
