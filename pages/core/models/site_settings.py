"""Site-wide contact details and the footer's policy pages, edited under Settings in the admin and shown in
the header and footer."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Page

from ..fastpath.site_data import site_data
from ..i18n import localized_attr

FOOTER_PAGE_HELP = _(
    "A page at the top of the site (a child of the home page). The footer links to its translation in the "
    "reader's language."
)
FOOTER_PAGE_FIELDS = ("accessibility_page", "privacy_page", "terms_page")


def footer_page_field(verbose_name):
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=FOOTER_PAGE_HELP,
    )


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    name_ar = models.CharField(_("organisation name (Arabic)"), max_length=255, blank=True)
    name_en = models.CharField(_("organisation name (English)"), max_length=255, blank=True)
    short_number = models.CharField(
        _("IT short number"),
        max_length=16,
        blank=True,
        help_text=_("The free short number IT staff of state institutions call, e.g. 5050."),
    )
    email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("contact phone"), max_length=32, blank=True)
    address_ar = models.TextField(_("address (Arabic)"), blank=True)
    address_en = models.TextField(_("address (English)"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    x_url = models.URLField(_("X (Twitter)"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    telegram_url = models.URLField(_("Telegram"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    accessibility_page = footer_page_field(_("accessibility statement"))
    privacy_page = footer_page_field(_("privacy notice"))
    terms_page = footer_page_field(_("terms of use"))

    panels = [
        MultiFieldPanel([FieldPanel("name_ar"), FieldPanel("name_en")], heading=_("Organisation")),
        MultiFieldPanel(
            [
                FieldPanel("short_number"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("address_ar"),
                FieldPanel("address_en"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("x_url"),
                FieldPanel("youtube_url"),
                FieldPanel("telegram_url"),
                FieldPanel("linkedin_url"),
            ],
            heading=_("Social media"),
        ),
        MultiFieldPanel(
            [FieldPanel("accessibility_page"), FieldPanel("privacy_page"), FieldPanel("terms_page")],
            heading=_("Footer pages"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def clean(self):
        super().clean()
        errors = {}
        for name in FOOTER_PAGE_FIELDS:
            page = getattr(self, name)
            if page is not None and self.site_id and page.depth != self.site.root_page.depth + 1:
                errors[name] = _("Choose a page at the top of the site: a child of the home page.")
        if errors:
            raise ValidationError(errors)

    @classmethod
    def for_site(cls, site):
        """Wagtail's ``for_site``, with the translation keys of the footer's chosen pages.
        ``pages.core.fastpath.site_data`` keeps this instance per process until a Site, a SiteSettings or a
        Locale is saved, and each request reads a shallow copy of it: the keys cost one query per process."""
        instance = super().for_site(site)
        instance.footer_translation_keys = instance.chosen_translation_keys()
        return instance

    def chosen_translation_keys(self):
        """The translation keys of the chosen policy pages, in ``FOOTER_PAGE_FIELDS`` order."""
        chosen = [getattr(self, f"{name}_id") for name in FOOTER_PAGE_FIELDS]
        if not any(chosen):
            return ()
        keys = dict(Page.objects.filter(pk__in=[pk for pk in chosen if pk]).values_list("pk", "translation_key"))
        return tuple(keys[pk] for pk in chosen if pk in keys)

    def footer_pages(self, menu_candidates):
        """The footer's policy pages in the reader's language, in ``FOOTER_PAGE_FIELDS`` order: those of
        ``menu_candidates`` (the live, public children of the reader's home page, from the navigation
        query) that are translations of the chosen pages. A translation key never changes, and a new
        choice comes with a new SiteSettings instance, so the keys kept by ``for_site`` cannot go stale."""
        keys = getattr(self, "footer_translation_keys", None)
        if keys is None:
            keys = self.chosen_translation_keys()
        by_key = {candidate.translation_key: candidate for candidate in menu_candidates}
        return [by_key[key] for key in keys if key in by_key]

    @classmethod
    def for_request(cls, request):
        """Wagtail's ``for_request``, from the process's copy (``pages.core.fastpath.site_data``): no query."""
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        site = site_data.find_site(request)
        if site is None:
            return super().for_request(request)  # raises DoesNotExist, as Wagtail does
        instance = site_data.settings_for(cls, site)
        instance._request = request
        setattr(request, attr_name, instance)
        return instance

    @property
    def name(self):
        return localized_attr(self, "name")

    @property
    def address(self):
        return localized_attr(self, "address")

    @property
    def social_links(self):
        links = [
            ("Facebook", self.facebook_url),
            ("X", self.x_url),
            ("YouTube", self.youtube_url),
            ("Telegram", self.telegram_url),
            ("LinkedIn", self.linkedin_url),
        ]
        return [(label, url) for label, url in links if url]
