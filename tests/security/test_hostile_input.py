"""No hostile request gives a server error, a traceback, or markup reflected unescaped.

The corpus (``corpus.py``) goes to every public URL and every parameter it reads, to the admin's
searches as a signed-in superuser, and to the forms anyone can post; then odd paths, odd methods, odd
Host and forwarding headers, and hostile cookies. Each test reports every failing request at once.
Runs on SQLite and on PostgreSQL (``DATABASE_URL``).
"""

from urllib.parse import unquote, urlencode

import pytest
from django.test import Client

from .conftest import Findings, query
from .corpus import (
    ADMIN_URLS,
    COOKIES,
    FORMS,
    FORWARDING_HEADERS,
    GENERIC_VALUES,
    HOSTILE_VALUES,
    HOSTS,
    METHODS,
    NUMBER_VALUES,
    ODD_PATHS,
    PUBLIC_URLS,
)

GENERIC_PARAM = "x"  # a parameter no view reads


def send_values(client, hostile, target, findings):
    """Every hostile value to each parameter the target reads, the generic values to one it does not."""
    url = hostile.fill(target.url)
    for param, values in target.params.items():
        extra = {name: value for name, value in target.extra.items() if name != param}
        for value in values:
            response = client.get(f"{url}?{query([(param, value.encoded)], extra)}")
            findings.check(f"GET {url} {param}={value.name}", response, value.probe)
    for value in GENERIC_VALUES if target.generic else ():
        response = client.get(f"{url}?{query([(GENERIC_PARAM, value.encoded), (value.encoded, '1')])}")
        findings.check(f"GET {url} {GENERIC_PARAM}={value.name}", response, value.probe)


def target_id(target):
    return target.url


@pytest.mark.parametrize("target", PUBLIC_URLS, ids=target_id)
def test_public_urls_and_their_parameters(hostile_client, hostile, target):
    findings = Findings()
    send_values(hostile_client, hostile, target, findings)
    findings.assert_none()


def test_every_page_in_both_languages(hostile_client, hostile):
    findings = Findings()
    for target in hostile.page_targets:
        send_values(hostile_client, hostile, target, findings)
    findings.assert_none()


@pytest.mark.parametrize("target", ADMIN_URLS, ids=target_id)
def test_admin_searches_as_a_superuser(hostile_client, hostile, target):
    hostile_client.force_login(hostile.superuser)
    findings = Findings()
    send_values(hostile_client, hostile, target, findings)
    findings.assert_none()


@pytest.mark.parametrize("target", FORMS, ids=target_id)
def test_forms_anyone_can_post(hostile, target):
    client = Client(raise_request_exception=False)  # CSRF not enforced: the values must reach the form
    findings = Findings()
    url = hostile.fill(target.url)
    for field, values in target.params.items():
        for value in values:
            data = {**target.extra, field: unquote(value.encoded, errors="replace")}
            response = client.post(url, urlencode(data), content_type="application/x-www-form-urlencoded")
            findings.check(f"POST (urlencoded) {url} {field}={value.name}", response, value.probe)
            if value in GENERIC_VALUES:
                response = client.post(url, data)  # multipart, the test client's default
                findings.check(f"POST (multipart) {url} {field}={value.name}", response, value.probe)
    findings.assert_none()


def test_odd_paths(hostile_client, hostile):
    findings = Findings()
    for path in ODD_PATHS:
        findings.check(f"GET {path[:80]}", hostile_client.get(path))
    findings.assert_none()


PATH_SEGMENTS = [
    ("/ar/news/", HOSTILE_VALUES),  # page routing, with the news index's own routes
    ("/documents/", NUMBER_VALUES),
    ("/ar/", GENERIC_VALUES),
    ("/en/news/forum/", GENERIC_VALUES),
    ("/ar/search/", GENERIC_VALUES),
    ("/ar/chapters/directory/", HOSTILE_VALUES),  # an entry's slug, before /vcard/ or alone
    ("/ar/chapters/", GENERIC_VALUES),
    ("/images/", GENERIC_VALUES),
]


