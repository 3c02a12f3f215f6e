"""The chapter home is the CMC's: an institution's publisher cannot unpublish it (form, bulk action or
permission), nor retitle it (the title is the institution's name)."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

from .conftest import fresh, signed_in

pytestmark = pytest.mark.django_db


def test_a_publisher_cannot_unpublish_the_chapter_home(world):
    chapter = world.a.chapter_pages["ar"]
    publisher = fresh(world.users["a_publisher"])
    assert not chapter.permissions_for_user(publisher).can_unpublish()
    assert world.a_page.permissions_for_user(publisher).can_unpublish()  # pages inside it: yes
    assert chapter.permissions_for_user(fresh(world.users["cmc_moderator"])).can_unpublish()
    client = signed_in(publisher)
    url = reverse("wagtailadmin_pages:unpublish", args=[chapter.pk])
    assert client.get(url).status_code in (302, 403)
    client.post(url, {"include_descendants": "on"})
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"]) + f"?id={chapter.pk}"
    client.post(bulk, {})
    assert Page.objects.get(pk=chapter.pk).live
    assert Page.objects.get(pk=world.a_page.pk).live


def edit_chapter(user, chapter, **changes):
    client = signed_in(user)
    url = reverse("wagtailadmin_pages:edit", args=[chapter.pk])
    html = client.get(url).content.decode()
    data = querydict_from_html(html, form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield([])}))
    data.update(changes)
    return html, client.post(url, data)


def test_the_institution_cannot_retitle_its_chapter_home(world):
    chapter = world.a.chapter_pages["ar"]
    html, response = edit_chapter(world.users["a_editor"], chapter, title="اسم آخر")
    assert 'name="title"' not in html
    assert response.status_code == 302
    assert Page.objects.get(pk=chapter.pk).draft_title == chapter.title


def test_cmc_staff_may_retitle_a_chapter_home(world):
    chapter = world.a.chapter_pages["ar"]
    html, response = edit_chapter(world.admin, chapter, title="اسم جديد للوزارة")
    assert 'name="title"' in html
    assert response.status_code == 302
    assert Page.objects.get(pk=chapter.pk).draft_title == "اسم جديد للوزارة"
