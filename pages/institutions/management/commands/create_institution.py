"""``manage.py create_institution``: onboard a state institution (see ``pages.institutions.onboarding``)."""

from django.core.management.base import BaseCommand, CommandError

from pages.institutions.onboarding import OnboardingError, create_institution


class Command(BaseCommand):
    help = (
        "Create (or complete) a state institution: its chapter pages in Arabic and English, groups, collection, "
        "review workflow, optional Site, and invitations for its first editors and publishers. Idempotent."
    )

    def add_arguments(self, parser):
        parser.add_argument("--slug", required=True)
        parser.add_argument("--name-ar", required=True)
        parser.add_argument("--name-en", required=True)
        parser.add_argument("--kind", required=True, help="ministry, commission, governorate or other")
        parser.add_argument("--governorate", required=True, help="a governorate code, e.g. baghdad")
        parser.add_argument("--parent", default=None, help="the slug of the parent body")
        parser.add_argument("--host", default=None, help="a host name serving the chapter as a site of its own")
        parser.add_argument("--port", type=int, default=None, help="the Site's port (default: the default Site's)")
        parser.add_argument("--editor", action="append", default=[], metavar="EMAIL")
        parser.add_argument("--publisher", action="append", default=[], metavar="EMAIL")
        parser.add_argument("--cmc-review", action="store_true", help="approved changes then wait for CMC")
        parser.add_argument("--no-invites", action="store_true", help="add people to groups without e-mailing them")

    def handle(self, *args, **options):
        try:
            result = create_institution(
                slug=options["slug"],
                name_ar=options["name_ar"],
                name_en=options["name_en"],
                kind=options["kind"],
                governorate=options["governorate"],
                parent=options["parent"],
                hostname=options["host"],
                site_port=options["port"],
                editor_emails=options["editor"],
                publisher_emails=options["publisher"],
                cmc_review_required=options["cmc_review"] or None,
                send_invites=not options["no_invites"],
            )
        except OnboardingError as error:
            lines = [f"{name}: {message}" for name, messages in error.message_dict.items() for message in messages]
            raise CommandError("Nothing was changed.\n" + "\n".join(lines)) from error
        institution = result.institution
        verb = "Created" if result.created else "Completed"
        self.stdout.write(f"{verb} {institution.slug} ({institution.name_ar} / {institution.name_en}).")
        for language, page in result.chapter_pages.items():
            self.stdout.write(f"  chapter page ({language}): {page.pk} {page.url_path}")
        if institution.site_id:
            self.stdout.write(f"  site: {institution.site.hostname}:{institution.site.port}")
        for user in result.invited:
            self.stdout.write(f"  invited: {user.email}")
