"""Choosing by id: an institution's editor cannot post another institution's image, document or page (draft
or members-only) into a page's share image, its image, document and call-to-action blocks, its rich text, or
the institution's logo; the refusal names the field, not the object, on save and on preview."""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from pages.core.factories import DocumentFactory
from pages.standard.factories import StandardPageFactory

from .conftest import as_role, contacts_form

pytestmark = pytest.mark.django_db

FOREIGN = "ZQ-FOREIGN"


@pytest.fixture
def foreign(world):
    b = world.b.institution
    image = world.b_image
    image.title = f"{FOREIGN}-IMAGE"
    image.save()
    document = DocumentFactory(title=f"{FOREIGN}-DOCUMENT", collection=b.collection)
    draft = StandardPageFactory(
        parent=world.b.chapter_pages["ar"], title=f"{FOREIGN}-DRAFT", slug="zq-draft", body=[], live=False
    )
    return {"image": image, "document": document, "draft": draft}


def edit(client, page, body=(), **fields):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    data.update(nested_form_data({"body": streamfield(list(body))}))
    for name, value in fields.items():
        data[name] = value
    return url, data


def image_block(image):
    return ("image", {"image": image.pk, "caption": ""})


def document_block(document):
    return ("document", {"document": document.pk, "title": "x"})


def cta_block(page):
    return ("call_to_action", {"title": "t", "text": "x", "page": page.pk, "url": "", "button_label": "b"})


def paragraph_linking(page):
    return ("paragraph", rich_text(f'<p><a linktype="page" id="{page.pk}">x</a></p>'))


CASES = {
    "share image": lambda f: ((), {"share_image": f["image"].pk}),
    "image block": lambda f: ((image_block(f["image"]),), {}),
    "document block": lambda f: ((document_block(f["document"]),), {}),
    "call to action to a draft": lambda f: ((cta_block(f["draft"]),), {}),
    "rich-text link to a draft": lambda f: ((paragraph_linking(f["draft"]),), {}),
}


@pytest.mark.parametrize("case", CASES)
def test_a_foreign_object_is_refused_without_being_named(world, foreign, case):
    body, fields = CASES[case](foreign)
    page = world.a_page
    before = Page.objects.get(pk=page.pk).latest_revision_id
    client = as_role(world, "a_editor")
    url, data = edit(client, page, body, **fields)
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert FOREIGN not in html
    assert "لا يمكنك استخدامها" in html or "that you may not use" in html
    assert Page.objects.get(pk=page.pk).latest_revision_id == before

    preview = client.post(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]), data)
    assert preview.json()["is_valid"] is False
    assert FOREIGN not in client.get(reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])).content.decode()


def test_own_media_and_public_pages_are_accepted(world, foreign):
    page = world.a_page
    client = as_role(world, "a_editor")
    own_document = DocumentFactory(title="own", collection=world.a.institution.collection)
    body = [image_block(world.a_image), document_block(own_document), cta_block(world.b_page)]  # B's live page
    url, data = edit(client, page, body, share_image=world.a_image.pk)
    assert client.post(url, data).status_code == 302
    saved = Page.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert saved.share_image_id == world.a_image.pk


def test_cmc_staff_may_choose_anything(world, foreign):
    client = as_role(world, "cmc_editor")
    url, data = edit(client, world.a_page, [image_block(foreign["image"])], share_image=foreign["image"].pk)
    assert client.post(url, data).status_code == 302


def test_the_logo_refusal_does_not_echo_the_foreign_image(world, foreign):
    a = world.a.institution
    client = as_role(world, "a_publisher")
    response = client.post(reverse("institutions:edit", args=[a.pk]), contacts_form(a, logo=foreign["image"].pk))
    assert response.status_code == 200 and "logo" in response.context["form"].errors
    assert FOREIGN not in response.content.decode()
