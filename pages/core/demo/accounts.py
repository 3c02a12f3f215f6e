"""The demo's institution accounts (pages.core.demo.content.accounts), made by ``ensure_demo_admin``.

Each account joins its institution's editors or publishers group, which onboarding created with the
chapter's page permissions, the collection's media permissions and the workflow's approval step. Nothing
else is granted here: the demo accounts can do exactly what a real institution's people can.
"""

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from pages.institutions.models import Institution

from .content.accounts import DEMO_ACCOUNTS


@dataclass
class DemoAccount:
    role: str  # "editors" or "publishers"
    institution: Institution
    username: str
    password: str
    created: bool


def ensure_demo_accounts(password=None):
    """Create or update each demo account whose institution exists, with ``password`` or a new one each;
    returns the accounts and the slugs of the institutions missing (seed_demo has not run)."""
    user_model = get_user_model()
    institutions = Institution.objects.in_bulk([spec.institution for spec in DEMO_ACCOUNTS], field_name="slug")
    accounts, missing = [], []
    for spec in DEMO_ACCOUNTS:
        institution = institutions.get(spec.institution)
        group = institution and getattr(institution, f"{spec.role}_group")
        if group is None:
            missing.append(spec.institution)
            continue
        user, created = user_model.objects.get_or_create(
            username=spec.username,
            defaults={"email": spec.email, "first_name": spec.first_name, "last_name": spec.last_name},
        )
        account_password = password or secrets.token_urlsafe(12)
        user.is_active = True
        user.is_staff = user.is_superuser = False  # what the institution's groups give, nothing more
        user.set_password(account_password)
        user.save()
        user.groups.set([group])
        profile = UserProfile.get_for_user(user)
        if profile.preferred_language != "ar":
            profile.preferred_language = "ar"
            profile.save(update_fields=["preferred_language"])
        accounts.append(DemoAccount(spec.role, institution, spec.username, account_password, created))
    return accounts, sorted(set(missing))
