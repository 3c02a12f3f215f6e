"""Two Wagtail admin screens that show other institutions' page titles to anyone who may enter the admin,
closed on the server for everyone but CMC staff.

- The page types usage report names each page type's most recently edited page, whichever it is: a
  draft of another institution. It is for CMC staff only.
- A page bulk action's confirmation (delete, move, publish, unpublish…) lists the titles of the pages
  it was given, including those the user may not act on ("You don't have permission to…"), and
  ``id=all&childOf=<page>`` lists a page's children: page ids of another institution would reveal its
  drafts. For institution staff every page given (or the ``childOf`` page) must be one they hold a page
  permission on, else 403. Wagtail's own checks still decide what the action may do.

Middleware (``process_view``), because these are Wagtail's views and URLs: the check runs before them,
whatever the HTTP method.
"""

from django.apps import apps
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import access
from .views import forbidden

CMC_ONLY_VIEWS = {"wagtailadmin_reports:page_types_usage", "wagtailadmin_reports:page_types_usage_results"}
BULK_ACTION_VIEW = "wagtail_bulk_action"
PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock", "delete", "bulk_delete")


def is_page_model(app_label, model_name):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return False
    return issubclass(model, Page)


def requested_page_ids(request):
    """The page ids a bulk action was given (``childOf`` for ``id=all``); ``None`` when one is not a number
    (Wagtail answers those itself)."""
    ids = request.GET.getlist("id")
    if "all" in ids:
        ids = [request.GET.get("childOf", "")]
    try:
        return {int(value) for value in ids}
    except ValueError:
        return None


def holds_permission_on_all(user, page_ids):
    permitted = PagePermissionPolicy().instances_user_has_any_permission_for(user, PAGE_PERMISSIONS)
    return permitted.filter(pk__in=page_ids).count() == len(page_ids)


class InstitutionAdminScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        name = match.view_name if match is not None else None
        if name not in CMC_ONLY_VIEWS and name != BULK_ACTION_VIEW:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or access.is_cmc_staff(user):
            return None  # Wagtail sends those not signed in to its sign-in page
        if name in CMC_ONLY_VIEWS:
            return forbidden()
        if not is_page_model(view_kwargs.get("app_label", ""), view_kwargs.get("model_name", "")):
            return None
        page_ids = requested_page_ids(request)
        if page_ids and not holds_permission_on_all(user, page_ids):
            return forbidden()
        return None
