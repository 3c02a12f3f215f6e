"""View restrictions (private sections) as SQL expressions, so that checking them adds no query of its own.

Listings, menus and search show a page to the readers Wagtail would let read it, and to nobody else:

- anonymous readers: pages with no restriction on themselves or above (``in_private_section``), the
  same SQL as before members-only pages existed, so their HTML stays the same;
- a signed-in reader (``hidden_from(reader)``): also pages restricted to signed-in users, and pages
  restricted to groups of which the reader is a member (a superuser passes every group restriction);
- nobody: pages behind a password. Wagtail remembers an entered password in the session, per
  restriction; a listing does not follow that, so such a page is reached by its link only.

A reader is given as an expression for a user id: ``Value(user.pk)`` on the plain ORM, or the slot
``reader_id`` of a ``PreparedQuery`` (``ByReader`` keeps one query for anonymous readers and one with
that slot for signed-in readers). Group membership and superuser status are read in the same SQL.
"""

from django.contrib.auth import get_user_model
from django.db.models import Exists, F, IntegerField, OuterRef, Q, Value
from django.db.models.lookups import StartsWith
from wagtail.models import Page, PageViewRestriction

from ..tree import ancestor_paths
from .prepared import PreparedQuery, Slot

READER_SLOT = "reader_id"


def restrictions_above():
    """The restrictions on the outer page or on an ancestor of it (treebeard paths nest)."""
    return PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))


def in_private_section():
    """True for a page that has a view restriction on itself or on an ancestor (a subquery, no extra query).

    ``~in_private_section()`` is what Wagtail's ``.public()`` selects, without its query that loads
    every restriction first.
    """
    return Exists(restrictions_above())


def passed_by(reader):
    """The restrictions a signed-in ``reader`` (an expression giving a user id) passes, as Wagtail's
    ``PageViewRestriction.accept_request`` decides: login, and groups when the reader is a superuser or
    in one of the restriction's groups. Never a password."""
    user_model = get_user_model()
    superuser = Exists(user_model.objects.filter(pk=reader, is_superuser=True))
    reader_groups = user_model.groups.through.objects.filter(user_id=reader).values("group_id")
    in_a_group = Exists(
        PageViewRestriction.groups.through.objects.filter(
            pageviewrestriction_id=OuterRef("pk"), group_id__in=reader_groups
        )
    )
    return Q(restriction_type=PageViewRestriction.LOGIN) | Q(
        Q(superuser) | Q(in_a_group), restriction_type=PageViewRestriction.GROUPS
    )


def hidden_from(reader):
    """True for a page with a restriction, on itself or above, that ``reader`` does not pass; with
    ``reader`` ``None`` (anonymous), ``in_private_section()``."""
    if reader is None:
        return in_private_section()
    return Exists(restrictions_above().exclude(passed_by(reader)))


def signed_in(user):
    return user is not None and user.is_authenticated


def readable_by(user):
    """A filter for the plain ORM: the pages that ``user`` (or ``None``, anonymous) may see listed."""
    return ~hidden_from(Value(user.pk) if signed_in(user) else None)


def reader_of(request):
    """The request's user, or ``None``; reading ``request.user`` costs no query without a session."""
    return getattr(request, "user", None) if request is not None else None


class ByReader:
    """A listing compiled twice (``pages.core.fastpath.prepared``): ``build(hidden)`` makes its queryset
    from the expression that hides a page. Anonymous readers run the public variant; signed-in readers
    the one with the ``reader_id`` slot. The same number of queries either way."""

    def __init__(self, build):
        self.public = PreparedQuery(lambda: build(in_private_section()))
        self.member = PreparedQuery(lambda: build(hidden_from(Slot(READER_SLOT, IntegerField()))))

    def for_reader(self, user):
        """``(prepared query, slot values)`` for ``user``."""
        if signed_in(user):
            return self.member, {READER_SLOT: user.pk}
        return self.public, {}

    def rows(self, user, **values):
        query, reader_values = self.for_reader(user)
        return query.rows(**values, **reader_values)


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
