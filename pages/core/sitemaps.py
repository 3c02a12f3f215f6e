"""A sitemap of every language of the request's Site: each page once per translation, with hreflang alternates.

Several Sites share one tree: an institution chapter with a host name of its own is under the main
site's home and is its own Site's root. Each page is listed by the Site whose host its URL carries
(``pages.core.fastpath.page_urls.own_site_root``): a chapter's pages in the chapter's sitemap, not in the
main site's, which lists the chapters without a host of their own.
"""

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .fastpath.page_urls import site_root_paths


def own_and_deeper_roots(request, site):
    """``(own, deeper)``: the url_paths of the site's home in every language, and those of other Sites'
    homes below them (whose pages those Sites list). From Wagtail's cached site root paths."""
    root_paths = site_root_paths(request)
    own = [root.root_path for root in root_paths if root.site_id == site.pk]
    deeper = [
        root.root_path
        for root in root_paths
        if root.site_id != site.pk and any(root.root_path.startswith(path) and root.root_path != path for path in own)
    ]
    return own, deeper


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the site root's descendants only, which leaves out the other
    languages' trees (their homes are the root's siblings). This one lists every language's tree of
    the request's Site, without the subtrees that deeper Sites list, and gives each URL its translations
    as alternates, in a fixed number of queries."""

    def items(self):
        own, deeper = own_and_deeper_roots(self.request, self.get_wagtail_site())
        if not own:
            return []
        under_own = Q()
        for path in own:
            under_own |= Q(url_path__startswith=path)
        pages = Page.objects.filter(under_own)
        for path in deeper:
            pages = pages.exclude(url_path__startswith=path)
        pages = list(pages.live().public().order_by("path").defer_streamfields().specific().select_related("locale"))
        by_key = defaultdict(list)
        for page in pages:
            by_key[page.translation_key].append(page)
        for page in pages:
            page.sitemap_translations = by_key[page.translation_key] if len(by_key[page.translation_key]) > 1 else []
        return pages

    def _urls(self, page, protocol, domain):
        # Wagtail's version calls .iterator() on the page of items; ours is a list.
        urls = []
        last_mods = set()
        for item in self.paginator.page(page).object_list:
            for url_info in item.get_sitemap_urls(self.request):
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
