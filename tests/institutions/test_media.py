"""Images and documents: each institution's people use their own collection only, on every media URL."""

import pytest
from django.test import Client
from django.urls import reverse

from pages.core.factories import DocumentFactory

from .conftest import refused

pytestmark = pytest.mark.django_db


def login(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def a_document(world):
    return DocumentFactory(title="a-document", collection=world.a.institution.collection)


@pytest.mark.parametrize(("role", "allowed"), [("a_editor", True), ("b_editor", False), ("cmc_editor", True)])
def test_documents_of_a(world, a_document, role, allowed):
    client = login(world.users[role])
    chosen = client.get(reverse("wagtaildocs_chooser:chosen", args=[a_document.pk]))
    listing = client.get(reverse("wagtaildocs_chooser:choose_results")).content.decode()
    edit = client.get(reverse("wagtaildocs:edit", args=[a_document.pk]))
    if allowed:
        assert chosen.status_code == 200 and "a-document" in listing and edit.status_code == 200
    else:
        assert refused(chosen) and "a-document" not in listing and refused(edit)


@pytest.mark.parametrize(("role", "allowed"), [("a_editor", True), ("b_editor", False), ("a_member", False)])
def test_images_of_a_in_the_image_admin(world, role, allowed):
    client = login(world.users[role])
    edit = client.get(reverse("wagtailimages:edit", args=[world.a_image.pk]))
    listing = client.get(reverse("wagtailimages:index")).content.decode()
    if allowed:
        assert edit.status_code == 200 and "a-image" in listing
    else:
        assert refused(edit) and "a-image" not in listing
