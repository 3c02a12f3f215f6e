"""What several includes of one page need, computed once per request and kept on the request.

The menu, the breadcrumbs, the news feed links, the hreflang links and the language switcher all
come from one query (``navigation``). Not a tag library (no ``register``): the libraries beside it
import it.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from ..i18n import active_language
from ..privacy import in_private_section
from ..routing import language_root_path as root_path_of
from ..site_data import site_data
from ..tree import ancestor_paths

CACHE_ATTRIBUTE = "_multaqa_frontend_cache"


def cached(request, key, compute):
    """``compute()`` once per request and key; without a request, every call computes."""
    if request is None:
        return compute()
    store = request.__dict__.setdefault(CACHE_ATTRIBUTE, {})
    if key not in store:
        store[key] = compute()
    return store[key]


def is_page(value):
    return isinstance(value, Page)


def language_home_url(language_code):
    """The home page's URL in ``language_code`` (/ar/, /en/): a reverse, no query."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


def language_root_path(request, language_code):
    """The url_path of the current site's home page in ``language_code`` (``None`` if it has none).

    Wagtail lists every translation of a site's root page among the site root paths, which it
    keeps in the cache, so this costs no query once Wagtail has looked them up.
    """
    site = site_data.find_site(request) if request else None
    return root_path_of(request, site, language_code) if site else None


def depth_of(url_path):
    """A page's tree depth from its url_path: the root page is "/" at depth 1, each slug adds one."""
    return url_path.count("/")


@dataclass
class Navigation:
    menu_candidates: list = field(default_factory=list)  # live, public children of the language's home page
    ancestors: list = field(default_factory=list)  # from the home page down, without the page itself
    translations: dict = field(default_factory=dict)  # language code -> live, public translation (or the page)


def navigation(request, page):
    """The ``Navigation`` of ``page`` (or of a view that is not a page) in the active language: one query."""
    page = page if is_page(page) else None
    language_code = active_language()
    key = ("navigation", language_code, page.pk if page else None, page.translation_key if page else None)
    return cached(request, key, lambda: build_navigation(request, page, language_code))


def build_navigation(request, page, language_code):
    root_path = language_root_path(request, language_code)
    home_depth = depth_of(root_path) if root_path else 2
    wanted = Q(pk__in=[])
    if root_path:
        wanted |= Q(live=True, depth=home_depth + 1, url_path__startswith=root_path)
    paths = ancestor_paths(page, home_depth) if page else []
    if paths:
        wanted |= Q(path__in=paths)
    if page:
        wanted |= Q(live=True, translation_key=page.translation_key)

    rows = list(
        Page.objects.filter(wanted).annotate(is_private=in_private_section()).select_related("locale").order_by("path")
    )

    result = Navigation()
    for row in rows:
        public_and_live = row.live and not row.is_private
        if public_and_live and root_path and row.depth == home_depth + 1 and row.url_path.startswith(root_path):
            result.menu_candidates.append(row)
        if row.path in paths:
            result.ancestors.append(row)
        if public_and_live and page and row.translation_key == page.translation_key and row.pk != page.pk:
            result.translations[row.locale.language_code] = row
    if page:
        # The page being shown stands for its own language, also when it is a draft in preview.
        own = next((row for row in rows if row.pk == page.pk), None)
        if own:
            own_language = own.locale.language_code
        else:
            own_language = page.locale.language_code if page.locale_id else language_code
        result.translations[own_language] = page
    return result
