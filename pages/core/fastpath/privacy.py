"""View restrictions (private sections) as SQL expressions, so that checking them adds no query of its own."""

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.lookups import StartsWith
from wagtail.models import Page, PageViewRestriction

from ..tree import ancestor_paths


def in_private_section():
    """True for a page that has a view restriction on itself or on an ancestor (a subquery, no extra query).

    ``~in_private_section()`` is what Wagtail's ``.public()`` selects, without its query that loads
    every restriction first.
    """
    return Exists(PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path"))))


def view_restrictions_of(page):
    """The restrictions that apply to ``page``: on itself and its ancestors, an alias standing for its
    original, as Wagtail's ``Page.get_view_restrictions`` finds them, in one query instead of two."""
    own = page.alias_of_id or page.pk
    ancestors = Page.objects.filter(path__in=ancestor_paths(page))
    return PageViewRestriction.objects.filter(
        Q(page_id=own)
        | Q(page__in=ancestors.filter(alias_of__isnull=True))
        | Q(page__in=ancestors.filter(alias_of__isnull=False).values("alias_of"))
    )
