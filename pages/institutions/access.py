"""Who is CMC staff, which institutions a user belongs to, and the two CMC groups.

The rule for CMC staff is one Django permission: an active user is CMC staff when they are a superuser or
hold ``institutions.change_institution`` (through a group or directly). Both CMC groups hold it; an
institution's own groups never do: their access to their own institution's row comes from group
membership (``institutions_of``), checked by the permission policy in ``pages.institutions.policy``.
"""

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from .models import Institution

CMC_EDITORS = "CMC editors"
CMC_MODERATORS = "CMC moderators"
CMC_STAFF_PERMISSION = "institutions.change_institution"

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
# Publishers may delete pages (with their sub-pages) inside their chapter; the chapter page itself is kept to
# CMC staff by pages.institutions.guards, since Wagtail's permissions also cover the page they are granted on.
PUBLISHER_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
    "delete_page",
    "bulk_delete_page",
)
MODERATOR_PAGE_PERMISSIONS = PUBLISHER_PAGE_PERMISSIONS
# Wagtail checks media permissions on wagtailimages.Image and wagtaildocs.Document (its policies'
# auth_model), also for the custom image and document models.
INSTITUTION_MEDIA_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
CMC_MEDIA_PERMISSIONS = (
    *INSTITUTION_MEDIA_PERMISSIONS,
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
)
CMC_MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("institutions", "add_institution"),
    ("institutions", "change_institution"),
    ("institutions", "view_institution"),
    ("institutions", "export_directory"),
    ("institutions", "add_liaisonmember"),
    ("institutions", "change_liaisonmember"),
    ("institutions", "delete_liaisonmember"),
    ("institutions", "view_liaisonmember"),
    # CMC staff translate pages (wagtail-localize's "Translate" and "Sync translated pages").
    ("wagtail_localize", "submit_translation"),
)


def is_cmc_staff(user):
    """Superusers and holders of ``institutions.change_institution`` (the two CMC groups)."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.has_perm(CMC_STAFF_PERMISSION)


def institutions_of(user, roles=("editors", "publishers", "members")):
    """The institutions whose groups (of the given roles) the user is in: an ``Institution`` queryset."""
    if not (user and user.is_authenticated and user.is_active):
        return Institution.objects.none()
    condition = Q()
    group_ids = user.groups.values("pk")
    for role in roles:
        condition |= Q(**{f"{role}_group__in": group_ids})
    return Institution.objects.filter(condition)


def managed_institutions(user):
    """The institutions whose row and liaison members the user may edit: all for CMC staff, else those
    whose editors or publishers group the user is in."""
    if is_cmc_staff(user):
        return Institution.objects.all()
    return institutions_of(user, roles=("editors", "publishers"))


def permissions(pairs):
    """``Permission`` rows for ``(app_label, codename)`` pairs; a missing one is a programming error."""
    condition = Q()
    for app_label, codename in pairs:
        condition |= Q(content_type__app_label=app_label, codename=codename)
    found = list(Permission.objects.filter(condition).select_related("content_type"))
    if len(found) != len(set(pairs)):
        missing = set(pairs) - {(p.content_type.app_label, p.codename) for p in found}
        raise LookupError(f"permissions not found: {sorted(missing)}")
    return found


def page_permissions(codenames):
    return permissions([("wagtailcore", codename) for codename in codenames])


def grant_page_permissions(group, page, codenames):
    for permission in page_permissions(codenames):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_collection_permissions(group, collection, pairs):
    for permission in permissions(pairs):
        GroupCollectionPermission.objects.get_or_create(group=group, collection=collection, permission=permission)


def ensure_cmc_groups():
    """Create (or complete) the two CMC groups; returns ``(editors, moderators)``.

    CMC editors add and change pages anywhere (their changes go through each chapter's workflow);
    CMC moderators also publish, lock, unlock and delete. Both use every collection's images and
    documents, edit every institution and export the directory. Only permissions are added, never removed.
    """
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    result = []
    for name, page_codenames in ((CMC_EDITORS, EDITOR_PAGE_PERMISSIONS), (CMC_MODERATORS, MODERATOR_PAGE_PERMISSIONS)):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions(CMC_MODEL_PERMISSIONS))
        grant_page_permissions(group, root_page, page_codenames)
        grant_collection_permissions(group, root_collection, CMC_MEDIA_PERMISSIONS)
        result.append(group)
    return tuple(result)


def cmc_groups():
    """The CMC groups that exist (for view restrictions of members-only pages)."""
    return Group.objects.filter(name__in=(CMC_EDITORS, CMC_MODERATORS))
