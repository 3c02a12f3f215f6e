"""The admin's "Onboard an institution" form: CMC staff only, same service, errors in the user's language."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from pages.institutions.models import Institution

from .conftest import row_counts

pytestmark = pytest.mark.django_db

FORM = {
    "slug": "mot",
    "name_ar": "وزارة النقل",
    "name_en": "Ministry of Transport",
    "kind": "ministry",
    "governorate": "basra",
    "hostname": "",
    "editor_emails": "one@example.org\ntwo@example.org",
    "publisher_emails": "",
}


def login(world, role):
    client = Client()
    client.force_login(world.users[role])
    return client


@pytest.mark.parametrize("role", ["a_editor", "a_publisher", "a_member", "b_editor"])
def test_refused_to_everyone_but_cmc_staff(world, role):
    client = login(world, role)
    url = reverse("institutions_onboard")
    expected = 302 if role == "a_member" else 403  # members may not enter the admin: sent to sign in
    assert client.get(url).status_code == expected
    assert client.post(url, FORM).status_code == expected
    assert not Institution.objects.filter(slug="mot").exists()


def test_anonymous_is_sent_to_sign_in(world):
    response = Client().get(reverse("institutions_onboard"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_cmc_staff_onboard(world, mailoutbox, django_capture_on_commit_callbacks):
    client = login(world, "cmc_moderator")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("institutions_onboard"), FORM)
    institution = Institution.objects.get(slug="mot")
    assert response.status_code == 302 and response["Location"] == reverse("institutions:edit", args=[institution.pk])
    assert institution.chapter_pages.count() == 2
    assert sorted(message.to[0] for message in mailoutbox) == ["one@example.org", "two@example.org"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "is not a valid e-mail address"), ("ar", '<html lang="ar" dir="rtl"')],
)
def test_errors_in_the_users_language_with_input_kept(world, language, expected):
    """Messages go through gettext in the admin's language (the Arabic catalogue is filled by the lead)."""
    user = world.users["cmc_editor"]
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = login(world, "cmc_editor")
    before = row_counts()
    data = {**FORM, "editor_emails": "one@example.org\nnot-an-email", "hostname": "bad host"}
    response = client.post(reverse("institutions_onboard"), data)
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"editor_emails", "hostname"}
    content = response.content.decode()
    assert 'value="وزارة النقل"' in content and "not-an-email" in content
    assert expected in content
    assert row_counts() == before


def test_duplicate_slug_in_the_form(world):
    client = login(world, "cmc_editor")
    data = {**FORM, "slug": "alpha"}
    response = client.post(reverse("institutions_onboard"), data)
    assert response.status_code == 200 and "slug" in response.context["form"].errors


def test_hostile_values_in_every_field_never_give_a_server_error(world):
    """The hostile-input corpus (tests/security) in each field of the form, as a superuser."""
    from urllib.parse import unquote

    from tests.security.conftest import Findings
    from tests.security.corpus import HOSTILE_VALUES

    client = Client(raise_request_exception=False)
    client.force_login(world.admin)
    url = reverse("institutions_onboard")
    findings = Findings()
    for field in FORM:
        for value in HOSTILE_VALUES:
            data = {**FORM, "slug": "hostile", field: unquote(value.encoded, errors="replace")}
            findings.check(f"POST {field}={value.name}", client.post(url, data), value.probe)
    findings.assert_none()
