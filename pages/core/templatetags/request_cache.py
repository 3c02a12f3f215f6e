"""What several includes of one page need, computed once per request and kept on the request.

The menu, the breadcrumbs, the news feed links, the hreflang links and the language switcher all
come from one query (``navigation``). Not a tag library (no ``register``): the libraries beside it
import it.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, IntegerField, Q, UUIDField
from django.db.models.lookups import StartsWith
from wagtail.models import Page

from ..fastpath.page_urls import language_root_path as root_path_of
from ..fastpath.page_urls import page_url, row_url
from ..fastpath.prepared import Slot
from ..fastpath.privacy import ByReader, reader_of
from ..fastpath.site_data import site_data
from ..i18n import active_language

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
class NavigationPage:
    """What the menu, breadcrumbs, feeds and language links need of a page: no model instance."""

    pk: int
    title: str
    url: str | None
    path: str
    depth: int
    live: bool
    show_in_menus: bool
    content_type_id: int
    translation_key: str

    @property
    def specific_class(self):
        return ContentType.objects.get_for_id(self.content_type_id).model_class()


@dataclass
class Navigation:
    menu_candidates: list = field(default_factory=list)  # live, public children of the language's home page
    ancestors: list = field(default_factory=list)  # from the home page down, without the page itself
    translations: dict = field(default_factory=dict)  # language code -> URL of the live, public translation


# Compiled once per process (pages.core.fastpath.prepared), for anonymous readers and for signed-in readers
# (who also see the members-only pages they may read: pages.core.fastpath.privacy). A part that does not
# apply is given values that match nothing: root path "//", an empty depth range, translation key NULL.
NAVIGATION_ROWS = ByReader(
    lambda hidden: (
        Page.objects.filter(
            Q(live=True, depth=Slot("menu_depth", IntegerField()), url_path__startswith=Slot("root_path", CharField()))
            | Q(
                StartsWith(Slot("page_path", CharField()), F("path")),
                depth__gte=Slot("home_depth", IntegerField()),
                depth__lt=Slot("page_depth", IntegerField()),
            )
            | Q(live=True, translation_key=Slot("translation_key", UUIDField()))
        )
        .annotate(is_private=hidden)
        .order_by("path")
        .values(
            "pk",
            "title",
            "path",
            "depth",
            "url_path",
            "live",
            "show_in_menus",
            "translation_key",
            "content_type_id",
            "locale__language_code",
            "is_private",
        )
    )
)


def navigation(request, page):
    """The ``Navigation`` of ``page`` (or of a view that is not a page) in the active language: one query."""
    page = page if is_page(page) else None
    language_code = active_language()
    key = ("navigation", language_code, page.pk if page else None, page.translation_key if page else None)
    return cached(request, key, lambda: build_navigation(request, page, language_code))


def nav_url(request, row):
    if not row["live"]:
        return page_url(request, row["url_path"], row["locale__language_code"])
    return row_url(request, row["pk"], row["url_path"], row["locale__language_code"])


def build_navigation(request, page, language_code):
    root_path = language_root_path(request, language_code)
    home_depth = depth_of(root_path) if root_path else 2
    in_tree = bool(page and page.path and page.depth)  # a new page in preview has no place in the tree yet
    rows = NAVIGATION_ROWS.rows(
        reader_of(request),
        root_path=root_path or "//",
        menu_depth=home_depth + 1 if root_path else 0,
        page_path=page.path if in_tree else "",
        home_depth=home_depth,
        page_depth=page.depth if in_tree else 0,
        translation_key=page.translation_key if page else None,
    )

    result = Navigation()
    own_language = None
    for row in rows:
        public_and_live = row["live"] and not row["is_private"]
        item = None
        if public_and_live and root_path and row["depth"] == home_depth + 1 and row["url_path"].startswith(root_path):
            item = item or navigation_page(request, row)
            result.menu_candidates.append(item)
        if in_tree and home_depth <= row["depth"] < page.depth and page.path.startswith(row["path"]):
            item = item or navigation_page(request, row)
            result.ancestors.append(item)
        if page and row["translation_key"] == page.translation_key:
            if row["pk"] == page.pk:
                own_language = row["locale__language_code"]
            elif public_and_live:
                result.translations[row["locale__language_code"]] = nav_url(request, row)
    if page:
        # The page being shown stands for its own language, also when it is a draft in preview.
        if own_language is None:
            own_language = page.locale.language_code if page.locale_id else language_code
        result.translations[own_language] = page.get_url(request)
    return result


def navigation_page(request, row):
    return NavigationPage(
        pk=row["pk"],
        title=row["title"],
        url=nav_url(request, row),
        path=row["path"],
        depth=row["depth"],
        live=row["live"],
        show_in_menus=row["show_in_menus"],
        content_type_id=row["content_type_id"],
        translation_key=row["translation_key"],
    )
