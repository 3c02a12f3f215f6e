from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pages.core.site_url import apply_site_url


class Command(BaseCommand):
    help = (
        "Give the default Wagtail Site the address the site is served at (its hostname and port), which "
        "every absolute link uses: sitemap, canonical, hreflang, robots.txt. Takes a URL such as "
        "http://127.0.0.1:8000 or https://multaqa.example.iq, or the SITE_URL setting when none is given. "
        "Running it again with the same URL changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="http://host[:port] (any port but 443) or https://host")

    def handle(self, *args, **options):
        url = options["url"] or settings.SITE_URL
        if not url:
            raise CommandError("Give the site's URL, e.g. `set_site_url https://multaqa.example.iq`, or set SITE_URL.")
        try:
            site, changed = apply_site_url(url)
        except ValueError as error:
            raise CommandError(str(error)) from None
        state = "now answers" if changed else "already answers"
        self.stdout.write(f"The default site {state} at {site.root_url}/")
