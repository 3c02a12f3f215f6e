"""A sitemap of every language: each page once per translation, with hreflang alternates."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        language_roots = Page.objects.filter(translation_key=root.translation_key)
        pages = Page.objects.none()
        for language_root in language_roots:
            pages |= Page.objects.descendant_of(language_root, inclusive=True)
        pages = list(
            pages.live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
            .select_related("locale")
        )
        by_key = defaultdict(list)
        for page in pages:
            by_key[page.translation_key].append(page)
        for page in pages:
            page.sitemap_translations = by_key[page.translation_key]
        return pages
