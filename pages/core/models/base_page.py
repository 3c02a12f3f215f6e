"""The abstract page every Multaqa page type inherits from."""

from django.conf import settings
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index

from ..fastpath.page_urls import own_site_root
from ..fastpath.privacy import view_restrictions_of
from ..teasers import SEARCH_DESCRIPTION, description_of, first_text
from ..text import xml_safe


def current_site_id(request):
    site = Site.find_for_request(request) if isinstance(request, HttpRequest) else None
    return site.pk if site else None


class OneSiteRoot:
    """Stands for a request in Wagtail's site-root lookup (``Page._get_site_root_paths`` reads the
    root paths it caches on the request) holding only the site root chosen for a page."""

    def __init__(self, root):
        self._wagtail_cached_site_root_paths = [root]


class BasePage(Page):
    """Shared SEO and social fields, the teaser contract, search fields and sitemap alternates.

    ``search_description`` (Wagtail's own promote field) is the meta description, falling back to the
    teaser text; ``share_image`` is the Open Graph image, falling back to the teaser image
    (``pages.core.teasers``).
    """

    share_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("share image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media. 1200×630 pixels works best."),
    )

    search_fields = [*Page.search_fields, index.SearchField("search_description")]

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("share_image"),
            ],
            heading=_("For search engines and social media"),
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("For site menus")),
    ]

    # The teaser contract (pages.core.teasers): the text fields that describe the page in cards, best
    # first (page types put their own summary before the search description), and its image field.
    TEASER_TEXT_FIELDS = (SEARCH_DESCRIPTION,)
    TEASER_IMAGE_FIELD = None

    # Foreign keys that rendering the page follows, loaded with it when it is routed (pages.core.fastpath.routing).
    # Not share_image: usually empty, and then it costs no query.
    display_related = ()

    class Meta:
        abstract = True

    def strip_invalid_characters(self):
        """Remove from every text field the characters XML cannot carry (``pages.core.text``): U+000B and
        other control characters pasted from a word processor would break the news feeds."""
        for field in self._meta.concrete_fields:
            if isinstance(field, (models.CharField, models.TextField)):
                setattr(self, field.attname, xml_safe(getattr(self, field.attname)))

    # Wagtail cleans a page on every save, draft or published: full_clean, or minimal_clean with clean=False.
    def full_clean(self, *args, **kwargs):
        self.strip_invalid_characters()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        self.strip_invalid_characters()
        super().minimal_clean()

    def teaser_text(self):
        """The text of the page's card: the first of its ``TEASER_TEXT_FIELDS`` that is filled in."""
        return first_text(getattr(self, name) for name in self.TEASER_TEXT_FIELDS)

    def teaser_image(self):
        """The image of the page's card, or ``None``."""
        return getattr(self, self.TEASER_IMAGE_FIELD) if self.TEASER_IMAGE_FIELD else None

    def description_text(self):
        """The meta and Open Graph description and search result summary: the search description, else
        the teaser text."""
        return description_of(self)

    @property
    def og_image(self):
        return self.share_image or self.teaser_image()

    def get_url_parts(self, request=None):
        """Wagtail's URL parts, made on the page's own Site: the deepest site root the page is under
        (``page_urls.own_site_root``), so a chapter page linked from the main site carries the chapter's
        host. Wagtail alone would prefer the request's Site for a page that two Sites hold.

        Wagtail's method is given only that site root (an object standing for the request in its
        root-path lookup, ``Page._get_site_root_paths``), and keeps its own language handling and
        reverse. ``_get_relevant_site_root_paths`` is left as it is: the redirects app reads it to make
        a redirect on every Site that holds a moved page."""
        root_paths = self._get_site_root_paths(request)
        root = own_site_root(root_paths, self.url_path or "", lambda: current_site_id(request))
        if root is None:
            return None
        return super().get_url_parts(request=OneSiteRoot(root))

    def get_view_restrictions(self):
        if getattr(self, "may_have_view_restrictions", True) is False:
            # Loaded by pages.core.fastpath.page_loader, which found no restriction on the page or above it.
            return PageViewRestriction.objects.none()
        if not self.path or not self.depth:  # a new page in preview has no place in the tree yet
            return super().get_view_restrictions()
        return view_restrictions_of(self)

    def get_sitemap_urls(self, request=None):
        """One URL per translation, each naming every language version as an alternate."""
        urls = super().get_sitemap_urls(request)
        translations = getattr(self, "sitemap_translations", None)
        if translations:
            alternates = [
                {"lang_code": page.locale.language_code, "location": page.get_full_url(request)}
                for page in translations
            ]
            for url in urls:
                url["alternates"] = alternates
        return urls
