"""A sitemap of every language: each page once per translation, with hreflang alternates."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists the site root's descendants only, which leaves out the other
    languages' trees (their homes are the root's siblings). This one lists every language's tree
    and gives each URL its translations as alternates, in a fixed number of queries."""

    def items(self):
        root = self.get_wagtail_site().root_page
        pages = Page.objects.none()
        for language_root in Page.objects.filter(translation_key=root.translation_key):
            pages |= Page.objects.descendant_of(language_root, inclusive=True)
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
