from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from pages.core.blocks import BaseStreamBlock
from pages.core.models import BasePage


class StandardPage(BasePage):
    """A general content page: about pages, policies, contact details."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = [
        "home.HomePage",
        "standard.StandardPage",
        "chapters.IsocChapterPage",
        "chapters.InstitutionChapterPage",
    ]
    subpage_types = ["standard.StandardPage"]

    TEASER_TEXT_FIELDS = ("introduction", *BasePage.TEASER_TEXT_FIELDS)

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
