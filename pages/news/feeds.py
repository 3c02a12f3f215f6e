"""RSS 2.0 and Atom feeds of one news index, in that index's language.

A feed never fails whatever text the database holds: every string it writes (the feed's own and each
item's, categories included) loses the characters XML 1.0 cannot carry (``pages.core.text.xml_safe``),
which Django's feed generator would otherwise refuse with ``UnserializableContentError``.

Links are absolute on the request's Wagtail Site (``pages.core.page_urls.absolute_url``), not on the
host and port the client sent, which Django's ``Feed`` would otherwise use.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from pages.core.page_urls import absolute_url
from pages.core.text import xml_safe

FEED_LENGTH = 20


def xml_safe_values(value):
    """``value`` with every string in it, also inside lists, tuples and dicts, made ``xml_safe``."""
    if isinstance(value, dict):
        return {key: xml_safe_values(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(xml_safe_values(item) for item in value)
    return xml_safe(value)


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed = xml_safe_values(feed.feed)
        feed.items = [xml_safe_values(item) for item in feed.items]
        return feed

    def get_object(self, request, news_index):
        self.request = request
        self.language = news_index.locale.language_code
        return news_index

    def title(self, news_index):
        return news_index.title

    def link(self, news_index):
        return absolute_url(self.request, news_index.get_url(self.request))

    def feed_url(self, news_index):
        return absolute_url(self.request, self.request.path)

    def description(self, news_index):
        return news_index.search_description or news_index.introduction or news_index.title

    def items(self, news_index):
        return news_index.get_articles().prefetch_related("tags")[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary

    def item_link(self, article):
        return absolute_url(self.request, article.get_url(self.request))

    def item_pubdate(self, article):
        return article.first_published_at

    def item_updateddate(self, article):
        return article.last_published_at

    def item_categories(self, article):
        return [tag.name for tag in article.tags.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
