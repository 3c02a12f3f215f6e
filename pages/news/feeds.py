"""RSS 2.0 and Atom feeds of one news index, in that index's language.

A feed never fails whatever text the database holds: every string it writes (the feed's own and each
item's, categories included) loses the characters XML 1.0 cannot carry (``pages.core.text.xml_safe``),
which Django's feed generator would otherwise refuse with ``UnserializableContentError``.

Links are absolute on the request's Wagtail Site (``pages.core.fastpath.page_urls.absolute_url``), not on the
host and port the client sent, which Django's ``Feed`` would otherwise use.

Each item is dated by its article's ``date`` (the day the news happened, which editors set), at noon in
the site's time zone: the same day wherever a reader is, and not the moment the page was last published
(for imported or demo content, one moment for every item). The title names the site in the feed's
language ("الأخبار | ملتقى …", as page titles do).

Opened in a browser, a feed is laid out by a CSS stylesheet of its own (``static/feeds/feed.css``, in an
``xml-stylesheet`` instruction): same origin, no inline style, so the public CSP allows it. Not XSLT:
browsers have deprecated it (Chromium shows a warning banner over the result and is removing it).
The stylesheet reads the feed's direction from ``xml:lang`` on the root element, which Atom has and
which the RSS feed adds; both are served as ``application/xml``, the type browsers lay out.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.templatetags.static import static
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, RssFeed, Stylesheet
from django.utils.xmlutils import SimplerXMLGenerator

from pages.core.fastpath.page_urls import absolute_url
from pages.core.models import SiteSettings
from pages.core.text import xml_safe

FEED_LENGTH = 20
# A date without a time, placed at noon in the site's time zone: the same calendar day from UTC-12 to UTC+12.
ITEM_TIME = datetime.time(12, 0)


def xml_safe_values(value):
    """``value`` with every string in it, also inside lists, tuples and dicts, made ``xml_safe``."""
    if isinstance(value, dict):
        return {key: xml_safe_values(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(xml_safe_values(item) for item in value)
    return xml_safe(value)


def item_date(article):
    """The article's own date at noon in the site's time zone; when it has none, its first publication."""
    if article.date is None:
        return article.first_published_at
    return timezone.make_aware(datetime.datetime.combine(article.date, ITEM_TIME), timezone.get_default_timezone())


# Chromium shows a document served as application/rss+xml or application/atom+xml as plain text, with no
# stylesheet; as application/xml it lays it out. Feed readers read the document whatever its type, and the
# pages' <link rel="alternate"> still names each feed's format.
BROWSABLE_CONTENT_TYPE = "application/xml; charset=utf-8"


class BrowsableRss(Rss201rev2Feed):
    """RSS 2.0 a browser lays out with the feed stylesheet: ``xml:lang`` on ``<rss>`` (as Atom has on
    ``<feed>``) gives the stylesheet the direction."""

    content_type = BROWSABLE_CONTENT_TYPE

    def rss_attributes(self):
        return {**super().rss_attributes(), "xml:lang": self.feed["language"]}


class BrowsableAtom(Atom1Feed):
    """Atom a browser lays out with the feed stylesheet: the ``xml-stylesheet`` instructions, which
    Django 5.2 writes for RSS only (``Atom1Feed.write`` never calls ``add_stylesheets``), written by RSS's
    own ``add_stylesheets`` before the root element."""

    content_type = BROWSABLE_CONTENT_TYPE
    add_stylesheets = RssFeed.add_stylesheets

    def write(self, outfile, encoding):
        handler = SimplerXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        self.add_stylesheets(handler)
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")


class NewsRssFeed(Feed):
    feed_type = BrowsableRss

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
        with translation.override(self.language):
            site_name = SiteSettings.for_request(self.request).name
        return f"{news_index.title} | {site_name}" if site_name else news_index.title

    def stylesheets(self):
        return [Stylesheet(static("feeds/feed.css"), mimetype="text/css")]

    def link(self, news_index):
        return absolute_url(self.request, news_index.get_url(self.request))

    def feed_url(self, news_index):
        return absolute_url(self.request, self.request.path)

    def description(self, news_index):
        return news_index.description_text() or news_index.title

    def items(self, news_index):
        return news_index.get_articles().prefetch_related("tags")[:FEED_LENGTH]

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.teaser_text()

    def item_link(self, article):
        return absolute_url(self.request, article.get_url(self.request))

    def item_pubdate(self, article):
        return item_date(article)

    def item_updateddate(self, article):
        return item_date(article)

    def item_categories(self, article):
        return [tag.name for tag in article.tags.all()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = BrowsableAtom
    subtitle = NewsRssFeed.description
