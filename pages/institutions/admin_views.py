"""The Wagtail admin for institutions and liaison members, scoped per institution on the server.

Every view of both viewsets (index, results, add, edit, delete, history, usage, inspect) takes its rows
from the permission policy (``pages.institutions.policy``): another institution's row is a 404 for an
institution's editor, whatever URL they type. Fields that only CMC staff may change (slug, names, type,
governorate, parent, status, CMC review) are ``FieldPanel(permission=...)``: Wagtail's permissioned form
drops them from the form of anyone else, so a posted value is ignored. Images offered for the logo and
photos are those the user may choose (their collection's, for an institution's people).
"""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button
from wagtail.images import get_image_model

from . import access, choosing
from .models import Institution, LiaisonMember
from .policy import institution_policy, liaison_member_policy

STAFF_ONLY = access.CMC_STAFF_PERMISSION


def choosable_images(user):
    return choosing.choosable(get_image_model(), user)


class ScopedImagesForm(choosing.ModelForm):
    """Image fields offer (and accept) only the images the user may choose."""

    image_fields = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is None or self.for_user.is_superuser:
            return
        for name in self.image_fields:
            if name in self.fields:
                current = getattr(self.instance, f"{name}_id", None)
                allowed = choosable_images(self.for_user)
                if current:  # a picture chosen earlier by CMC staff stays valid
                    allowed = allowed | get_image_model().objects.filter(pk=current)
                self.fields[name].queryset = allowed


class InstitutionForm(ScopedImagesForm):
    image_fields = ("logo",)


class LiaisonMemberForm(ScopedImagesForm):
    image_fields = ("photo",)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "institution" in self.fields and self.for_user is not None:
            self.fields["institution"].queryset = access.managed_institutions(self.for_user)


class ScopedObjectMixin:
    """The object only if the policy lets the user view or change it; otherwise ``PermissionDenied``, which
    Wagtail's admin answers as for any other refusal (a redirect to the dashboard with its message; 403 for
    JSON requests). A 404 would be turned into a redirect to ``/ar/admin/...`` by the locale middleware."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if not self.permission_policy.user_has_any_permission_for_instance(self.request.user, ["view", "change"], obj):
            raise PermissionDenied
        return obj


class ScopedIndexView(generic.IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        allowed = self.permission_policy.instances_user_has_any_permission_for(self.request.user, ["view", "change"])
        return queryset.filter(pk__in=allowed.values("pk"))


class ScopedEditView(ScopedObjectMixin, generic.EditView):
    pass


class InstitutionEditView(ScopedEditView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        url = reverse("institutions_confirm_contacts", args=[self.object.pk])
        buttons.append(Button(_("Confirm contacts are current"), url=url, icon_name="tick", priority=30))
        return buttons


class ScopedDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class ScopedHistoryView(ScopedObjectMixin, history.HistoryView):
    pass


class ScopedUsageView(ScopedObjectMixin, usage.UsageView):
    pass


class ScopedInspectView(ScopedObjectMixin, generic.InspectView):
    pass


class ScopedViewSet(ModelViewSet):
    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    inspect_view_class = ScopedInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    add_to_admin_menu = False


class StaleColumn(Column):
    def get_value(self, instance):
        return _("stale") if instance.contacts_are_stale else _("current")


class InstitutionViewSet(ScopedViewSet):
    model = Institution
    edit_view_class = InstitutionEditView
    icon = "group"
    menu_label = _("Institutions")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name_ar", "name_en", "kind", "governorate", "status", StaleColumn("stale", label=_("contacts"))]
    list_filter = ["kind", "governorate", "status"]
    search_fields = ["name_ar", "name_en", "slug"]
    inspect_view_fields = [
        "slug",
        "name_ar",
        "name_en",
        "kind",
        "governorate",
        "parent",
        "status",
        "it_head_name",
        "it_email",
        "it_phone",
        "it_extension",
        "contacts_confirmed_at",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("slug", permission=STAFF_ONLY),
                    FieldPanel("name_ar", permission=STAFF_ONLY),
                    FieldPanel("name_en", permission=STAFF_ONLY),
                    FieldPanel("kind", permission=STAFF_ONLY),
                    FieldPanel("governorate", permission=STAFF_ONLY),
                    FieldPanel("parent", permission=STAFF_ONLY),
                    FieldPanel("status", permission=STAFF_ONLY),
                    FieldPanel("cmc_review_required", permission=STAFF_ONLY),
                ],
                heading=_("Identity (CMC staff only)"),
                permission=STAFF_ONLY,
            ),
            FieldPanel("logo"),
            MultiFieldPanel(
                [
                    FieldPanel("it_head_name"),
                    FieldPanel("it_email"),
                    FieldPanel("it_phone"),
                    FieldPanel("it_extension"),
                ],
                heading=_("IT department"),
            ),
        ],
        base_form_class=InstitutionForm,
    )


class LiaisonMemberViewSet(ScopedViewSet):
    model = LiaisonMember
    icon = "user"
    menu_label = _("Liaison members")
    add_to_admin_menu = True
    menu_order = 251
    list_display = ["name", "institution", "role_ar", "term_start", "term_end"]
    list_filter = ["institution"]
    search_fields = ["name", "role_ar", "role_en"]
    inspect_view_fields = ["name", "institution", "role_ar", "role_en", "term_start", "term_end", "email", "phone"]
    edit_handler = ObjectList(
        [
            FieldPanel("institution"),
            FieldPanel("name"),
            FieldPanel("role_ar"),
            FieldPanel("role_en"),
            FieldPanel("term_start"),
            FieldPanel("term_end"),
            FieldPanel("photo"),
            FieldPanel("email"),
            FieldPanel("phone"),
            FieldPanel("extension"),
            FieldPanel("sort_order"),
        ],
        base_form_class=LiaisonMemberForm,
    )


institution_viewset = InstitutionViewSet("institutions")
liaison_member_viewset = LiaisonMemberViewSet("liaison_members")

__all__ = ["institution_policy", "institution_viewset", "liaison_member_policy", "liaison_member_viewset"]
