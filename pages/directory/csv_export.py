"""The whole IT directory as CSV for CMC staff: UTF-8 with a byte-order mark (so spreadsheet programs
read the Arabic right), one row per person (the IT department, then each liaison member), and every cell
that a spreadsheet would take for a formula made plain text."""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _

from pages.core.text import safe_cell

BOM = "\ufeff"


def header():
    return [
        _("Institution (slug)"),
        _("Institution (Arabic)"),
        _("Institution (English)"),
        _("Type"),
        _("Governorate"),
        _("Entry"),
        _("Name"),
        _("Role (Arabic)"),
        _("Role (English)"),
        _("Email"),
        _("Phone"),
        _("Extension"),
        _("Term starts"),
        _("Term ends"),
        _("Last confirmed"),
        _("Stale"),
    ]


def rows(institution):
    confirmed = institution.contacts_confirmed_at
    common = [
        institution.slug,
        institution.name_ar,
        institution.name_en,
        institution.get_kind_display(),
        institution.get_governorate_display(),
    ]
    tail = [
        timezone.localtime(confirmed).date().isoformat() if confirmed else "",
        _("yes") if institution.contacts_are_stale else _("no"),
    ]
    yield [
        *common,
        _("IT department"),
        institution.it_head_name,
        "",
        "",
        institution.it_email,
        institution.it_phone,
        institution.it_extension,
        "",
        "",
        *tail,
    ]
    for member in institution.liaison_members.all():
        yield [
            *common,
            _("Liaison member"),
            member.name,
            member.role_ar,
            member.role_en,
            member.email,
            member.phone,
            member.extension,
            member.term_start.isoformat() if member.term_start else "",
            member.term_end.isoformat() if member.term_end else "",
            *tail,
        ]


def directory_csv(institutions):
    """The CSV text, BOM first, rows separated by CRLF (RFC 4180)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header())
    for institution in institutions:
        for row in rows(institution):
            writer.writerow([safe_cell(value) for value in row])
    return BOM + buffer.getvalue()
