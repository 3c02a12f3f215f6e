"""Page URLs from a page's ``url_path`` and language, for rows read without model instances.

Wagtail's ``Page.get_url(request)`` finds the site root path that the page's ``url_path`` starts
with, in the page's language, and reverses ``wagtail_serve`` for the rest of the path in that
language. For a page of the request's site that is the language's home URL (``/ar/``) followed by
the rest of the path, which is what ``page_url`` returns; tests compare the two on every page.

``absolute_url`` is the one way an absolute URL is made (canonical, og:url, hreflang, feed links in
the head, robots.txt): on the request's Wagtail Site (``Site.root_url``: its hostname and port, https
when the port is 443), never on the ``Host`` port or ``X-Forwarded-Proto`` a client sent.
"""

from functools import lru_cache
from urllib.parse import quote

from django.urls import get_script_prefix, reverse
from django.utils import translation
from django.utils.encoding import iri_to_uri
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.models import Site

from .site_data import site_data


def site_root_paths(request):
    """``Site.get_site_root_paths()`` (Wagtail keeps them in the cache), read once per request and kept
    where Wagtail's ``Page.get_url(request)`` looks for them."""
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = Site.get_site_root_paths()
    return request._wagtail_cached_site_root_paths


def language_root_path(request, site, language_code):
    """The url_path of the site's home page in ``language_code``, else ``None``."""
    for root in site_root_paths(request):
        if root.site_id == site.pk and root.language_code == language_code:
            return root.root_path
    return None


@lru_cache(maxsize=64)
def _home_url(language_code, script_prefix):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def language_home_url(language_code):
    """The home page's URL in ``language_code`` (/ar/, /en/): a reverse, kept per language."""
    return _home_url(language_code, get_script_prefix())


def page_url(request, url_path, language_code):
    """The URL of the page at ``url_path`` in ``language_code`` on the request's site, relative, as
    ``Page.get_url(request)`` gives it; ``None`` when the page is not under that site's home page in
    that language (the caller then asks Wagtail)."""
    site = site_data.find_site(request) if request is not None else None
    root_path = language_root_path(request, site, language_code) if site else None
    if root_path is None or not url_path.startswith(root_path):
        return None
    # Quoted as ``reverse`` quotes it (slugs may be Arabic).
    return language_home_url(language_code) + quote(url_path[len(root_path) :], safe=RFC3986_SUBDELIMS + "/~:@")


def row_url(request, pk, url_path, language_code):
    """``page_url``, else (a page of another site) the URL Wagtail gives the page: one query."""
    url = page_url(request, url_path, language_code)
    if url is None:
        from wagtail.models import Page

        page = Page.objects.filter(pk=pk).first()
        url = page.get_url(request) if page else None
    return url


def site_root_url(request):
    """The request's Site's root URL (``http://127.0.0.1:8000``, ``https://multaqa.example.iq``), as the
    Site row configures it; ``""`` without a request or when no Site answers for its host."""
    site = site_data.find_site(request) if request is not None else None
    return site.root_url if site is not None else ""


def absolute_url(request, url):
    """``url`` (a path, or an http(s) URL, which stays as it is: a page of another site) made absolute
    on the request's Site; left relative when no Site answers for the request. Non-ASCII characters are
    percent-encoded. A path is appended as it is (``//x`` stays a path, never a host)."""
    if not url:
        return ""
    url = str(url)
    if url.startswith(("http://", "https://")):
        return iri_to_uri(url)
    return iri_to_uri(site_root_url(request) + ("" if url.startswith("/") else "/") + url)
