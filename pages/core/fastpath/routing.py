"""Page routing in one query (two the first time a process sees a path), with Wagtail's own routing behind it.

Wagtail finds a page by walking the tree from the site's root: the active locale, the localized home
page, then a slug lookup and a ``.specific`` load per level (six queries for an article). A page's
``url_path`` is the concatenation of those slugs, so the same page is found by ``url_path`` alone.
``FastPageRoutingMiddleware`` does that before Wagtail's ``serve`` view runs and hands the result to
Wagtail through the per-request cache that ``Page.route_for_request`` reads
(``request._wagtail_route_for_request``); everything after routing (view restrictions and the other
``before_serve_page`` hooks, ``page.serve``) is Wagtail's own.

It routes only what Wagtail would route the same way (a page at the path, or a sub-route of the
deepest routable page on it, such as a news feed), and leaves the rest to Wagtail, which then does
its usual walk: a path with no page at it (404s), a path inside a routable page that claims it, a
language whose home page is not live (Wagtail then routes in the site's own root page), a page that
is not live. Preview does not route, so it is unaffected.
"""

from collections import OrderedDict

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.urls import Resolver404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from .page_loader import load_page
from .page_urls import language_root_path
from .site_data import site_data

KNOWN_PATHS_LIMIT = 2000


class KnownPaths:
    """url_path -> (page id, page model), per process: saves the lookup of the path on later requests.

    Entries are never trusted: the page is loaded by id *and* url_path, so a page moved, renamed or
    deleted since simply misses and is looked up again. Only paths that Wagtail would route to the
    page itself are kept (see ``routable_ancestor_claims``), a property that does not change while
    the page keeps its url_path.
    """

    def __init__(self, limit=KNOWN_PATHS_LIMIT):
        self.limit = limit
        self.entries = OrderedDict()

    def get(self, key):
        return self.entries.get(key)

    def put(self, key, value):
        self.entries[key] = value
        if len(self.entries) > self.limit:
            self.entries.popitem(last=False)

    def forget(self, key):
        self.entries.pop(key, None)


known_paths = KnownPaths()


def prefixes(root_path, components):
    """url_paths from the home page down to the page: ["/home/", "/home/news/", "/home/news/a/"]."""
    paths = [root_path]
    for component in components:
        paths.append(paths[-1] + component + "/")
    return paths


def resolves_own_route(model, components):
    """True when ``model`` is a routable page type with a sub-route for ``components``."""
    if model is None or not issubclass(model, RoutablePageMixin):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(component + "/" for component in components))
    except Resolver404:
        return False
    return True


def routable_ancestor_claims(chain, components):
    """True when a routable page on the way (the last page of ``chain`` excluded) has a sub-route for
    the rest of the path: Wagtail would then serve that route rather than go further down the tree."""
    return any(resolves_own_route(model, components[depth:]) for depth, (_pk, model) in enumerate(chain[:-1]))


def find_page(root_path, components):
    """``(id, model, consumed)``: the page that serves the path, as Wagtail would route it, and how many
    of the path's components are its url_path (the rest is its own sub-route, e.g. a news feed).
    ``None`` leaves the path to Wagtail. One query."""
    paths = prefixes(root_path, components)
    rows = {
        url_path: (pk, content_type_id)
        for url_path, pk, content_type_id in Page.objects.filter(url_path__in=paths).values_list(
            "url_path", "pk", "content_type_id"
        )
    }
    chain = []
    for path in paths:
        if path not in rows:
            break
        pk, content_type_id = rows[path]
        chain.append((pk, ContentType.objects.get_for_id(content_type_id).model_class()))
    if not chain or chain[-1][1] is None or routable_ancestor_claims(chain, components):
        return None
    consumed = len(chain) - 1
    if consumed < len(components) and not resolves_own_route(chain[-1][1], components[consumed:]):
        return None  # no page there: Wagtail answers 404
    return chain[-1][0], chain[-1][1], consumed


def fast_route(request, path):
    """Wagtail's ``RouteResult`` for the path, or ``None`` to leave the routing to Wagtail."""
    site = site_data.find_site(request)
    if site is None:
        return None
    try:
        language_code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None
    root_path = language_root_path(request, site, language_code)
    if root_path is None:
        return None
    components = [component for component in path.split("/") if component]
    key = (site.pk, root_path, tuple(components))

    page = None
    found = known_paths.get(key)
    if found:
        pk, model, consumed = found
        page = load_page(model, pk, prefixes(root_path, components[:consumed])[-1], root_path)
    if page is None:
        known_paths.forget(key)
        found = find_page(root_path, components)
        if found is None:
            return None
        pk, model, consumed = found
        page = load_page(model, pk, prefixes(root_path, components[:consumed])[-1], root_path)
        if page is None:
            return None
        known_paths.put(key, found)
    try:
        return page.route(request, components[consumed:])
    except Http404:
        return None


class FastPageRoutingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        result = fast_route(request, path)
        if result is not None:
            request._wagtail_route_for_request = result
        return None
