"""Invitations: a set-password link that works, no password in the mail, a notice for existing accounts."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from .conftest import onboard

pytestmark = pytest.mark.django_db


def test_the_link_sets_a_password_and_the_editor_signs_in(directory, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        result = onboard("moi", editor_emails=["new.editor@example.org"], send_invites=True)
    [message] = mailoutbox
    assert message.to == ["new.editor@example.org"]
    assert "Ministry of moi" in message.body and "وزارة moi" in message.body  # English and Arabic
    user = get_user_model().objects.get(email="new.editor@example.org")
    assert not user.has_usable_password()
    links = re.findall(r"http://testserver(/\S+)", message.body)
    [link] = {link for link in links if "password_reset" in link}  # the same link in both languages

    client = Client()
    response = client.get(link)
    assert response.status_code == 302  # Django moves the token out of the URL into the session
    form_url = response["Location"]
    assert client.get(form_url).status_code == 200
    response = client.post(
        form_url, {"new_password1": "Qx7!long-enough-pass", "new_password2": "Qx7!long-enough-pass"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.has_usable_password()
    assert "Qx7!long-enough-pass" not in message.body

    signin = Client()
    response = signin.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": "Qx7!long-enough-pass"}
    )
    assert response.status_code == 302
    assert signin.get(reverse("wagtailadmin_home")).status_code == 200
    assert result.institution.editors_group in user.groups.all()
    # the link works once
    assert Client().get(link).status_code == 200 and "password" in Client().get(link).content.decode().lower()


def test_an_existing_account_gets_a_notice_and_no_new_account(
    directory, mailoutbox, django_capture_on_commit_callbacks
):
    existing = get_user_model().objects.create_user("known", email="known@example.org", password="secret-x1")
    users_before = get_user_model().objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        result = onboard("moi", publisher_emails=["Known@Example.org"], send_invites=True)
    assert get_user_model().objects.count() == users_before
    assert result.invited == [existing]
    [message] = mailoutbox
    assert "password_reset" not in message.body and reverse("wagtailadmin_login") in message.body
    existing.refresh_from_db()
    assert existing.check_password("secret-x1")
    assert result.institution.publishers_group in existing.groups.all()


def test_no_mail_when_invitations_are_off(directory, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        onboard("moi", editor_emails=["quiet@example.org"], send_invites=False)
    assert mailoutbox == []