def test_values_as_a_path_segment(hostile_client, hostile):
    findings = Findings()
    for prefix, values in PATH_SEGMENTS:
        for value in values:
            response = hostile_client.get(f"{prefix}{value.encoded}/")
            findings.check(f"GET {prefix}<{value.name}>/", response, value.probe)
    findings.assert_none()


def test_values_as_a_vcard_slug(hostile_client, hostile):
    findings = Findings()
    for value in HOSTILE_VALUES:
        response = hostile_client.get(f"/ar/chapters/directory/{value.encoded}/vcard/")
        findings.check(f"GET vCard of <{value.name}>", response, value.probe)
    findings.assert_none()


def test_odd_methods_on_public_pages(hostile):
    client = Client(enforce_csrf_checks=True, raise_request_exception=False)
    findings = Findings()
    urls = [target.url for target in hostile.page_targets] + [hostile.fill(target.url) for target in PUBLIC_URLS]
    for url in urls:
        for method in METHODS:
            response = client.generic(method, url)
            findings.check(f"{method} {url}", response)
            assert response.status_code != 200 or method in {"POST", "HEAD", "OPTIONS", "TRACE"}, (method, url)
    findings.assert_none()


@pytest.mark.parametrize("allowed_hosts", [["*"], ["localhost", "testserver"]], ids=["any host", "listed hosts"])
def test_odd_host_headers(hostile_client, hostile, settings, allowed_hosts):
    settings.ALLOWED_HOSTS = allowed_hosts
    findings = Findings()
    for url in ("/ar/", "/en/news/", "/ar/search/?q=x", "/ar/news/feed/rss/", "/sitemap.xml", "/robots.txt", "/"):
        for host in HOSTS:
            findings.check(f"GET {url} Host: {host[:40]!r}", hostile_client.get(url, HTTP_HOST=host))
    findings.assert_none()


def test_forwarding_and_other_headers(hostile_client, hostile):
    findings = Findings()
    for url in ("/ar/", "/ar/news/", "/ar/search/?q=x", "/ar/news/feed/atom/", "/sitemap.xml", "/robots.txt", "/"):
        for headers in FORWARDING_HEADERS:
            response = hostile_client.get(url, **headers)
            findings.check(f"GET {url} {', '.join(headers)}", response)
            if "HTTP_X_FORWARDED_HOST" in headers or "HTTP_FORWARDED" in headers:
                assert b"evil.example" not in response.content, (url, headers)
    findings.assert_none()


def test_hostile_cookies(hostile_client, hostile):
    findings = Findings()
    for url in ("/ar/", "/ar/search/?q=x", "/admin/login/", "/admin/"):
        for name in COOKIES:
            for value in GENERIC_VALUES:
                hostile_client.cookies.clear()
                # As a server hands cookies to Django: bytes as ISO-8859-1 characters.
                hostile_client.cookies[name] = unquote(value.encoded, encoding="latin-1")
                findings.check(f"GET {url} cookie {name}={value.name}", hostile_client.get(url), value.probe)
    findings.assert_none()


def test_a_page_form_without_its_stream_data_is_refused_not_a_500(hostile):
    """A crafted edit or add POST without ``body-count`` (Wagtail reads it with ``data[...]``) is the form
    again with an error, and the stored body is kept."""
    from django.test import Client
    from django.urls import reverse
    from wagtail.models import Page

    from pages.standard.models import StandardPage

    client = Client(raise_request_exception=False)
    client.force_login(hostile.superuser)
    page = StandardPage.objects.filter(live=True).exclude(body=[]).first() or StandardPage.objects.first()
    before = Page.objects.get(pk=page.pk)
    body_before = list(before.specific.body.raw_data)
    for url in (
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:add", args=["standard", "standardpage", page.get_parent().pk]),
    ):
        response = client.post(url, {"title": "x", "slug": "x-crafted", "body-0-type": "paragraph"})
        assert response.status_code == 200
        assert "did not arrive whole" in response.content.decode() or "لم يصل" in response.content.decode()
    after = Page.objects.get(pk=page.pk)
    assert after.latest_revision_id == before.latest_revision_id
    assert list(after.specific.body.raw_data) == body_before
    assert not Page.objects.filter(slug="x-crafted").exists()
