"""Chapter pages: the ISOC Iraq chapter, the directory of institution chapters, and each institution's
chapter home (the root of its sub-site, and of its own Site when it has a host name)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.core.blocks import BaseStreamBlock
from pages.core.models import BasePage

CHAPTER_SUBPAGE_TYPES = ["news.NewsIndexPage", "standard.StandardPage"]


class IsocChapterPage(BasePage):
    """The ISOC Iraq chapter: its purpose, board, working groups, how to join, and its news."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = CHAPTER_SUBPAGE_TYPES
    max_count = 1

    TEASER_TEXT_FIELDS = ("introduction", *BasePage.TEASER_TEXT_FIELDS)

    class Meta:
        verbose_name = _("ISOC chapter page")


class InstitutionIndexPage(BasePage):
    """The directory of institution chapters."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["chapters.InstitutionChapterPage"]
    max_count = 1

    TEASER_TEXT_FIELDS = ("introduction", *BasePage.TEASER_TEXT_FIELDS)

    class Meta:
        verbose_name = _("institution directory page")


class InstitutionChapterPage(BasePage):
    """An institution's chapter home: one per language, each pointing to the same ``Institution``."""

    institution = models.ForeignKey(
        "institutions.Institution",
        verbose_name=_("institution"),
        on_delete=models.PROTECT,
        related_name="chapter_pages",
    )
    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BaseStreamBlock(), verbose_name=_("about"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("institution"),
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["chapters.InstitutionIndexPage"]
    subpage_types = CHAPTER_SUBPAGE_TYPES

    TEASER_TEXT_FIELDS = ("introduction", *BasePage.TEASER_TEXT_FIELDS)

    display_related = ("institution",)

    class Meta:
        verbose_name = _("institution chapter page")
        verbose_name_plural = _("institution chapter pages")
