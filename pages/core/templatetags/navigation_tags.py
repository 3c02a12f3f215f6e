"""Main menu, breadcrumbs, news feed links and absolute URLs for the public templates.

Every tag costs a fixed number of queries per request, whatever the number of pages.
"""

from django import template
from django.urls import NoReverseMatch
from django.utils.text import Truncator

from ..fastpath import page_urls
from ..fastpath.page_urls import language_home_url, page_url
from ..fastpath.privacy import readable_by, reader_of
from ..fastpath.site_data import site_data
from ..i18n import active_language
from ..teasers import description_of
from .request_cache import cached, is_page, language_root_path, navigation

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context, variant="bar"):
    """The children of the current language's home page that are marked "show in menus".

    ``variant`` "bar" is the inline menu of wide screens, "list" the same links inside the header's
    disclosure on small screens: both come from the one navigation query of the request.
    """
    request = context.get("request")
    page = context.get("page")
    current_path = page.path if is_page(page) else None
    root_path = language_root_path(request, active_language())
    home_is_current = bool(is_page(page) and root_path and page.url_path == root_path)
    items = [
        {
            "title": child.title,
            "url": child.url,
            "active": bool(current_path and current_path.startswith(child.path)),
            "current": bool(current_path and current_path == child.path),
        }
        for child in navigation(request, page).menu_candidates
        if child.show_in_menus
    ]
    return {
        "items": items,
        "home_url": language_home_url(active_language()),
        "home_is_current": home_is_current,
        "variant": variant,
    }


@register.simple_tag(takes_context=True)
def footer_pages(context, site_settings):
    """The policy pages chosen in ``site_settings`` (accessibility, privacy, terms), in the reader's
    language: ``title`` and ``url`` from the navigation query, no query of their own once warm
    (``SiteSettings.footer_pages``)."""
    return site_settings.footer_pages(navigation(context.get("request"), context.get("page")).menu_candidates)


@register.simple_tag(takes_context=True)
def parent_page(context):
    """The current page's parent (``title`` and ``url``), taken from the breadcrumbs' ancestors."""
    request = context.get("request")
    page = context.get("page")
    if not is_page(page):
        return None
    ancestors = navigation(request, page).ancestors
    if ancestors:
        return ancestors[-1]
    parent = page.get_parent()  # above the language's home page: not among the breadcrumbs
    return {"title": parent.title, "url": parent.get_url(request)} if parent else None


@register.simple_tag(takes_context=True)
def child_pages(context):
    """The live children of the current page that the reader may see listed
    (``pages.core.fastpath.privacy``), in tree order, as ``title``, ``url`` (on the child's own Site)
    and ``search_description``: one query, none for a leaf page."""
    request = context.get("request")
    page = context.get("page")
    if not is_page(page) or not page.numchild:
        return []
    rows = (
        page.get_children()
        .live()
        .filter(readable_by(reader_of(request)))
        .order_by("path")
        .values("title", "url_path", "search_description")
    )
    return [{**row, "url": page_url(request, row["url_path"])} for row in rows]


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    request = context.get("request")
    page = context.get("page")
    if not is_page(page):
        return {"ancestors": [], "page": None}
    ancestors = [
        {"title": ancestor.title, "url": ancestor.url if ancestor.live else None}
        for ancestor in navigation(request, page).ancestors
    ]
    return {"ancestors": ancestors, "page": page}


def feed_urls(page):
    """``(rss_url, atom_url)`` of a page type that routes "rss" and "atom" subpages, else ``None``."""
    page_class = page.specific_class
    if page_class is None or not hasattr(page_class, "get_resolver"):
        return None
    base_url = page.url
    if base_url is None:
        return None
    base_url = base_url if base_url.endswith("/") else base_url + "/"
    try:
        resolver = page_class.get_resolver()
        return base_url + resolver.reverse("rss"), base_url + resolver.reverse("atom")
    except NoReverseMatch:
        return None


@register.simple_tag(takes_context=True)
def news_feeds(context):
    """The RSS and Atom feeds of the current language's news, as a list of ``{title, url, rss, atom}``.

    The news index is a child of the home page, so the query that builds the menu finds it too
    (whether or not it shows in menus). Worked out once per request (the head and the footer both ask).
    """
    request = context.get("request")
    page = context.get("page")
    page = page if is_page(page) else None
    return cached(
        request, ("news_feeds", active_language(), page.pk if page else None), lambda: build_feeds(request, page)
    )


def build_feeds(request, page):
    feeds = []
    for child in navigation(request, page).menu_candidates:
        urls = feed_urls(child)
        if urls:
            feeds.append({"title": child.title, "url": child.url, "rss": urls[0], "atom": urls[1]})
    return feeds


@register.simple_tag(takes_context=True)
def localized_page_url(context, page):
    """``{% pageurl page.localized %}``: the URL of ``page``'s live translation in the active language, else
    of ``page``; no query when ``page`` is already in the active language (Wagtail's ``localized`` always
    costs two)."""
    request = context.get("request")
    locale = site_data.locale_for(active_language())
    if locale is not None and page.locale_id != locale.pk:
        translation = page.get_translation_or_none(locale)
        if translation is not None and translation.live:
            page = translation
    return page.get_url(request)


@register.simple_tag(takes_context=True)
def own_site_url(context, page):
    """The URL of any page, a plain Wagtail ``Page`` too, on its own Site (``page_urls.page_url``): what
    ``BasePage.get_url`` gives, where ``{% pageurl %}`` of a plain ``Page`` would keep the request's Site
    (a chapter's page linked from the main site would miss the chapter's host). No query."""
    return page_urls.page_url(context.get("request"), page.url_path) if page is not None else None


@register.simple_tag(takes_context=True)
def enclosing_site_url(context):
    """On an institution's own host, the main site's home in the reader's language (the header links back
    to it); ``None`` on the main site."""
    return page_urls.enclosing_site_home_url(context.get("request"), active_language())


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """``url`` made absolute on the request's Site (``page_urls.absolute_url``)."""
    return page_urls.absolute_url(context.get("request"), url)


DESCRIPTION_LENGTH = 300


@register.simple_tag(takes_context=True)
def page_description(context):
    """The meta and Open Graph description: the page's search description, else its teaser text."""
    page = context.get("page")
    if not is_page(page):
        return ""
    text = description_of(page)
    return Truncator(" ".join(str(text).split())).chars(DESCRIPTION_LENGTH)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's own address, or the current path for views that are not pages, on the request's Site.

    Without the query, except what a listing's page is (``listing_queries`` of the news index: its tag
    and its page number past the first): ``?page=2`` is a page of its own, not a copy of the first.
    """
    request = context.get("request")
    if request is None:
        return ""
    page = context.get("page")
    url = page.get_url(request) if is_page(page) else None
    if url:
        url += (context.get("listing_queries") or {}).get(active_language(), ("", True))[0]
    return page_urls.absolute_url(request, url or request.path)
