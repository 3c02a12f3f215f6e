"""What several includes of one page need, computed once per request and kept on the request.

Not a tag library (no ``register``): the tag libraries beside it import it.
"""

from django.conf import settings
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

CACHE_ATTRIBUTE = "_multaqa_frontend_cache"


def cached(request, key, compute):
    """``compute()`` once per request and key; without a request, every call computes."""
    if request is None:
        return compute()
    store = request.__dict__.setdefault(CACHE_ATTRIBUTE, {})
    if key not in store:
        store[key] = compute()
    return store[key]


def active_language():
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def current_site(request):
    return cached(request, "site", lambda: Site.find_for_request(request) if request else None)


def site_root_paths(request):
    return cached(request, "site_root_paths", Site.get_site_root_paths)


def language_root_path(request, language_code):
    """The url_path of the current site's home page in ``language_code`` (``None`` if it has none).

    Wagtail lists each translation of a site's root page in the site root paths (kept in the cache),
    so this costs no query once Wagtail has looked them up.
    """
    site = current_site(request)
    if site is None:
        return None
    for root in site_root_paths(request):
        if root.site_id == site.pk and root.language_code == language_code:
            return root.root_path
    return None


def depth_of(url_path):
    """A page's tree depth from its url_path: the root page is "/" at depth 1, each slug adds one."""
    return url_path.count("/")


def restricted_paths(request):
    """Tree paths of the private sections (view restrictions): one query per request."""
    return cached(
        request,
        "restricted_paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )


def is_public(request, page):
    return not any(page.path.startswith(path) for path in restricted_paths(request))


def home_children(request, language_code):
    """Live, public children of the home page in ``language_code``, in tree order: one query."""

    def compute():
        root_path = language_root_path(request, language_code)
        if root_path is None:
            return []
        children = (
            Page.objects.live()
            .filter(depth=depth_of(root_path) + 1, url_path__startswith=root_path)
            .order_by("path")
        )
        return [child for child in children if is_public(request, child)]

    return cached(request, ("home_children", language_code), compute)


def live_translations(request, page):
    """``{language_code: page}`` for the page and its live, public translations: one query."""

    def compute():
        translations = {}
        own_language = None
        for translation_ in (
            Page.objects.live().filter(translation_key=page.translation_key).select_related("locale").order_by("pk")
        ):
            if translation_.pk == page.pk:
                own_language = translation_.locale.language_code
            elif is_public(request, translation_):
                translations[translation_.locale.language_code] = translation_
        # The page being shown stands for its own language, also when it is a draft in preview.
        translations[own_language or page.locale.language_code] = page
        return translations

    return cached(request, ("translations", page.translation_key), compute)


def language_home_url(language_code):
    """The home page's URL in ``language_code`` (/ar/, /en/), reversed without a query."""
    from django.urls import reverse

    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def is_page(value):
    return isinstance(value, Page)
