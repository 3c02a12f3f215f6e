from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ChaptersConfig(AppConfig):
    name = "pages.chapters"
    label = "chapters"
    verbose_name = _("Chapters")
    default_auto_field = "django.db.models.BigAutoField"
