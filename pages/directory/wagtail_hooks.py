"""The stale-entries report in Wagtail's admin, under Reports, for CMC staff only."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .access import may_export


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("directory/stale/", views.stale_report, name="directory_stale_report")]


class CmcStaffMenuItem(MenuItem):
    def is_shown(self, request):
        return may_export(request.user)


@hooks.register("register_reports_menu_item")
def register_stale_report_menu_item():
    return CmcStaffMenuItem(
        _("IT directory"), reverse("directory_stale_report"), icon_name="list-ul", name="it-directory", order=900
    )
