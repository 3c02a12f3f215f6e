"""Invitations for an institution's first editors and publishers.

A new account gets no password: the e-mail carries a link to Wagtail's admin password-reset confirmation
page, built with Django's ``default_token_generator`` (valid for ``PASSWORD_RESET_TIMEOUT``, and only until
the password is set). An address that already has an account is not added to anything: it gets a link to
accept the invitation (``invitations``), signed in or creating an account. No password is ever sent. Each
e-mail is in Arabic then English, and is sent only after the onboarding transaction commits.
"""

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from .models import INVITATION_VALID_FOR

LANGUAGES = ("ar", "en")


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def set_password_url(user):
    """The admin's password-reset confirmation address for ``user``: it lets them choose a password."""
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return absolute(reverse("wagtailadmin_password_reset_confirm", args=(uidb64, token)))


def accept_url(token):
    return absolute(reverse("institutions_invitation", args=[token]))


def send_invites_on_commit(institution, invited, request=None):
    """Queue one e-mail per ``onboarding.Invited`` for when the current transaction commits (the invitation
    tokens travel in memory to the e-mail, never through the database)."""
    people = [(entry.email, entry.group.name, entry.user.pk if entry.user else None, entry.token) for entry in invited]
    transaction.on_commit(lambda: send_invites(institution, people))


def send_invites(institution, people):
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.in_bulk([pk for _e, _g, pk, _t in people if pk])
    for email, group_name, pk, token in people:
        send_invite(email, institution, group_name, users.get(pk), token)


def send_invite(email, institution, group_name, user, token):
    """A new account's e-mail (choose a password) or an invitation's (accept with the link)."""
    new_account = user is not None
    context = {
        "institution": institution,
        "group_name": group_name,
        "new_account": new_account,
        "set_password_url": set_password_url(user) if new_account else "",
        "accept_url": accept_url(token) if token else "",
        "sign_in_url": absolute(reverse("wagtailadmin_login")),
        "username": user.get_username() if new_account else "",
        "valid_days": INVITATION_VALID_FOR.days,
    }
    subjects, bodies = [], []
    for language in LANGUAGES:
        with translation.override(language):
            subjects.append(render_to_string("institutions/email/invite_subject.txt", context).strip())
            bodies.append(render_to_string("institutions/email/invite_body.txt", context).strip())
    send_mail(" / ".join(subjects), "\n\n----\n\n".join(bodies), None, [email])
