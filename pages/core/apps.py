from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "pages.core"
    label = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save, pre_save
        from wagtail.models import Locale, Site

        from . import wagtail_fixes
        from .fastpath.site_data import new_version
        from .models import CustomImage, CustomRendition, SiteSettings
        from .renditions import enqueue_public_renditions, note_whether_renditions_change
        from .site_url import apply_site_url_setting
        from .tree_root import show_the_root_as_pages

        for model in (Site, SiteSettings, CustomImage, Locale):
            post_save.connect(new_version, sender=model, dispatch_uid=f"site_data_{model.__name__}_saved")
        for model in (Site, SiteSettings, CustomImage, Locale, CustomRendition):
            post_delete.connect(new_version, sender=model, dispatch_uid=f"site_data_{model.__name__}_deleted")

        show_the_root_as_pages()
        wagtail_fixes.apply()
        post_migrate.connect(apply_site_url_setting, sender=self, dispatch_uid="site_url_from_setting")
        pre_save.connect(note_whether_renditions_change, sender=CustomImage, dispatch_uid="public_renditions_due")
        post_save.connect(enqueue_public_renditions, sender=CustomImage, dispatch_uid="public_renditions_enqueue")
