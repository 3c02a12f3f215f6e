"""Invitations for an institution's first editors and publishers.

A new account gets no password: the e-mail carries a link to Wagtail's admin password-reset confirmation
page, built with Django's ``default_token_generator`` (valid for ``PASSWORD_RESET_TIMEOUT``, and only until
the password is set). Someone who already has an account gets a notice that they were added, with the
sign-in address. No password is ever sent. Each e-mail is in Arabic then English, and is sent only after
the onboarding transaction commits.
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

LANGUAGES = ("ar", "en")


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def set_password_url(user):
    """The admin's password-reset confirmation address for ``user``: it lets them choose a password."""
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return absolute(reverse("wagtailadmin_password_reset_confirm", args=(uidb64, token)))


def send_invites_on_commit(institution, invited, request=None):
    """Queue one e-mail per ``(user, group, new_account)`` for when the current transaction commits."""
    people = [(user.pk, group.name, new_account) for user, group, new_account in invited]
    transaction.on_commit(lambda: send_invites(institution, people))


def send_invites(institution, people):
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.in_bulk([pk for pk, _g, _n in people])
    for pk, group_name, new_account in people:
        user = users[pk]
        send_invite(user, institution, group_name, new_account)


def send_invite(user, institution, group_name, new_account):
    context = {
        "institution": institution,
        "group_name": group_name,
        "new_account": new_account,
        "user": user,
        "set_password_url": set_password_url(user) if new_account else "",
        "sign_in_url": absolute(reverse("wagtailadmin_login")),
        "username": user.get_username(),
    }
    subjects, bodies = [], []
    for language in LANGUAGES:
        with translation.override(language):
            subjects.append(render_to_string("institutions/email/invite_subject.txt", context).strip())
            bodies.append(render_to_string("institutions/email/invite_body.txt", context).strip())
    send_mail(" / ".join(subjects), "\n\n----\n\n".join(bodies), None, [user.email])
