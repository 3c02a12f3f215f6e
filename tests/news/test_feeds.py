"""RSS and Atom feeds of each language parse with a real feed parser and list that language's news, each
item dated by its article, titled with the site's name, laid out by the feed stylesheet in a browser."""

import calendar
import datetime
from types import SimpleNamespace

import feedparser
import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Site

from pages.core.factories import translate_page
from pages.core.models import SiteSettings
from pages.news.feeds import item_date


@pytest.fixture
def bilingual_news(news_index, news_index_en, make_articles):
    arabic = make_articles(3, tags=["تدريب"])
    english = [
        translate_page(article, title=f"Article {n}", summary="An English summary") for n, article in enumerate(arabic)
    ]
    return arabic, english


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_arabic_feed_lists_arabic_news_newest_first(client, bilingual_news, kind):
    arabic, _ = bilingual_news
    response = client.get(f"/ar/news/feed/{kind}/")
    assert response.status_code == 200

    feed = feedparser.parse(response.content)

    assert not feed.bozo, feed.bozo_exception
    assert feed.version == ("rss20" if kind == "rss" else "atom10")
    assert feed.feed.language == "ar"
    titles = [entry.title for entry in feed.entries]
    assert titles == [article.title for article in sorted(arabic, key=lambda a: a.date, reverse=True)]
    assert all(entry.link.startswith("http://testserver/ar/news/") for entry in feed.entries)
    assert feed.entries[0].tags[0].term == "تدريب"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_english_feed_lists_english_news(client, bilingual_news, kind):
    _, english = bilingual_news
    feed = feedparser.parse(client.get(f"/en/news/feed/{kind}/").content)

    assert not feed.bozo, feed.bozo_exception
    assert {entry.title for entry in feed.entries} == {article.title for article in english}
    assert all("/en/news/" in entry.link for entry in feed.entries)
    assert all(entry.summary == "An English summary" for entry in feed.entries)


def test_feed_keeps_to_its_length_and_skips_drafts(client, news_index, make_articles):
    make_articles(22)
    draft = make_articles(1)[0]
    draft.unpublish()

    feed = feedparser.parse(client.get("/ar/news/feed/rss/").content)

    assert len(feed.entries) == 20
    assert draft.title not in {entry.title for entry in feed.entries}


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feed_links_come_from_the_site_not_from_the_host_header(client, bilingual_news, kind):
    """A client that puts another port in ``Host`` or claims https gets the configured Site's links."""
    response = client.get(f"/ar/news/feed/{kind}/", HTTP_HOST="testserver:9999", HTTP_X_FORWARDED_PROTO="https")
    feed = feedparser.parse(response.content)

    assert not feed.bozo, feed.bozo_exception
    links = [feed.feed.link, *(entry.link for entry in feed.entries)]
    assert all(link.startswith("http://testserver/ar/news/") for link in links), links
    assert b"9999" not in response.content
    assert b"https://" not in response.content


@pytest.fixture
def site_name(home):
    SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"name_ar": "ملتقى تقنية المعلومات الحكومي", "name_en": "Government IT Community"},
    )


@pytest.mark.parametrize(
    "url,title",
    [
        ("/ar/news/feed/rss/", "الأخبار | ملتقى تقنية المعلومات الحكومي"),
        ("/ar/news/feed/atom/", "الأخبار | ملتقى تقنية المعلومات الحكومي"),
        ("/en/news/feed/rss/", "News | Government IT Community"),
        ("/en/news/feed/atom/", "News | Government IT Community"),
    ],
)
def test_feed_title_names_the_site_in_the_feeds_language(client, site_name, bilingual_news, url, title):
    feed = feedparser.parse(client.get(url).content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == title


def test_feed_title_is_the_index_title_without_a_site_name(client, bilingual_news):
    assert feedparser.parse(client.get("/ar/news/feed/rss/").content).feed.title == "الأخبار"


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_items_carry_their_articles_dates_at_noon_in_baghdad(client, news_index, make_articles, kind):
    """Every article was published just now; each item still shows the day its article gives."""
    dates = [datetime.date(2025, 3, 12), datetime.date(2024, 11, 17), datetime.date(2023, 1, 1)]
    for article, date in zip(make_articles(3), dates, strict=True):
        article.date = date
        article.save_revision().publish()

    response = client.get(f"/ar/news/feed/{kind}/")
    feed = feedparser.parse(response.content)

    assert not feed.bozo, feed.bozo_exception
    noon_in_utc = [datetime.datetime.combine(date, datetime.time(9, 0), datetime.UTC) for date in dates]
    published = [calendar.timegm(entry.published_parsed) for entry in feed.entries]
    assert published == [moment.timestamp() for moment in noon_in_utc]
    if kind == "rss":
        assert b"<pubDate>Wed, 12 Mar 2025 12:00:00 +0300</pubDate>" in response.content
    else:
        assert [calendar.timegm(entry.updated_parsed) for entry in feed.entries] == published
        assert b"<published>2025-03-12T12:00:00+03:00</published>" in response.content


def test_an_article_without_a_date_is_dated_by_its_first_publication():
    published = datetime.datetime(2025, 3, 12, 8, 30, tzinfo=datetime.UTC)
    assert item_date(SimpleNamespace(date=None, first_published_at=published)) == published


@pytest.mark.parametrize("kind,root", [("rss", b"<rss "), ("atom", b"<feed ")])
def test_feed_links_its_stylesheet_and_names_its_language_on_the_root(client, bilingual_news, kind, root):
    """What a browser needs to lay a feed out: a type it renders as XML (not application/rss+xml, which
    Chromium shows as plain text), the stylesheet, and the language on the root element."""
    response = client.get(f"/ar/news/feed/{kind}/")
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    content = response.content
    instruction = b'<?xml-stylesheet href="/static/feeds/feed.css" media="screen" type="text/css"?>'
    assert content.index(instruction) < content.index(root)
    root_tag = content[content.index(root) : content.index(b">", content.index(root))]
    assert b'xml:lang="ar"' in root_tag
    assert finders.find("feeds/feed.css")
