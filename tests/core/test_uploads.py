"""Uploads are checked by type and size, with the error in the editor's language."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from pages.core.models import CustomDocument


@pytest.fixture
def arabic_admin(admin_client, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "ar"
    profile.save()
    return admin_client


def upload(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "وثيقة",
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@override_settings(DOCUMENT_MAX_UPLOAD_SIZE=1024)
def test_a_document_over_the_size_limit_is_refused_in_arabic(arabic_admin):
    response = upload(arabic_admin, "big.pdf", b"%PDF-1.4 " + b"x" * 2048)

    assert response.status_code == 200
    assert not CustomDocument.objects.exists()
    errors = response.context["form"].errors["file"]
    assert len(errors) == 1
    assert errors[0].startswith("حجم هذا الملف"), errors[0]
    assert response.context["form"]["title"].value() == "وثيقة"  # what was typed is kept


def test_a_document_of_a_refused_type_is_refused(arabic_admin):
    response = upload(arabic_admin, "script.exe", b"MZ")
    assert response.status_code == 200
    assert not CustomDocument.objects.exists()
    assert "file" in response.context["form"].errors


def test_a_document_within_the_limits_is_stored(arabic_admin):
    response = upload(arabic_admin, "recommendations.pdf", b"%PDF-1.4 small")
    assert response.status_code == 302
    assert CustomDocument.objects.get().title == "وثيقة"
