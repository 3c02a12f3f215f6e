"""Tree rules: where each chapter page type may go, singletons, and one chapter page per institution
and language."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.test.utils.form_data import querydict_from_html

from home.models import HomePage
from pages.chapters.factories import InstitutionChapterPageFactory, InstitutionFactory
from pages.chapters.models import InstitutionChapterPage, InstitutionIndexPage, IsocChapterPage
from pages.news.models import NewsIndexPage
from pages.standard.models import StandardPage


def test_where_chapter_pages_go(chapters, home):
    assert set(IsocChapterPage.allowed_parent_page_models()) == {HomePage}
    assert set(InstitutionIndexPage.allowed_parent_page_models()) == {HomePage}
    assert set(InstitutionChapterPage.allowed_parent_page_models()) == {InstitutionIndexPage}
    assert set(InstitutionIndexPage.allowed_subpage_models()) == {InstitutionChapterPage}
    assert set(InstitutionChapterPage.allowed_subpage_models()) == {NewsIndexPage, StandardPage}
    assert set(IsocChapterPage.allowed_subpage_models()) == {NewsIndexPage, StandardPage}
    assert not InstitutionChapterPage.can_create_at(home)


def test_the_isoc_chapter_and_the_directory_are_singletons(chapters, home):
    assert not IsocChapterPage.can_create_at(home)
    assert not InstitutionIndexPage.can_create_at(home)


def test_a_chapter_page_may_hold_one_news_index(chapters):
    assert not NewsIndexPage.can_create_at(chapters["moi_page"])
    assert NewsIndexPage.can_create_at(chapters["basra_page"])


def test_one_chapter_page_per_institution_and_language(chapters):
    with pytest.raises(ValidationError) as raised:
        InstitutionChapterPageFactory(parent=chapters["index"], institution=chapters["moi"], slug="moi-again")
    assert "institution" in raised.value.message_dict
    # Another institution, and the existing page saved again, are fine.
    InstitutionChapterPageFactory(parent=chapters["index"], institution=InstitutionFactory(slug="mof"))
    chapters["moi_page"].save_revision().publish()


def test_the_admin_shows_the_error_on_the_institution_field(admin_client, chapters):
    url = f"/admin/pages/add/chapters/institutionchapterpage/{chapters['index'].pk}/"
    form = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    form["title"] = "فرع ثان"
    form["slug"] = "moi-second"
    form["institution"] = str(chapters["moi"].pk)
    form["body-count"] = "0"  # the StreamField's count is written by the admin's JavaScript
    response = admin_client.post(url, form)
    assert response.status_code == 200
    with translation.override("ar"):  # the admin's language
        assert str(_("This institution already has a chapter page in this language.")) in response.content.decode()
    assert InstitutionChapterPage.objects.filter(institution=chapters["moi"]).count() == 2  # ar and en
