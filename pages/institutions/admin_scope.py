"""The admin's screens, scoped to what an institution's people may see: one check before every admin view.

Wagtail's own permission checks decide what a user may *do*; several of its screens still *show* pages,
media and names beyond them (the explorer of any page id, the move confirmation, the page chooser's parent,
bulk-action confirmations, workflow screens and reports). For everyone but CMC staff
(``access.is_cmc_staff``), this middleware answers before the view:

- **CMC-only screens** (403): the page types usage report (it names each type's last edited page), the
  workflow and task management screens and the task chooser, the workflow reports (their filters list every
  workflow and requester), and wagtail-localize's translations report (every translation of the site).
- **A workflow task or task state named in the URL** must be one of the user's institutions' workflows, and a
  task state one of the page named with it (Wagtail's workflow preview would name another's task).
- **A page named in the URL** (``page_id``, ``parent_page_id``, ``page_to_move_id``, ``destination_id``,
  the revisions comparison's ``pk``, a translation's source) must be one the user may explore
  (``page_policy.may_explore``), else 403; the page chooser may also open live public pages
  (``page_policy.may_choose_page``).
- **Bulk actions** name what they were given: every page id (or ``childOf`` for ``id=all``) must be a page
  the user holds a permission on, and ``id=all`` needs a ``childOf``; every image or document id must be
  one the user may change. Ids that are not numbers are a 400 for everyone, not a server error.

A publish the user may not make becomes a submission for review (``review.py``).
Wagtail's admin API lists media of every collection: ``api.py`` narrows it. The titles of other
institutions' newer drafts and the users named in report filters are narrowed by ``display.py``.
"""

from django.apps import apps
from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.permissions import policy_registry

from . import access
from .display import current_viewer, viewer_for
from .page_policy import may_choose_page, may_explore, page_policy
from .review import publish_becomes_review
from .views import forbidden

CMC_ONLY_VIEWS = {
    "wagtailadmin_reports:page_types_usage",
    "wagtailadmin_reports:page_types_usage_results",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_results",
    "wagtailadmin_reports:workflow_tasks",
    "wagtailadmin_reports:workflow_tasks_results",
    "wagtail_localize:translations_report",
    "wagtail_localize:translations_report_results",
    "wagtail_localize:submit_snippet_translation",
}
CMC_ONLY_NAMESPACES = ("wagtailadmin_workflows:",)
PAGE_KWARGS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id")
PAGE_PK_VIEWS = {"wagtailadmin_pages:revisions_compare"}
CHOOSER_VIEWS = {"wagtailadmin_choose_page_child", "wagtailadmin_choose_page_chosen_multiple"}
BULK_ACTION_VIEW = "wagtail_bulk_action"
PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock", "delete", "bulk_delete")
MEDIA_PERMISSIONS = ("change", "delete")


def bad_request():
    return HttpResponseBadRequest(_("The request names something that is not a valid id."))


def model_of(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


def numbers(values):
    """``values`` as a set of ints; ``None`` when one is not a number."""
    try:
        return {int(value) for value in values}
    except (TypeError, ValueError):
        return None


def bulk_action_refusal(request, user, view_kwargs):
    model = model_of(view_kwargs.get("app_label", ""), view_kwargs.get("model_name", ""))
    if model is None:
        return None  # Wagtail answers 404
    ids = request.GET.getlist("id")
    if "all" in ids:
        child_of = request.GET.get("childOf")
        if child_of is not None and numbers([child_of]) is None:
            return bad_request()
        if not issubclass(model, Page) or access.is_cmc_staff(user):
            return None  # media bulk actions on id=all act on the listing's own, permitted objects
        if child_of is None:
            return forbidden()  # every page of the site matching a search, whoever's
        ids = [child_of]
    wanted = numbers(ids)
    if wanted is None:
        return bad_request()
    if not wanted or access.is_cmc_staff(user):
        return None
    if issubclass(model, Page):
        permitted = page_policy.instances_user_has_any_permission_for(user, PAGE_PERMISSIONS)
    else:
        policy = policy_registry.get_by_type(model)
        permitted = policy.instances_user_has_any_permission_for(user, MEDIA_PERMISSIONS)
    if permitted.filter(pk__in=wanted).count() != len(wanted):
        return forbidden()
    return None


def translation_is_foreign(user, view_kwargs):
    """Whether a wagtail-localize URL names a translation (or translation source) the user may not touch: an
    unknown one, a snippet's, or one whose pages the user may not explore."""
    from wagtail_localize.models import Translation, TranslationSource

    if "translation_id" in view_kwargs:
        translation = Translation.objects.filter(pk=view_kwargs["translation_id"]).select_related("source").first()
        source = translation.source if translation else None
    else:
        source = TranslationSource.objects.filter(pk=view_kwargs["translation_source_id"]).first()
    if source is None or not issubclass(source.specific_content_type.model_class() or object, Page):
        return True
    page_ids = Page.objects.filter(translation_key=source.object_id).values_list("pk", flat=True)
    return not any(may_explore(user, page_id) for page_id in page_ids)


def page_refusal(request, user, name, view_kwargs):
    page_ids = [view_kwargs[key] for key in PAGE_KWARGS if key in view_kwargs]
    if name in PAGE_PK_VIEWS:
        page_ids.append(view_kwargs.get("pk"))
    if name in CHOOSER_VIEWS:
        chosen = [*page_ids, *request.GET.getlist("id")]
        wanted = numbers(chosen)
        if wanted is None:
            return bad_request()
        return None if all(may_choose_page(user, page_id) for page_id in wanted) else forbidden()
    translation_kwargs = {"translation_id", "translation_source_id"} & set(view_kwargs)
    if name.startswith("wagtail_localize:") and translation_kwargs and translation_is_foreign(user, view_kwargs):
        return forbidden()
    for page_id in page_ids:
        if not may_explore(user, page_id):
            return forbidden()
    if not workflow_ids_fit(user, view_kwargs):
        return forbidden()
    return None


def workflow_ids_fit(user, view_kwargs):
    """A task named in the URL is one of the user's institutions' workflows' (Wagtail's workflow preview
    would otherwise say another's task name); a task state is one of the page named with it."""
    from wagtail.models import TaskState, WorkflowTask

    if "task_id" in view_kwargs:
        workflows = access.institutions_of(user).values("workflow")
        if not WorkflowTask.objects.filter(task_id=view_kwargs["task_id"], workflow__in=workflows).exists():
            return False
    if "task_state_id" in view_kwargs:
        object_id = str(view_kwargs.get("page_id"))
        if not TaskState.objects.filter(pk=view_kwargs["task_state_id"], workflow_state__object_id=object_id).exists():
            return False
    return True


class InstitutionAdminScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/admin/"):
            return self.get_response(request)
        token = current_viewer.set(viewer_for(getattr(request, "user", None)))
        try:
            return self.get_response(request)
        finally:
            current_viewer.reset(token)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        name = (match.view_name if match is not None else None) or ""
        user = getattr(request, "user", None)
        if name == BULK_ACTION_VIEW:
            if user is None or not user.is_authenticated:
                return None  # Wagtail sends those not signed in to its sign-in page
            return bulk_action_refusal(request, user, view_kwargs)
        if not request.path.startswith("/admin/") or user is None or not user.is_authenticated:
            return None
        if not access.is_cmc_staff(user):
            if name in CMC_ONLY_VIEWS or name.startswith(CMC_ONLY_NAMESPACES):
                return forbidden()
            refusal = page_refusal(request, user, name, view_kwargs)
            if refusal is not None:
                return refusal
        publish_becomes_review(request, name, view_kwargs)
        return None
