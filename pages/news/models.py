from urllib.parse import urlencode

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField

from pages.core.blocks import BaseStreamBlock
from pages.core.i18n import active_language
from pages.core.models import BasePage

from .feeds import NewsAtomFeed, NewsRssFeed
from .queries import article_tags, articles_in, articles_of, related_articles


class NewsIndexPage(RoutablePageMixin, BasePage):
    """Lists the news of its language, newest first, with tag filter and RSS/Atom feeds."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage", "chapters.IsocChapterPage", "chapters.InstitutionChapterPage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count_per_parent = 1

    TEASER_TEXT_FIELDS = ("introduction", *BasePage.TEASER_TEXT_FIELDS)

    class Meta:
        verbose_name = _("news index page")

    def get_articles(self):
        return articles_in(self)

    @path("")
    def listing(self, request):
        tag = None
        if tag_slug := request.GET.get("tag"):
            tag = get_object_or_404(tag_with_its_languages(), slug=tag_slug)
        # A page number that is not a number gives page 1; one past the end, the last page.
        articles = articles_of(request, self, settings.NEWS_PAGE_SIZE, request.GET.get("page"), tag)
        return self.render(
            request,
            context_overrides={
                "articles": articles,
                "paginator": articles.paginator,
                "tag": tag,
                "listing_queries": listing_queries(active_language(), tag, articles.number),
            },
        )

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return NewsRssFeed()(request, news_index=self)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return NewsAtomFeed()(request, news_index=self)


def tag_with_its_languages():
    """Tags, each with ``in_<language>``: whether live articles of that language carry it. Tags are per
    language (an Arabic tag's slug is Arabic): the switcher keeps a tag only where it lists something.
    Annotations of the one query that finds the tag."""
    return Tag.objects.annotate(
        **{
            f"in_{code}": Exists(
                NewsArticleTag.objects.filter(
                    tag_id=OuterRef("pk"), content_object__live=True, content_object__locale__language_code=code
                )
            )
            for code, _name in settings.LANGUAGES
        }
    )


def listing_queries(language_code, tag, page_number):
    """``{language code: (query string, exists)}`` for the language versions of a page of the listing.

    The page shown keeps its tag and page number (its canonical address; page 1 is the bare address). The
    other languages keep the tag if their articles carry it, and then the page number: a number past the
    end of their listing shows its last page, so the link never fails. ``exists`` (worth an hreflang
    alternate) only where the version is known to list the same: the page itself, and another language's
    first page with the same tag or none (whether its page 2 exists is not known without counting).
    """
    queries = {}
    for code, _name in settings.LANGUAGES:
        own = code == language_code
        keeps_tag = tag is not None and (own or getattr(tag, f"in_{code}", False))
        params = {}
        if keeps_tag:
            params["tag"] = tag.slug
        if page_number > 1 and (keeps_tag or tag is None):
            params["page"] = page_number
        query = f"?{urlencode(params)}" if params else ""
        equivalent = (tag is None or keeps_tag) and "page" not in params
        queries[code] = (query, own or equivalent)
    return queries


class NewsArticleTag(TaggedItemBase):
    content_object = ParentalKey("news.NewsArticlePage", on_delete=models.CASCADE, related_name="tagged_items")


class NewsArticlePage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("One or two sentences shown in listings, feeds and search results."),
    )
    main_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"))
    tags = ClusterTaggableManager(through=NewsArticleTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("date"), FieldPanel("summary"), FieldPanel("main_image")], heading=_("Article")),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("date"),
    ]

    # Each language keeps its own tags: wagtail-localize would otherwise copy the source page's tags over
    # the translation's on every sync (a field that is neither translated nor synchronised).
    override_translatable_fields = [BaseTranslatableField("tags"), BaseTranslatableField("tagged_items")]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    TEASER_TEXT_FIELDS = ("summary", *BasePage.TEASER_TEXT_FIELDS)
    TEASER_IMAGE_FIELD = "main_image"

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    display_related = ("main_image",)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = related_articles(request, self)
        # A preview shows the tags being edited, which only the page object holds.
        in_preview = getattr(request, "is_preview", False) or not self.pk
        context["tags"] = list(self.tags.all()) if in_preview else article_tags(self)
        return context
