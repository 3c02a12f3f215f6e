from django.conf import settings
from django.db import models
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
from pages.core.models import BasePage

from .feeds import NewsAtomFeed, NewsRssFeed
from .queries import article_tags, articles_in, articles_of, related_articles


class NewsIndexPage(RoutablePageMixin, BasePage):
    """Lists the news of its language, newest first, with tag filter and RSS/Atom feeds."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsArticlePage"]
    max_count_per_parent = 1

    summary_field = "introduction"

    class Meta:
        verbose_name = _("news index page")

    def get_articles(self):
        return articles_in(self)

    @path("")
    def listing(self, request):
        tag = None
        if tag_slug := request.GET.get("tag"):
            tag = get_object_or_404(Tag, slug=tag_slug)
        # A page number that is not a number gives page 1; one past the end, the last page.
        articles = articles_of(request, self, settings.NEWS_PAGE_SIZE, request.GET.get("page"), tag)
        return self.render(
            request,
            context_overrides={"articles": articles, "paginator": articles.paginator, "tag": tag},
        )

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return NewsRssFeed()(request, news_index=self)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return NewsAtomFeed()(request, news_index=self)


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

    summary_field = "summary"

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    display_related = ("main_image",)

    @property
    def listing_image(self):
        return self.main_image

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = related_articles(request, self)
        # A preview shows the tags being edited, which only the page object holds.
        in_preview = getattr(request, "is_preview", False) or not self.pk
        context["tags"] = list(self.tags.all()) if in_preview else article_tags(self)
        return context
