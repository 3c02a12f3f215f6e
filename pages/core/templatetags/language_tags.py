"""The language versions of what is being shown: for hreflang links, Open Graph locales and the switcher.

Built once per request from the navigation query (``request_cache.navigation``), shared by every include.
"""

from django import template
from django.conf import settings
from django.urls import translate_url

from ..fastpath.page_urls import absolute_url, language_home_url
from ..i18n import active_language
from .request_cache import cached, is_page, navigation

register = template.Library()

OPEN_GRAPH_LOCALES = {"ar": "ar_IQ", "en": "en_GB"}


def serves_a_view_of_its_own(request):
    """True for views such as search that exist under every language prefix; False for Wagtail's
    page-serving view when it found no page (a 404), where the other language has no such address."""
    match = getattr(request, "resolver_match", None)
    return bool(match and match.url_name != "wagtail_serve")


def version_url(request, page, translations, language_code):
    """The address of what is shown, in ``language_code``; ``None`` when there is no such version."""
    if is_page(page):
        return translations.get(language_code)
    if request is not None and serves_a_view_of_its_own(request):
        # A view that is not a page (search): the same view and query in the other language.
        return translate_url(request.get_full_path(), language_code)
    return None


def build_versions(request, page, listing_queries):
    translations = navigation(request, page).translations if is_page(page) else {}
    versions = []
    for code, name in settings.LANGUAGES:
        url = version_url(request, page, translations, code)
        query, equivalent = listing_queries.get(code, ("", True))
        if url and is_page(page):
            url += query
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url or language_home_url(code),
                "absolute_url": absolute_url(request, url) if url else None,
                "is_current": code == active_language(),
                "is_default": code == settings.LANGUAGE_CODE,
                "is_translation": url is not None,
                "is_alternate": url is not None and equivalent,
                "og_locale": OPEN_GRAPH_LOCALES.get(code, code),
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def language_versions(context):
    """A list with one entry per site language, in the order of ``settings.LANGUAGES``:

    ``code``, ``name`` (in that language), ``url`` (the translation, else that language's home),
    ``absolute_url`` (only for a real translation), ``is_current``, ``is_default`` (the x-default
    language), ``is_translation``, ``is_alternate`` (a translation that shows the same: an hreflang
    link), ``og_locale``.

    A listing's page (the news index with ``?tag`` or ``?page``) gives ``listing_queries``
    (``pages.news.models.listing_queries``): each version keeps what that language has of the query.
    """
    request = context.get("request")
    page = context.get("page")
    page = page if is_page(page) else None
    listing_queries = context.get("listing_queries") or {}
    return cached(request, ("language_versions", id(page)), lambda: build_versions(request, page, listing_queries))
