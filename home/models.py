from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.core.blocks import BaseStreamBlock
from pages.core.models import BasePage
from pages.news.queries import latest_articles


class HomePage(BasePage):
    """The site's front page: one per language (the English one is its translation)."""

    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=600)
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    latest_news_count = models.PositiveSmallIntegerField(
        _("number of latest news articles"),
        default=3,
        help_text=_("How many of the newest articles the home page lists (0 hides the section)."),
    )
    include_chapter_news = models.BooleanField(
        _("include institution chapters' news"),
        default=False,
        help_text=_(
            "List the news of the institution chapters among the latest news too. Each chapter lists its own"
            " news on its home."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
        FieldPanel("latest_news_count"),
        FieldPanel("include_chapter_news"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_title"),
        index.SearchField("hero_text"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "standard.StandardPage",
        "news.NewsIndexPage",
        "chapters.IsocChapterPage",
        "chapters.InstitutionIndexPage",
    ]
    # One home page; its translations come from wagtail-localize, which does not count against this.
    max_count = 1

    TEASER_TEXT_FIELDS = ("hero_text", *BasePage.TEASER_TEXT_FIELDS)
    TEASER_IMAGE_FIELD = "hero_image"

    class Meta:
        verbose_name = _("home page")

    display_related = ("hero_image",)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = latest_articles(request, self, self.latest_news_count)
        return context
