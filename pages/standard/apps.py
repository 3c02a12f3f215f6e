from django.apps import AppConfig


class StandardConfig(AppConfig):
    name = "pages.standard"
    label = "standard"
    default_auto_field = "django.db.models.BigAutoField"
