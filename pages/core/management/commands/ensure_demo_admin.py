import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from wagtail.users.models import UserProfile

from pages.core.demo.accounts import ensure_demo_accounts

USERNAME = "admin"
PASSWORD_VARIABLE = "DEMO_ADMIN_PASSWORD"
ACCOUNTS_PASSWORD_VARIABLE = "DEMO_ACCOUNTS_PASSWORD"
ROLE_LABELS = {"editors": "editor", "publishers": "publisher"}


class Command(BaseCommand):
    help = (
        f"Create or update the superuser '{USERNAME}' for local development, with its admin in Arabic, and print "
        f"how to log in. The password comes from {PASSWORD_VARIABLE}, or a new one is generated on every run. "
        "Also gives the demo institutions' editors and publishers (seed_demo makes the institutions) a password, "
        f"from {ACCOUNTS_PASSWORD_VARIABLE} or new on every run, and prints them in a table. "
        "Refuses to run when DEBUG is off unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off. Never do this on a production site.",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(
                "DEBUG is off: this looks like a production site, where a demo superuser must not exist. "
                "Use --force if you really mean it."
            )
        password = os.environ.get(PASSWORD_VARIABLE) or secrets.token_urlsafe(12)

        user, created = get_user_model().objects.get_or_create(
            username=USERNAME,
            # Wagtail's account form asks for both names before it saves any other change, the language too.
            defaults={"email": "admin@example.org", "first_name": "مدير", "last_name": "الموقع"},
        )
        user.is_active = user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "ar"
        profile.save(update_fields=["preferred_language"])

        login_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_home")
        self.stdout.write(self.style.SUCCESS(f"Demo admin {'created' if created else 'updated'}. Log in at:"))
        self.stdout.write(f"  URL:      {login_url}")
        self.stdout.write(f"  Username: {USERNAME}")
        self.stdout.write(f"  Password: {password}")
        self.print_institution_accounts()

    def print_institution_accounts(self):
        accounts, missing = ensure_demo_accounts(os.environ.get(ACCOUNTS_PASSWORD_VARIABLE))
        if missing:
            self.stdout.write(f"  No demo accounts for {', '.join(missing)}: run seed_demo first.")
        if not accounts:
            return
        rows = [("Role", "Institution", "Username", "Password")] + [
            (ROLE_LABELS[account.role], account.institution.name_en, account.username, account.password)
            for account in accounts
        ]
        widths = [max(len(row[column]) for row in rows) for column in range(4)]
        self.stdout.write(self.style.SUCCESS("Demo institution accounts (same login URL):"))
        for row in rows:
            self.stdout.write(
                "  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            )
