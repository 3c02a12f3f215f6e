"""The whole directory as one vCard file and as CSV: CMC staff only, Arabic intact, formulas defused."""

import csv
import io

import pytest
import vobject
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from pages.chapters.factories import InstitutionFactory, LiaisonMemberFactory
from pages.core.text import safe_cell

EXPORTS = ["directory_export_csv", "directory_export_vcf"]


@pytest.fixture
def cmc_staff(db):
    """A CMC staff member: admin access and the export permission through a group."""
    group = Group.objects.create(name="CMC test staff")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="export_directory")
    )
    user = get_user_model().objects.create_user("cmc", "cmc@example.com", "password")
    user.groups.add(group)
    return user


@pytest.fixture
def editor(db):
    """Signed in to the admin, but not CMC staff."""
    user = get_user_model().objects.create_user("editor", "editor@example.com", "password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def rows_of(response):
    assert response.content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize("name", EXPORTS)
def test_anonymous_is_sent_to_sign_in(client, db, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.mark.parametrize("name", EXPORTS)
def test_others_get_403(client, editor, name):
    client.force_login(editor)
    assert client.get(reverse(name)).status_code == 403
    member = get_user_model().objects.create_user("member", "m@example.com", "password")  # no admin access
    client.force_login(member)
    assert client.get(reverse(name)).status_code == 403


@pytest.mark.parametrize("name", EXPORTS)
def test_cmc_staff_download(client, cmc_staff, name):
    InstitutionFactory(with_members=2)
    client.force_login(cmc_staff)
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("name", EXPORTS)
def test_exports_refuse_writes(client, cmc_staff, name):
    client.force_login(cmc_staff)
    assert client.post(reverse(name)).status_code == 405


def test_csv_opens_with_arabic_intact(client, cmc_staff):
    institution = InstitutionFactory(slug="moi", name_ar="وزارة الداخلية", name_en="Ministry of Interior")
    LiaisonMemberFactory(institution=institution, name="زينب كاظم", role_ar="منسقة الارتباط")
    InstitutionFactory(slug="gone", status="suspended")
    client.force_login(cmc_staff)
    response = client.get(reverse("directory_export_csv"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    header, *rows = rows_of(response)
    assert len(header) == 16
    assert [row[0] for row in rows] == ["moi", "moi"]  # the suspended institution is not listed
    department, member = rows
    assert department[1] == "وزارة الداخلية"
    assert department[6] == "علي حسين"
    assert member[6] == "زينب كاظم"
    assert member[7] == "منسقة الارتباط"
    assert department[10] == "'+964 1 234 5678"  # a leading + would be a formula


@pytest.mark.parametrize("value", ['=HYPERLINK("http://evil")', "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_become_text(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["وزارة", "a=b", "", None, "1"])
def test_other_cells_stay(value):
    assert safe_cell(value) == ("" if value is None else value)


def test_a_hostile_name_is_defused_in_the_csv(client, cmc_staff):
    institution = InstitutionFactory(name_ar='=cmd|" /C calc"!A0')
    LiaisonMemberFactory(institution=institution, name="@evil")
    client.force_login(cmc_staff)
    _header, department, member = rows_of(client.get(reverse("directory_export_csv")))
    assert department[1] == '\'=cmd|" /C calc"!A0'
    assert member[6] == "'@evil"


def test_the_vcard_file_holds_every_entry(client, cmc_staff, short_number):
    InstitutionFactory.create_batch(3, with_members=2)
    client.force_login(cmc_staff)
    response = client.get(reverse("directory_export_vcf"))
    assert response["Content-Type"] == "text/vcard; charset=utf-8"
    cards = list(vobject.readComponents(response.content.decode("utf-8")))
    assert len(cards) == 3 * 3
    assert all(card.version.value == "4.0" for card in cards)


def test_the_stale_report_lists_stale_entries_first(client, cmc_staff, editor):
    InstitutionFactory(slug="fresh", name_ar="مؤسسة حديثة")
    InstitutionFactory(slug="old", name_ar="مؤسسة قديمة", contacts_confirmed_at=None)
    client.force_login(cmc_staff)
    response = client.get(reverse("directory_stale_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("مؤسسة قديمة") < html.index("مؤسسة حديثة")
    assert reverse("directory_export_csv") in html
    client.force_login(editor)
    response = client.get(reverse("directory_stale_report"))
    assert response.status_code == 302  # Wagtail's admin: back to the dashboard with its message
    assert "مؤسسة قديمة" not in client.get(response["Location"]).content.decode()
