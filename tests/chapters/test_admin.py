"""The chapter page types in the admin: their edit forms open and save (with the board and working
groups as inline panels), a board member added through the admin gets the page's locale, and a new
chapter page can be created under the directory."""

import pytest
from wagtail.test.utils.form_data import querydict_from_html

from pages.chapters.models import InstitutionChapterPage


def edit_form(admin_client, page):
    response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    form = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    if hasattr(page, "body"):
        form["body-count"] = "0"  # a StreamField's inputs are built by the admin's JavaScript: posted empty
    return form


@pytest.mark.parametrize("key", ["isoc", "isoc_en", "index", "moi_page", "moi_page_en"])
def test_edit_forms_save_unchanged(admin_client, chapters, key):
    page = chapters[key]
    form = edit_form(admin_client, page)
    form["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    if key.startswith("isoc"):
        assert page.board_members.count() == 2


def test_a_board_member_added_in_the_admin_takes_the_pages_locale(admin_client, chapters):
    page = chapters["isoc"]
    form = edit_form(admin_client, page)
    index = int(form["board_members-TOTAL_FORMS"])
    form["board_members-TOTAL_FORMS"] = str(index + 1)
    for name, value in {
        "name": "نور الهدى",
        "role": "عضوة",
        "term_start": "2026-01-01",
        "term_end": "",
        "email": "noor@isoc.example",
        "photo": "",
        "ORDER": str(index + 1),
        "DELETE": "",
        "id": "",
    }.items():
        form[f"board_members-{index}-{name}"] = value
    form["action-publish"] = "action-publish"
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", form)
    assert response.status_code == 302
    member = page.board_members.get(name="نور الهدى")
    assert member.locale_id == page.locale_id


def test_the_add_form_for_a_chapter_page_opens(admin_client, chapters):
    url = f"/admin/pages/add/chapters/institutionchapterpage/{chapters['index'].pk}/"
    assert admin_client.get(url).status_code == 200
    assert InstitutionChapterPage.can_create_at(chapters["index"])
