"""Invitations to an institution's groups: made by onboarding, accepted through a link.

``invite(institution, group, email)`` makes a pending invitation and returns the link's token (kept only
in the e-mail; the database holds its SHA-256). ``pending(token)`` finds a pending invitation by its token;
``accept(invitation, user)`` adds the user to the group, once, and logs it. An invitation for the same
group and address that is still pending is not made twice.
"""

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from .models import Invitation


def digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def invite(institution, group, email):
    """A new invitation's token, or None when one for this group and address is already pending."""
    if Invitation.objects.pending().filter(group=group, email__iexact=email).exists():
        return None
    token = secrets.token_urlsafe(32)
    Invitation.objects.create(institution=institution, group=group, email=email, token_digest=digest(token))
    return token


def pending(token):
    if not token or len(token) > 100:
        return None
    return (
        Invitation.objects.pending().select_related("institution", "group").filter(token_digest=digest(token)).first()
    )


def accept(invitation, user):
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().filter(pk=invitation.pk, accepted_at__isnull=True).first()
        if locked is None:
            return False
        user.groups.add(locked.group)
        locked.accepted_at = timezone.now()
        locked.accepted_by = user
        locked.save(update_fields=["accepted_at", "accepted_by"])
        log(instance=locked.institution, action="institutions.accept_invitation", user=user)
    return True
