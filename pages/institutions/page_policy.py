"""The page permission policy of the whole site (Wagtail's, with the institutions' rule), and what a user may
see of the page tree in the admin.

Wagtail asks one policy (``policy_registry.get_by_type(Page)``) what a user may do with pages: the page
permission tester behind every edit form, bulk action, revert, copy and scheduled publish, the explorer,
the admin API and the reports. Registered for ``Page`` (so for every page type), this policy is Wagtail's
with one change:

- **Review that cannot be skipped.** Where an institution has "CMC review required", its publishers group's
  ``publish_page`` permission is not counted. Its publishers keep approving the first step of the
  institution's workflow (an approval task needs group membership, not publish permission), but every path
  that would publish (the edit form's Publish, bulk publish, scheduling, revert and publish, copy and
  publish, wagtail-localize's publish and sync) asks ``can_publish`` and is refused: their change goes live
  only when a CMC moderator approves the last step. Unpublishing, which Wagtail ties to the same
  permission, is the CMC's too for such an institution.

``may_explore`` and ``may_choose_page`` are the two questions the admin scope (``admin_scope.py``) asks of a
page named in an admin URL.
"""

from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import access
from .models import Institution


class InstitutionPagePermissionPolicy(PagePermissionPolicy):
    def get_all_permissions_for_user(self, user):
        permissions = super().get_all_permissions_for_user(user)
        held_for_review = Institution.objects.filter(cmc_review_required=True).values("publishers_group")
        return permissions.exclude(permission__codename="publish_page", group__in=held_for_review)


page_policy = InstitutionPagePermissionPolicy(Page)


def may_explore(user, page_id):
    """Whether ``page_id`` is a page the user may see in the explorer: one they hold a permission on, or
    one of its ancestors (whose titles Wagtail shows on the way down). CMC staff may explore every page."""
    if access.is_cmc_staff(user):
        return True
    return page_policy.explorable_instances(user).filter(pk=page_id).exists()


def may_choose_page(user, page_id):
    """Whether the page chooser may open ``page_id`` for the user (as a parent or a choice): a page it may
    explore, or a live public page (``guards.visible_in_page_chooser``)."""
    from .guards import visible_in_page_chooser

    if access.is_cmc_staff(user) or may_explore(user, page_id):
        return True
    return visible_in_page_chooser(Page.objects.filter(pk=page_id), user).exists()
