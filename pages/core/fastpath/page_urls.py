"""Page URLs from a page's ``url_path`` and language, for rows read without model instances.

Several Wagtail Sites share one tree: an institution's chapter page is under the main site's home and is
also the root of the chapter's own Site. A page's own Site is the one whose root path is the longest that
its ``url_path`` starts with (``own_site_root``): a chapter page's URL carries the chapter's host wherever
it is linked from, a main-site page's URL the main host. ``BasePage.get_url_parts`` makes Wagtail choose
the same way (Wagtail alone prefers the request's site), and ``page_url`` gives what
``Page.get_url(request)`` then gives: the path alone on the page's own Site (or when there is one Site),
else the Site's root URL and the path. Tests compare the two on every page of two Sites.

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


def request_site_root(request, url_path):
    """The url_path of the request's Site's home (in whichever language) that ``url_path`` is under, else ``None``."""
    site = site_data.find_site(request) if request is not None else None
    if site is None:
        return None
    for root in site_root_paths(request):
        if root.site_id == site.pk and url_path.startswith(root.root_path):
            return root.root_path
    return None


def enclosing_site_home_url(request, language_code):
    """On a Site whose home lies inside another Site's tree (an institution's chapter with a host name of
    its own), the absolute URL of that enclosing Site's home in ``language_code``; ``None`` on the main
    site. No query: the site root paths Wagtail keeps in the cache."""
    site = site_data.find_site(request) if request is not None else None
    own = language_root_path(request, site, language_code) if site is not None else None
    if own is None:
        return None
    enclosing = [
        root
        for root in site_root_paths(request)
        if root.site_id != site.pk
        and root.language_code == language_code
        and own.startswith(root.root_path)
        and len(root.root_path) < len(own)
    ]
    if not enclosing:
        return None
    root = max(enclosing, key=lambda root: len(root.root_path))
    return iri_to_uri(root.root_url + language_home_url(language_code))


@lru_cache(maxsize=64)
def _home_url(language_code, script_prefix):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def language_home_url(language_code):
    """The home page's URL in ``language_code`` (/ar/, /en/): a reverse, kept per language."""
    return _home_url(language_code, get_script_prefix())


def own_site_root(root_paths, url_path, current_site_id=lambda: None):
    """The ``SiteRootPath`` a page's URL is made from: of the site roots its ``url_path`` is under, the
    deepest (a chapter's own Site before the main site that also holds it); among Sites sharing that
    root, the current one (``current_site_id()``, asked only then), else the first in Wagtail's order.
    ``None`` when no Site holds the page."""
    holding = [root for root in root_paths if url_path.startswith(root.root_path)]
    if not holding:
        return None
    deepest = max(len(root.root_path) for root in holding)
    holding = [root for root in holding if len(root.root_path) == deepest]
    if len({root.site_id for root in holding}) > 1:
        current = current_site_id()
        return next((root for root in holding if root.site_id == current), holding[0])
    return holding[0]


def page_url(request, url_path, language_code=None):
    """The URL of the page at ``url_path``, as ``BasePage.get_url(request)`` gives it: relative on the
    page's own Site (or when there is only one), with that Site's root URL otherwise; ``None`` when no
    Site holds the page. No query once the site root paths are known (Wagtail keeps them in the cache).

    ``language_code`` (the page's) is not needed: the language is that of the site root the page is
    under, as Wagtail reverses it."""
    root_paths = site_root_paths(request) if request is not None else Site.get_site_root_paths()
    site = site_data.find_site(request) if request is not None else None
    root = own_site_root(root_paths, url_path, lambda: site.pk if site else None)
    if root is None:
        return None
    # Quoted as ``reverse`` quotes it (slugs may be Arabic).
    path = language_home_url(root.language_code) + quote(
        url_path[len(root.root_path) :], safe=RFC3986_SUBDELIMS + "/~:@"
    )
    if (site is not None and root.site_id == site.pk) or len({entry.site_id for entry in root_paths}) == 1:
        return path
    return root.root_url + path


def row_url(request, pk, url_path, language_code):
    """``page_url`` of a row (``pk`` is kept for callers; no query is made for it)."""
    return page_url(request, url_path, language_code)


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
