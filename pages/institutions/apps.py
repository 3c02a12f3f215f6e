from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstitutionsConfig(AppConfig):
    name = "pages.institutions"
    label = "institutions"
    verbose_name = _("Institutions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from pages.core.models import BasePage

        from .choosing import PageForm
        from .display import scope_admin_displays

        scope_admin_displays()
        BasePage.base_form_class = PageForm  # every page type: nothing chosen by id that the user may not choose
