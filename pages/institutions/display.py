"""What the admin shows an institution's people of pages and people that are not theirs.

Two of Wagtail's admin displays are the same for every viewer, and so would name other institutions' data:

- **A page's admin title** is its newest draft's title (``Page.get_admin_display_title``): browsing the page
  chooser or the explorer's ancestors, an institution's editor would read the unpublished title another
  institution (or the CMC) is preparing. For a viewer who is not CMC staff, a live page outside the pages
  they hold a permission on shows its live title, the one the public reads.
- **Groups in the privacy dialog** (a page's "members only" choice): Wagtail offers every group, other
  institutions' included. A viewer who is not CMC staff is offered their own institutions' groups, the CMC's
  and those the restriction already names (so saving drops none of them).
- **Users in the listings' filters** (a page's owner and editors, history, site history and locked pages):
  Wagtail lists every user who owns, edited, logged or locked anything. For a viewer who is not CMC staff, the
  choices are the people of their own institutions, CMC staff and the viewer (``visible_users``).

The viewer of the current admin request is set by ``admin_scope.InstitutionAdminScopeMiddleware`` in a
context variable; outside an admin request (the public site, commands, tests calling models) nothing changes.
"""

import contextvars

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from wagtail.admin.filters import MultipleUserFilter
from wagtail.admin.forms.view_restrictions import BaseViewRestrictionForm
from wagtail.admin.views.reports.locked_pages import LockedPagesReportFilterSet
from wagtail.models import Page

from . import access

current_viewer = contextvars.ContextVar("institutions_admin_viewer", default=None)


class Viewer:
    """An admin user who is not CMC staff, with the paths of the pages they hold a permission on."""

    def __init__(self, user):
        self.user = user
        self._paths = None

    def holds(self, path):
        if self._paths is None:
            from .page_policy import page_policy

            self._paths = [perm.page.path for perm in page_policy.get_cached_permissions_for_user(self.user)]
        return any(path.startswith(own) for own in self._paths)


def viewer_for(user):
    if user is None or not user.is_authenticated or access.is_cmc_staff(user):
        return None
    return Viewer(user)


def own_group_ids(user):
    """The ids of every group (editors, publishers, members) of the user's institutions."""
    ids = set()
    for institution in access.institutions_of(user):
        ids.update(institution.group_ids())
    return ids


def visible_users(user):
    """The users an admin user may see named: everyone for CMC staff; else the people of their own
    institutions (any of its groups), CMC staff and themselves."""
    users = get_user_model().objects.all()
    if access.is_cmc_staff(user):
        return users
    staff = Q(is_superuser=True) | Q(groups__in=access.cmc_groups())
    return users.filter(Q(pk=user.pk) | Q(groups__in=own_group_ids(user)) | staff).distinct()


def visible_groups(user, also=()):
    """The groups an admin user who is not CMC staff may name: their institutions', the CMC's and ``also``."""
    ids = own_group_ids(user) | set(also)
    return Group.objects.filter(Q(pk__in=ids) | Q(pk__in=access.cmc_groups().values("pk"))).order_by("name")


wagtail = {}  # what each display was before ``scope_admin_displays`` (core's root title included)


def get_admin_display_title(page):
    viewer = current_viewer.get()
    if viewer is not None and page.live and page.depth > 1 and not viewer.holds(page.path):
        return page.title
    return wagtail["display_title"](page)


def user_filter_queryset(self, request):
    users = wagtail["user_filter"](self, request)
    if users is None:
        users = self.extra.get("queryset")  # the history filters set their choices there
    if users is None:
        return None
    return users.filter(pk__in=visible_users(request.user).values("pk"))


def locked_by_queryset(request):
    return wagtail["locked_by"](request).filter(pk__in=visible_users(request.user).values("pk"))


def restriction_form_init(self, *args, **kwargs):
    wagtail["restriction_init"](self, *args, **kwargs)
    viewer = current_viewer.get()
    if viewer is not None and "groups" in self.fields:
        held = self.instance.groups.values_list("pk", flat=True) if self.instance.pk else ()
        self.fields["groups"].queryset = visible_groups(viewer.user, also=held)


def scope_admin_displays():
    """Called once, from the app's ``ready`` (after ``pages.core``'s, whose root title it keeps)."""
    if wagtail:
        return
    locked_by = LockedPagesReportFilterSet.base_filters["locked_by"]
    wagtail.update(
        display_title=Page.get_admin_display_title,
        user_filter=MultipleUserFilter.get_queryset,
        locked_by=locked_by.queryset,
        restriction_init=BaseViewRestrictionForm.__init__,
    )
    Page.get_admin_display_title = get_admin_display_title
    MultipleUserFilter.get_queryset = user_filter_queryset
    locked_by.queryset = locked_by_queryset
    BaseViewRestrictionForm.__init__ = restriction_form_init
