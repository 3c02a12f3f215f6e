"""How the admin shows the root of the page tree: named as the sidebar's "Pages" menu, its children in tree order.

Wagtail's first migration makes the root a plain wagtailcore Page titled "Root". The breadcrumbs, the explorer and
the page chooser showed that stored English word in every admin language, and the root's listing put the home page
edited last first (the English "Home" above "الرئيسية"). No page type of ours can override the root's methods, so
two of Page's are extended for the root alone (depth 1); every other page keeps Wagtail's behaviour.
"""

from django.utils.translation import gettext
from wagtail.models import Page

wagtail_display_title = Page.get_admin_display_title
wagtail_default_ordering = Page.get_admin_default_ordering


def get_admin_display_title(page):
    return gettext("Pages") if page.is_root() else wagtail_display_title(page)


def get_admin_default_ordering(page):
    """The homes under the root in tree order: the Arabic home, made first, above its translations."""
    return "ord" if page.is_root() else wagtail_default_ordering(page)


def show_the_root_as_pages():
    Page.get_admin_display_title = get_admin_display_title
    Page.get_admin_default_ordering = get_admin_default_ordering
