"""The language versions of what is being shown: for hreflang links, Open Graph locales and the switcher.

Computed once per request (one query for a page's translations) and shared by every include.
"""

from django import template
from django.conf import settings
from django.urls import translate_url

from .request_cache import active_language, cached, is_page, language_home_url, navigation

register = template.Library()

OPEN_GRAPH_LOCALES = {"ar": "ar_IQ", "en": "en_GB"}


def serves_a_view_of_its_own(request):
    """True for views such as search that exist under every language prefix; False for Wagtail's
    page-serving view when it found no page (a 404), where the other language has no such address."""
    match = getattr(request, "resolver_match", None)
    return bool(match and match.url_name != "wagtail_serve")


def build_versions(request, page, fallback_to_home):
    translations = navigation(request, page).translations if is_page(page) else {}
    current = active_language()
    versions = []
    for code, name in settings.LANGUAGES:
        if is_page(page):
            translation_ = translations.get(code)
            url = translation_.get_url(request) if translation_ else None
        elif fallback_to_home or request is None or not serves_a_view_of_its_own(request):
            url = None
        else:
            # A view that is not a page (search): the same view and query in the other language.
            url = translate_url(request.get_full_path(), code)
        is_translation = url is not None
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url or language_home_url(code),
                "absolute_url": request.build_absolute_uri(url) if (url and request) else None,
                "is_current": code == current,
                "is_translation": is_translation,
                "og_locale": OPEN_GRAPH_LOCALES.get(code, code),
            }
        )
    return versions


@register.simple_tag(takes_context=True)
def language_versions(context, fallback_to_home=False):
    """A list with one entry per site language, in the order of ``settings.LANGUAGES``:

    ``code``, ``name`` (in that language), ``url`` (the translation, else that language's home),
    ``absolute_url`` (only for a real translation), ``is_current``, ``is_translation``, ``og_locale``.
    """
    request = context.get("request")
    page = context.get("page")
    key = ("language_versions", getattr(page, "pk", None) if is_page(page) else None, bool(fallback_to_home))
    return cached(request, key, lambda: build_versions(request, page, fallback_to_home))


@register.simple_tag
def open_graph_locale():
    return OPEN_GRAPH_LOCALES.get(active_language(), active_language())
