"""RSS 2.0 and Atom feeds of one news index, in that index's language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

FEED_LENGTH = 20


class NewsRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, news_index):
        self.request = request
        self.language = news_index.locale.language_code
        return news_index

    def title(self, news_index):
        return news_index.title

    def link(self, news_index):
        return news_index.get_url(self.request)

    def description(self, news_index):
        return news_index.search_description or news_index.introduction or news_index.title

    def items(self, news_index):
        return news_index.get_articles().prefetch_related("tags")[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.summary

    def item_link(self, article):
        return article.get_url(self.request)

    def item_pubdate(self, article):
        return article.first_published_at

    def item_updateddate(self, article):
        return article.last_published_at

    def item_categories(self, article):
        return [tag.name for tag in article.tags.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description
