"""The default Site gets the address the site is served at: `manage.py set_site_url URL` (what scripts/run
calls with runserver's address) and, in production, the SITE_URL setting applied by `manage.py migrate`."""

import io

import pytest
from defusedxml import ElementTree
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from pages.core.fastpath.site_data import VERSION_KEY
from pages.core.site_url import parse_site_url
from pages.standard.factories import StandardPageFactory

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def set_site_url(*args):
    out = io.StringIO()
    call_command("set_site_url", *args, stdout=out)
    return out.getvalue()


def default_site():
    return Site.objects.get(is_default_site=True)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://127.0.0.1:8000/", ("127.0.0.1", 8000)),
        ("http://localhost", ("localhost", 80)),
        ("https://Multaqa.Example.IQ", ("multaqa.example.iq", 443)),
        ("https://multaqa.example.iq:443/", ("multaqa.example.iq", 443)),
        ("http://[::1]:8000", ("[::1]", 8000)),
    ],
)
def test_a_url_gives_the_hostname_and_port_of_a_site(url, expected):
    assert parse_site_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "",
        "127.0.0.1:8000",  # no scheme
        "ftp://example.org",
        "https://multaqa.example.iq:8443",  # a Site serves https on 443 only
        "http://multaqa.example.iq:443",  # ... and port 443 is always https
        "http://example.org/multaqa/",  # not at the root
        "http://example.org/?next=/",
        "http://user:secret@example.org",
        "http://example.org:99999",
        "http://",
    ],
)
def test_urls_a_site_cannot_serve_are_refused(url):
    with pytest.raises(ValueError):
        parse_site_url(url)


def test_set_site_url_gives_the_default_site_the_address_runserver_serves(client, home, home_en):
    StandardPageFactory(parent=home, slug="about")

    output = set_site_url("http://127.0.0.1:8000")

    site = default_site()
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8000, "http://127.0.0.1:8000")
    assert "http://127.0.0.1:8000/" in output
    tree = ElementTree.fromstring(client.get("/sitemap.xml", HTTP_HOST="127.0.0.1:8000").content)
    locations = {loc.text for loc in tree.findall("sm:url/sm:loc", NS)}
    assert locations == {"http://127.0.0.1:8000/ar/", "http://127.0.0.1:8000/en/", "http://127.0.0.1:8000/ar/about/"}
    robots = client.get("/robots.txt", HTTP_HOST="127.0.0.1:8000").content.decode()
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml\n" in robots


def test_set_site_url_again_changes_nothing(home):
    set_site_url("https://multaqa.example.iq")
    version = cache.get(VERSION_KEY)

    with CaptureQueriesContext(connection) as queries:
        output = set_site_url("https://multaqa.example.iq/")

    assert "already" in output
    assert not [query for query in queries.captured_queries if query["sql"].lstrip().upper().startswith("UPDATE")]
    assert cache.get(VERSION_KEY) == version  # no process is told to drop its Site
    assert default_site().root_url == "https://multaqa.example.iq"


def test_a_new_address_is_seen_on_the_next_request(client, home):
    set_site_url("http://127.0.0.1:8000")
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in client.get("/robots.txt").content.decode()
    set_site_url("http://127.0.0.1:8001")
    assert "Sitemap: http://127.0.0.1:8001/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_set_site_url_reads_site_url_when_given_no_argument(home, settings):
    settings.SITE_URL = "https://multaqa.example.iq"
    set_site_url()
    assert (default_site().hostname, default_site().port) == ("multaqa.example.iq", 443)


def test_set_site_url_needs_a_url(home, settings):
    settings.SITE_URL = ""
    with pytest.raises(CommandError, match="SITE_URL"):
        set_site_url()


def test_set_site_url_refuses_a_bad_url_and_leaves_the_site_alone(home):
    before = default_site().root_url
    with pytest.raises(CommandError, match="443"):
        set_site_url("https://multaqa.example.iq:8443")
    assert default_site().root_url == before


def test_set_site_url_refuses_the_address_of_another_site(home):
    Site.objects.create(hostname="other.example", port=80, root_page=home)
    with pytest.raises(CommandError, match="Another Site"):
        set_site_url("http://other.example")
    assert default_site().hostname == "testserver"


def test_migrate_gives_the_default_site_the_site_url_setting(home, settings):
    settings.SITE_URL = "https://multaqa.example.iq"
    call_command("migrate", verbosity=0, interactive=False)
    assert default_site().root_url == "https://multaqa.example.iq"


def test_migrate_leaves_the_site_alone_without_site_url(home, settings):
    settings.SITE_URL = ""
    call_command("migrate", verbosity=0, interactive=False)
    assert default_site().root_url == "http://testserver"


def test_migrate_refuses_a_site_url_a_site_cannot_serve(home, settings):
    settings.SITE_URL = "multaqa.example.iq"
    with pytest.raises(ImproperlyConfigured, match="SITE_URL"):
        call_command("migrate", verbosity=0, interactive=False)
