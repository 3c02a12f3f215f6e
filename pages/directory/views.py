"""CMC staff's views of the IT directory: the whole directory as one vCard file and as CSV, and the
report of entries whose contacts are stale.

The exports sit under ``/admin/directory/`` but outside Wagtail's admin URLconf (``urls.py``, included
before it in ``cms.urls``), so they answer as the issue asks: a visitor who is not signed in is sent to
the admin's sign-in, anyone else without the export permission gets 403 (Wagtail's admin wrapper would
redirect them instead).
"""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, HttpResponseForbidden
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from pages.core.models import SiteSettings

from .access import may_export
from .csv_export import directory_csv
from .queries import directory_entries
from .vcard import directory_cards


def cmc_staff_only(view):
    def guarded(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), login_url=reverse("wagtailadmin_login"))
        if not may_export(request.user):
            return HttpResponseForbidden(_("Only CMC staff may export the IT directory."))
        return view(request, *args, **kwargs)

    guarded.__doc__ = view.__doc__
    return guarded


def download(content, content_type, extension):
    stamp = timezone.localdate().isoformat()
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="it-directory-{stamp}.{extension}"'
    response["Cache-Control"] = "private, no-store"
    return response


def short_number_for(request):
    return SiteSettings.for_request(request).short_number


@require_safe
@cmc_staff_only
def export_csv(request):
    """Every active institution's IT department and liaison members, one row per person."""
    return download(directory_csv(directory_entries()), "text/csv; charset=utf-8", "csv")


@require_safe
@cmc_staff_only
def export_vcf(request):
    """Every entry's vCards in one file."""
    cards = directory_cards(directory_entries(), short_number_for(request))
    return download(cards, "text/vcard; charset=utf-8", "vcf")


def stale_report(request):
    """Admin report: every active institution with when its contacts were last confirmed, stale first.
    Behind Wagtail's admin wrapper (``wagtail_hooks``): a user without the permission is sent back to
    the dashboard with Wagtail's message."""
    if not may_export(request.user):
        raise PermissionDenied
    entries = sorted(
        directory_entries(),
        key=lambda institution: (not institution.contacts_are_stale, institution.name),
    )
    return render(
        request,
        "directory/stale_report.html",
        {
            "entries": entries,
            "stale_count": sum(1 for institution in entries if institution.contacts_are_stale),
            "header_icon": "list-ul",
        },
    )
