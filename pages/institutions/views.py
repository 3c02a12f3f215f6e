"""Admin views for CMC staff and institution staff: onboarding form, contacts confirmation, activity report.

Each view checks on the server who may use it and answers 403 to anyone else: onboarding and the activity
report are CMC staff only; confirming contacts needs the right to change that institution's row.
"""

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry

from pages.core.paging import clamped_page_number

from . import access
from .choices import Governorate, InstitutionKind
from .models import Institution, LiaisonMember
from .onboarding import OnboardingError, create_institution
from .policy import institution_policy

ACTIVITY_PER_PAGE = 25
INSTITUTIONS_PER_PAGE = 20
# An institution's activity is read newest first up to the page asked for: pages past this give the last one.
MAX_ACTIVITY_PAGES = 40


def forbidden():
    """A plain 403: Wagtail's own refusal would be a redirect to the dashboard."""
    return HttpResponseForbidden(_("You do not have permission to do this."))


class EmailListField(forms.CharField):
    """E-mail addresses, one per line or separated by commas (validated by the onboarding service)."""

    widget = forms.Textarea(attrs={"rows": 3, "dir": "ltr"})

    def to_python(self, value):
        text = super().to_python(value) or ""
        return [part.strip() for part in text.replace(",", "\n").splitlines() if part.strip()]


class OnboardingForm(forms.Form):
    slug = forms.CharField(label=gettext_lazy("slug"), max_length=60, widget=forms.TextInput(attrs={"dir": "ltr"}))
    name_ar = forms.CharField(label=gettext_lazy("name (Arabic)"), max_length=200)
    name_en = forms.CharField(
        label=gettext_lazy("name (English)"), max_length=200, widget=forms.TextInput(attrs={"dir": "ltr"})
    )
    kind = forms.ChoiceField(label=gettext_lazy("type"), choices=InstitutionKind.choices)
    governorate = forms.ChoiceField(label=gettext_lazy("governorate"), choices=Governorate.choices)
    parent = forms.ModelChoiceField(
        label=gettext_lazy("parent body"), queryset=Institution.objects.all(), required=False
    )
    hostname = forms.CharField(
        label=gettext_lazy("host name"),
        required=False,
        max_length=253,
        widget=forms.TextInput(attrs={"dir": "ltr"}),
        help_text=gettext_lazy("Optional: a host name that serves the chapter as a site of its own."),
    )
    editor_emails = EmailListField(label=gettext_lazy("editors' e-mail addresses"), required=False)
    publisher_emails = EmailListField(label=gettext_lazy("publishers' e-mail addresses"), required=False)
    cmc_review_required = forms.BooleanField(label=gettext_lazy("CMC review required"), required=False)


def onboard(request):
    """CMC staff onboard an institution with the same service as ``manage.py create_institution``."""
    if not access.is_cmc_staff(request.user):
        return forbidden()
    form = OnboardingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            result = create_institution(
                slug=data["slug"],
                name_ar=data["name_ar"],
                name_en=data["name_en"],
                kind=data["kind"],
                governorate=data["governorate"],
                parent=data["parent"],
                hostname=data["hostname"] or None,
                editor_emails=data["editor_emails"],
                publisher_emails=data["publisher_emails"],
                cmc_review_required=data["cmc_review_required"] or None,
                request=request,
            )
        except OnboardingError as error:
            for name, errors in error.message_dict.items():
                for message in errors:
                    form.add_error(name if name in form.fields else None, message)
        else:
            institution = result.institution
            if result.created:
                message = _("%(name)s was onboarded; %(count)s people were invited.")
            else:
                message = _("%(name)s was completed; %(count)s people were invited.")
            messages.success(request, message % {"name": institution.name, "count": len(result.invited)})
            return redirect("institutions:edit", institution.pk)
    return TemplateResponse(
        request, "institutions/admin/onboard.html", {"form": form, "page_title": _("Onboard an institution")}
    )


def confirm_contacts(request, pk):
    """GET asks, POST records that the institution's contacts are current (and logs it)."""
    institution = get_object_or_404(Institution, pk=pk)
    if not institution_policy.user_has_permission_for_instance(request.user, "change", institution):
        return forbidden()
    if request.method == "POST":
        institution.contacts_confirmed_at = timezone.now()
        institution.save(update_fields=["contacts_confirmed_at", "updated_at"])
        log(institution, "institutions.confirm_contacts", user=request.user)
        messages.success(request, _("The contacts of %(name)s are confirmed as current.") % {"name": institution})
        return redirect("institutions:edit", institution.pk)
    return TemplateResponse(
        request,
        "institutions/admin/confirm_contacts.html",
        {"institution": institution, "page_title": _("Confirm contacts are current")},
    )


def activity(request):
    """CMC staff: the latest audit-log entries per institution (its chapter pages' subtrees, its row and
    its liaison members), newest first. Without ``?institution=`` a page of institutions, each with its
    latest few entries; with it, that institution's entries, paginated."""
    if not access.is_cmc_staff(request.user):
        return forbidden()
    slug = request.GET.get("institution")
    if slug:
        institution = get_object_or_404(Institution, slug=slug)
        number = clamped_page_number(request.GET.get("p"), MAX_ACTIVITY_PAGES)
        entries = institution_activity(institution, limit=number * ACTIVITY_PER_PAGE)
        last = max(1, -(-len(entries) // ACTIVITY_PER_PAGE))
        number = min(number, last)  # past the end: the last page
        start = (number - 1) * ACTIVITY_PER_PAGE
        return TemplateResponse(
            request,
            "institutions/admin/activity_detail.html",
            {
                "institution": institution,
                "entries": entries[start : start + ACTIVITY_PER_PAGE],
                "page_number": number,
                "has_next": len(entries) > start + ACTIVITY_PER_PAGE,
                "page_title": _("Recent activity"),
            },
        )
    paginator = Paginator(Institution.objects.order_by("name_ar"), INSTITUTIONS_PER_PAGE)
    page = paginator.get_page(request.GET.get("p"))
    rows = [(institution, institution_activity(institution, limit=5)) for institution in page.object_list]
    return TemplateResponse(
        request,
        "institutions/admin/activity.html",
        {"rows": rows, "page": page, "page_title": _("Recent activity")},
    )


def institution_activity(institution, limit):
    """Up to ``limit`` log entries about the institution, newest first (two queries plus the paths)."""
    paths = list(institution.chapter_pages.values_list("path", flat=True))
    page_entries = []
    if paths:
        condition = Q()
        for path in paths:
            condition |= Q(page__path__startswith=path)
        page_entries = list(
            PageLogEntry.objects.filter(condition).select_related("user", "page").order_by("-timestamp", "-pk")[:limit]
        )
    members = LiaisonMember.objects.filter(institution=institution).values_list("pk", flat=True)
    model_entries = list(
        ModelLogEntry.objects.filter(
            Q(content_type__app_label="institutions", content_type__model="institution", object_id=str(institution.pk))
            | Q(
                content_type__app_label="institutions",
                content_type__model="liaisonmember",
                object_id__in=[str(pk) for pk in members],
            )
        )
        .select_related("user")
        .order_by("-timestamp", "-pk")[:limit]
    )
    return sorted(page_entries + model_entries, key=lambda entry: entry.timestamp, reverse=True)[:limit]


def activity_url(institution):
    return reverse("institutions_activity") + f"?institution={institution.slug}"
