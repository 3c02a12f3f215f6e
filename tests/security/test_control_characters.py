"""Characters XML cannot carry are stripped when a page is saved, and never break a feed."""

import feedparser
import pytest
from taggit.models import Tag

from pages.core.text import xml_safe
from pages.news.factories import NewsArticlePageFactory, NewsIndexPageFactory
from pages.news.models import NewsArticlePage

PASTED = "تقرير\x0b الوزارة\x00\x1f\ufffe"  # a vertical tab from a word processor, and worse
STORED = PASTED.replace("\x00", "")  # what a database can hold: PostgreSQL text cannot hold NUL


def test_xml_safe_keeps_text_tabs_and_line_breaks():
    assert xml_safe("a\tb\nc\r\nd 😀 ﷺ") == "a\tb\nc\r\nd 😀 ﷺ"
    assert xml_safe(PASTED) == "تقرير الوزارة"
    assert xml_safe(None) is None


@pytest.fixture
def news_index(home):
    return NewsIndexPageFactory(parent=home, slug="news")


@pytest.mark.django_db
def test_saving_a_page_strips_them_from_its_text_fields(news_index):
    article = NewsArticlePageFactory(parent=news_index, title="عنوان", summary="ملخص")
    article.title = PASTED
    article.summary = PASTED
    article.seo_title = PASTED
    article.search_description = PASTED
    revision = article.save_revision()
    revision.publish()

    saved = NewsArticlePage.objects.get(pk=article.pk)
    fields = (saved.title, saved.draft_title, saved.summary, saved.seo_title, saved.search_description)
    assert fields == ("تقرير الوزارة",) * 5
    assert PASTED not in str(revision.content)


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_a_feed_strips_them_whatever_the_database_holds(client, news_index, kind):
    article = NewsArticlePageFactory(parent=news_index, summary="ملخص", tags=["وسم"])
    # Written past the model's cleaning, as an import or an older version might have.
    NewsArticlePage.objects.filter(pk=article.pk).update(title=STORED, summary=STORED)
    type(news_index).objects.filter(pk=news_index.pk).update(title=STORED, search_description=STORED)
    Tag.objects.filter(name="وسم").update(name="وسم\x0b")

    response = client.get(f"/ar/news/feed/{kind}/")

    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "تقرير الوزارة"
    assert feed.entries[0].title == "تقرير الوزارة"
    assert feed.entries[0].tags[0].term == "وسم"
