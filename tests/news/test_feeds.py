"""RSS and Atom feeds of each language parse with a real feed parser and list that language's news."""

import feedparser
import pytest

from pages.core.factories import translate_page


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
