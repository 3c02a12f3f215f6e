"""Only CMC staff may delete, move or unpublish an institution's chapter page (or a page holding one).

An institution's publishers hold ``delete_page`` on their chapter page so that they can delete pages inside
it; Wagtail's page permissions cover the page they are granted on as well, so this guard keeps the chapter
root itself (and any ancestor of a chapter page) to CMC staff in each place the admin deletes or moves
pages: the delete and move views (hooks), the bulk actions (hook) and the admin API's actions.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseForbidden
from django.utils.translation import gettext as _

from . import access


def holds_chapter_page(pages):
    """Whether any of ``pages`` is, or is an ancestor of, an institution's chapter page."""
    from pages.chapters.models import InstitutionChapterPage

    paths = [page.path for page in pages]
    if not paths:
        return False
    from django.db.models import Q

    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return InstitutionChapterPage.objects.filter(condition).exists()


def forbidden():
    return HttpResponseForbidden(_("Only CMC staff may delete, move or unpublish an institution's chapter page."))


def before_delete_page(request, page):
    if not access.is_cmc_staff(request.user) and holds_chapter_page([page]):
        return forbidden()
    return None


def before_move_page(request, page, destination):
    return before_delete_page(request, page)


def before_unpublish_page(request, page):
    return before_delete_page(request, page)


def before_bulk_action(request, action_type, objects, action_class_instance):
    if action_type not in ("delete", "move", "unpublish"):
        return None
    from wagtail.models import Page

    pages = [obj for obj in objects if isinstance(obj, Page)]
    if not access.is_cmc_staff(request.user) and holds_chapter_page(pages):
        return forbidden()
    return None


def guard_admin_api_actions():
    """Wrap the admin API's delete and move page actions with the same rule (they run no hooks)."""
    from wagtail.admin.api.views import PagesAdminAPIViewSet

    actions = dict(PagesAdminAPIViewSet.actions)
    for name in ("delete", "move"):
        base = actions[name]
        if getattr(base, "chapter_guarded", False):
            continue
        actions[name] = type(f"ChapterGuarded{base.__name__}", (base,), {"chapter_guarded": True, "execute": _execute})
    PagesAdminAPIViewSet.actions = actions


def _execute(self, instance, data):
    if not access.is_cmc_staff(self.request.user) and holds_chapter_page([instance]):
        raise PermissionDenied(_("Only CMC staff may delete or move an institution's chapter page."))
    return super(type(self), self).execute(instance, data)


def visible_in_page_chooser(pages, user):
    """The page chooser (for links) shows everyone but CMC staff other institutions' pages only when they
    are live and public: their drafts and members-only pages stay out of sight, also in its search."""
    from django.db.models import Q
    from wagtail.models import PageViewRestriction

    from pages.chapters.models import InstitutionChapterPage

    if access.is_cmc_staff(user):
        return pages
    own_paths = list(
        InstitutionChapterPage.objects.filter(
            institution__in=access.institutions_of(user, roles=("editors", "publishers"))
        ).values_list("path", flat=True)
    )
    own = Q(pk__in=[])
    for path in own_paths:
        own |= Q(path__startswith=path)
    private = Q(pk__in=[])
    for path in PageViewRestriction.objects.values_list("page__path", flat=True):
        private |= Q(path__startswith=path)
    return pages.filter(own | (Q(live=True) & ~private))
