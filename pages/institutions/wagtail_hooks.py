"""Institutions in the Wagtail admin: permission policies, viewsets, CMC views, page guards, log actions."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.permissions import register_permission_policy

from . import access, admin_scope, api, guards, views
from .models import Institution, LiaisonMember
from .page_policy import page_policy
from .policy import institution_policy, liaison_member_policy

# Before the viewsets register: they would otherwise make Django-permission fallback policies.
register_permission_policy(Institution, institution_policy, exact_class=True)
register_permission_policy(LiaisonMember, liaison_member_policy, exact_class=True)
register_permission_policy(Page, page_policy)  # every page type: Wagtail's, with review that cannot be skipped

from .admin_views import institution_viewset, liaison_member_viewset  # noqa: E402

guards.guard_admin_api_actions()


@hooks.register("construct_admin_api", order=100)  # after Wagtail's images and documents register theirs
def choosable_media_in_the_admin_api(router):
    api.register_endpoints(router)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [institution_viewset, liaison_member_viewset]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("institutions-onboard/", views.onboard, name="institutions_onboard"),
        path("institutions-activity/", views.activity, name="institutions_activity"),
        path("institutions-confirm-contacts/<int:pk>/", views.confirm_contacts, name="institutions_confirm_contacts"),
    ]


class CmcStaffMenuItem(MenuItem):
    def is_shown(self, request):
        return access.is_cmc_staff(request.user)


@hooks.register("register_admin_menu_item")
def onboard_menu_item():
    return CmcStaffMenuItem(_("Onboard an institution"), reverse("institutions_onboard"), icon_name="plus", order=252)


@hooks.register("register_admin_menu_item")
def activity_menu_item():
    return CmcStaffMenuItem(
        _("Institutions' activity"), reverse("institutions_activity"), icon_name="history", order=253
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action("institutions.confirm_contacts", _("Confirm contacts"), _("Contacts confirmed as current"))
    actions.register_action("institutions.accept_invitation", _("Accept an invitation"), _("Invitation accepted"))


hooks.register("before_delete_page", guards.before_delete_page)
hooks.register("before_move_page", guards.before_move_page)
hooks.register("before_unpublish_page", guards.before_unpublish_page)
hooks.register("before_bulk_action", guards.before_bulk_action)


@hooks.register("construct_page_chooser_queryset")
def page_chooser_scope(pages, request):
    return guards.visible_in_page_chooser(pages, request.user)


@hooks.register("construct_reports_menu")
def page_types_usage_for_cmc_staff_only(request, menu_items):
    """The menu follows ``admin_scope``, which refuses these reports to everyone but CMC staff."""
    if not access.is_cmc_staff(request.user):
        hidden = {
            reverse(name) for name in admin_scope.CMC_ONLY_VIEWS if not name.startswith("wagtail_localize:submit")
        }
        menu_items[:] = [item for item in menu_items if item.url not in hidden]
