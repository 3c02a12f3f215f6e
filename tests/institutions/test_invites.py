"""Invitations: a set-password link that works for a new address, no password in the mail, and for an address
an account already has a link that its opener accepts (signed in, or creating an account)."""

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


def accept_link(message):
    return re.search(r"https?://\S+/admin/invitation/[^/\s]+/", message.body).group(0)


def test_an_existing_account_is_invited_not_added(directory, mailoutbox, django_capture_on_commit_callbacks):
    """Matching an address to an account would let anyone who typed that address into their account join
    another institution: the address gets a link instead, and nobody joins until it is accepted."""
    existing = get_user_model().objects.create_user("known", email="known@example.org", password="secret-x1")
    users_before = get_user_model().objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        result = onboard("moi", publisher_emails=["Known@Example.org"], send_invites=True)
    assert get_user_model().objects.count() == users_before
    assert [entry.email for entry in result.invited] == ["Known@Example.org"]
    existing.refresh_from_db()
    assert result.institution.publishers_group not in existing.groups.all()
    [message] = mailoutbox
    assert message.to == ["Known@Example.org"]
    assert "password_reset" not in message.body
    link = accept_link(message)

    signed_in = Client()
    signed_in.force_login(existing)
    assert result.institution.name_ar in signed_in.get(link).content.decode()
    assert result.institution.publishers_group not in existing.groups.all()  # a GET changes nothing
    assert signed_in.post(link).status_code == 302
    assert result.institution.publishers_group in existing.groups.all()
    assert existing.check_password("secret-x1")
    assert Client().get(link).status_code == 410  # once


def test_the_invited_person_may_create_their_own_account(directory, mailoutbox, django_capture_on_commit_callbacks):
    get_user_model().objects.create_user("squatter", email="real@example.org", password="secret-x1")
    with django_capture_on_commit_callbacks(execute=True):
        result = onboard("moi", editor_emails=["real@example.org"], send_invites=True)
    link = accept_link(mailoutbox[0])
    client = Client()
    page = client.get(link)
    assert page.status_code == 200 and 'name="password1"' in page.content.decode()
    weak = client.post(link, {"username": "real-person", "password1": "123", "password2": "123"})
    assert (
        weak.status_code == 200
        and 'name="username"' in weak.content.decode()
        and "real-person" in weak.content.decode()
    )
    assert not get_user_model().objects.filter(username="real-person").exists()
    response = client.post(
        link, {"username": "real-person", "password1": "Qx7!long-enough", "password2": "Qx7!long-enough"}
    )
    assert response.status_code == 302
    person = get_user_model().objects.get(username="real-person")
    assert person.email == "real@example.org"
    assert result.institution.editors_group in person.groups.all()
    squatter = get_user_model().objects.get(username="squatter")
    assert result.institution.editors_group not in squatter.groups.all()
    assert client.get(reverse("wagtailadmin_home")).status_code == 200  # signed in


def test_the_honeypot_refuses_and_keeps_what_was_typed(directory, mailoutbox, django_capture_on_commit_callbacks):
    get_user_model().objects.create_user("known", email="known@example.org", password="secret-x1")
    with django_capture_on_commit_callbacks(execute=True):
        onboard("moi", editor_emails=["known@example.org"], send_invites=True)
    link = accept_link(mailoutbox[0])
    data = {"username": "bot", "password1": "Qx7!long-enough", "password2": "Qx7!long-enough", "website": "x"}
    response = Client().post(link, data)
    assert response.status_code == 200 and 'value="bot"' in response.content.decode()
    assert not get_user_model().objects.filter(username="bot").exists()


@pytest.mark.parametrize("token", ["nonsense", "x" * 300, "%00"])
def test_an_unknown_invitation_is_a_page_saying_so(db, token):
    response = Client().get(f"/admin/invitation/{token}/")
    assert response.status_code in ((400, 410) if token == "%00" else (410,))


def test_no_mail_when_invitations_are_off(directory, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        onboard("moi", editor_emails=["quiet@example.org"], send_invites=False)
    assert mailoutbox == []
