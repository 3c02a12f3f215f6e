import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from wagtail.users.models import UserProfile

USERNAME = "admin"
PASSWORD_VARIABLE = "DEMO_ADMIN_PASSWORD"


class Command(BaseCommand):
    help = (
        f"Create or update the superuser '{USERNAME}' for local development, with its admin in Arabic, and print "
        f"how to log in. The password comes from {PASSWORD_VARIABLE}, or a new one is generated on every run. "
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
