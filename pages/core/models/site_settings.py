"""Site-wide contact details, edited under Settings in the admin and shown in the header and footer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from ..i18n import localized_attr
from ..site_data import site_data


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
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """Wagtail's ``for_request``, from the process's copy (``pages.core.site_data``): no query."""
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
