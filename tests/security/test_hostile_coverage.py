"""The hostile-input corpus covers every URL pattern of ``cms.urls`` and every page type, so a new URL
or page type cannot be forgotten: add it to ``corpus.py`` (a URL) or to ``conftest.build_site`` (a page)."""

import contextlib

from django.urls import URLResolver, get_resolver, resolve
from django.urls.exceptions import Resolver404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, get_page_models

from .corpus import ADMIN_URLS, FORMS, ODD_PATHS, PUBLIC_URLS

# Routes under these prefixes are the admin's own: the corpus covers the ones that search (ADMIN_URLS).
ADMIN_PREFIX = "admin/"


def routes(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from routes(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield as_resolved(prefix + str(pattern.pattern))


def as_resolved(route):
    """A route as ``ResolverMatch.route`` gives it: regular expressions without their ``^``."""
    return route.replace("^", "")


def public_routes():
    with translation.override("ar"):
        return {route for route in routes(get_resolver().url_patterns) if not route.startswith(ADMIN_PREFIX)}


def corpus_paths(hostile):
    targets = [*PUBLIC_URLS, *ADMIN_URLS, *FORMS, *hostile.page_targets]
    return [hostile.fill(target.url) for target in targets] + ODD_PATHS


def test_every_public_url_pattern_is_in_the_corpus(hostile):
    covered = set()
    with translation.override("ar"):
        for path in corpus_paths(hostile):
            with contextlib.suppress(Resolver404):
                covered.add(as_resolved(resolve(path.split("?")[0]).route))
    missing = public_routes() - covered
    assert not missing, f"URL patterns the hostile corpus (tests/security/corpus.py) never requests: {missing}"


def test_every_page_type_has_a_page_in_the_corpus(hostile):
    page_types = {model for model in get_page_models() if model is not Page}
    in_tree = {type(page) for page in hostile.pages}
    missing = {model._meta.label for model in page_types - in_tree}
    assert not missing, f"Page types without a page in tests/security/conftest.build_site: {missing}"


def test_every_page_of_the_tree_is_requested_in_both_languages(hostile):
    urls = {target.url for target in hostile.page_targets}
    assert {"/ar/", "/en/", "/ar/news/", "/en/news/", "/ar/news/forum/", "/en/news/forum/"} <= urls


def routable_routes_requested(page, paths):
    """The names of ``page``'s own routes (a routable page's subpages) that one of ``paths`` reaches."""
    resolver = page.get_resolver()
    names = set()
    for path in paths:
        if path.startswith(page.url):
            with contextlib.suppress(Resolver404):
                names.add(resolver.resolve("/" + path[len(page.url) :]).url_name)
    return names


def test_every_route_of_a_routable_page_is_in_the_corpus(hostile):
    """Routes of a routable page (a news index's feeds, the IT directory and its vCards) are not URL
    patterns of ``cms.urls``: each must still be requested, in Arabic and English."""
    paths = [path.split("?")[0] for path in corpus_paths(hostile)]
    missing = set()
    for page in hostile.pages:
        if isinstance(page, RoutablePageMixin) and page.live:
            resolver = page.get_resolver()
            every = {pattern.name for pattern in resolver.url_patterns}
            if resolver.resolve("/").url_name != "index_route":
                every.discard("index_route")  # RoutablePageMixin's default, shadowed by the page's own ""
            missing |= {f"{page.url} {name}" for name in every - routable_routes_requested(page, paths)}
    assert not missing, f"Routes of routable pages the hostile corpus never requests: {missing}"
