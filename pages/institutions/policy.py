"""Permission policies for institutions and their liaison members in the Wagtail admin.

CMC staff (``access.is_cmc_staff``) may view, add and change every institution and every liaison member;
an institution's editors and publishers may view and change only their own institution's row and view, add,
change and delete only its liaison members; nobody else may do anything. Deleting an institution is left to
superusers: its chapter pages, groups and collection hang on it (suspend it instead).

The admin views (``pages.institutions.views.admin``) filter their querysets and objects through
``instances_user_has_any_permission_for``, so another institution's row is a 404, never a form.
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy

from . import access
from .models import Institution, LiaisonMember

VIEW_ACTIONS = {"view", "inspect"}


class InstitutionScopedPolicy(BasePermissionPolicy):
    """``institution_path`` is the lookup from the model to its ``Institution`` ("" for Institution)."""

    def __init__(self, model, institution_path, own_actions, staff_actions):
        super().__init__(model)
        self.institution_path = institution_path
        self.own_actions = frozenset(own_actions) | VIEW_ACTIONS
        self.staff_actions = frozenset(staff_actions) | VIEW_ACTIONS

    def actions_for(self, user):
        if not (user and user.is_authenticated and user.is_active):
            return frozenset()
        if user.is_superuser:
            return self.staff_actions
        if access.is_cmc_staff(user):
            return self.staff_actions
        cache = _user_cache(user)
        if "own_institution_ids" not in cache:
            cache["own_institution_ids"] = set(
                access.institutions_of(user, roles=("editors", "publishers")).values_list("pk", flat=True)
            )
        return self.own_actions if cache["own_institution_ids"] else frozenset()

    def institution_ids(self, user):
        """None when the user may act on every institution, else the set of their own institutions' ids."""
        if access.is_cmc_staff(user):
            return None
        self.actions_for(user)
        return _user_cache(user).get("own_institution_ids", set())

    def user_has_permission(self, user, action):
        return action in self.actions_for(user)

    def user_has_any_permission(self, user, actions):
        return bool(self.actions_for(user) & set(actions))

    def users_with_any_permission(self, actions):
        staff = (
            Q(is_superuser=True)
            | Q(groups__permissions__codename="change_institution")
            | Q(user_permissions__codename="change_institution")
        )
        if set(actions) & self.own_actions:
            staff |= Q(groups__in=Institution.objects.values("editors_group")) | Q(
                groups__in=Institution.objects.values("publishers_group")
            )
        return get_user_model().objects.filter(staff, is_active=True).distinct()

    def _institution_id(self, instance):
        if self.institution_path:
            return getattr(instance, f"{self.institution_path}_id")
        return instance.pk

    def user_has_permission_for_instance(self, user, action, instance):
        if action not in self.actions_for(user):
            return False
        ids = self.institution_ids(user)
        return ids is None or self._institution_id(instance) in ids

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        ids = self.institution_ids(user)
        queryset = self.model._default_manager.all()
        if ids is None:
            return queryset
        lookup = f"{self.institution_path}__in" if self.institution_path else "pk__in"
        return queryset.filter(**{lookup: ids})

    def users_with_any_permission_for_instance(self, actions, instance):
        return self.users_with_any_permission(actions)


def _user_cache(user):
    """Per-request memo on the user object (a fresh user object per request)."""
    if not hasattr(user, "_institution_policy_cache"):
        user._institution_policy_cache = {}
    return user._institution_policy_cache


institution_policy = InstitutionScopedPolicy(Institution, "", own_actions={"change"}, staff_actions={"change"})
liaison_member_policy = InstitutionScopedPolicy(
    LiaisonMember,
    "institution",
    own_actions={"add", "change", "delete"},
    staff_actions={"add", "change", "delete"},
)
